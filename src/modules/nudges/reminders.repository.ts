import type { Executor } from '../../db/database';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

/** Where to resume a scan ordered by (start_at, id). */
export interface MeetingCursor {
  startAt: string;
  id: string;
}

/**
 * Confirmed meetings starting in (fromIso, toIso], with both people, their reminder
 * choices, zones and places, one page ordered by start then id.
 */
export function listConfirmedMeetingsStartingIn(
  db: Executor,
  fromIso: string,
  toIso: string,
  after: MeetingCursor | null,
  limit: number,
) {
  let q = pairQuery(db)
    .innerJoin('meetings as mt', 'mt.partnership_id', 'x.id')
    .select([
      'mt.id',
      'mt.partnership_id',
      'mt.start_at',
      'mt.duration_minutes',
      'mt.channel',
      'mt.url',
      'mt.location',
      'mt.agenda',
      'mt.confirmed_at',
      'mt.updated_at',
      ...pairPeopleColumns,
      'eu.meeting_reminders as mentee_reminders',
      'ou.meeting_reminders as mentor_reminders',
    ])
    .where('mt.status', '=', 'confirmed')
    .where('mt.start_at', '>', fromIso)
    .where('mt.start_at', '<=', toIso);
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('mt.start_at', '>', after.startAt), eb.and([eb('mt.start_at', '=', after.startAt), eb('mt.id', '>', after.id)])]),
    );
  }
  return q.orderBy('mt.start_at').orderBy('mt.id').limit(limit).execute();
}
export type UpcomingMeetingRow = Awaited<ReturnType<typeof listConfirmedMeetingsStartingIn>>[number];
