import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MeetingsTable, MeetingStatus } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

/** Meetings with the partnership's two people (names, zones, emails, locales, membership state). */
function meetingsWithPeople(db: Executor) {
  return pairQuery(db)
    .innerJoin('meetings as mt', 'mt.partnership_id', 'x.id')
    .selectAll('mt')
    .select([...pairPeopleColumns, 'x.status as partnership_status', 'x.mentee_membership_id', 'x.mentor_membership_id']);
}

export function findMeeting(db: Executor, id: string) {
  return meetingsWithPeople(db).where('mt.id', '=', id).executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function listMeetingsOfPartnership(db: Executor, partnershipId: string): Promise<MeetingRow[]> {
  return meetingsWithPeople(db).where('mt.partnership_id', '=', partnershipId).orderBy('mt.created_at').execute();
}

/**
 * The user's meetings (as either side, while a member) that touch [fromIso, toIso): confirmed and
 * past ones by their time, proposed ones by any open proposal in the span.
 */
export function listMeetingsOfUser(db: Executor, userId: string, fromIso: string, toIso: string, status?: MeetingStatus) {
  let q = meetingsWithPeople(db)
    .where((eb) =>
      eb.or([
        eb.and([eb('em.user_id', '=', userId), eb('em.status', '!=', 'removed')]),
        eb.and([eb('om.user_id', '=', userId), eb('om.status', '!=', 'removed')]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('mt.start_at', '<', toIso), eb('mt.end_at', '>', fromIso)]),
        eb.and([
          eb('mt.status', '=', 'proposed'),
          eb.exists(
            eb
              .selectFrom('meeting_proposals as mp')
              .select('mp.meeting_id')
              .whereRef('mp.meeting_id', '=', 'mt.id')
              .where('mp.start_at', '<', toIso)
              .where('mp.end_at', '>', fromIso),
          ),
        ]),
      ]),
    );
  if (status) q = q.where('mt.status', '=', status);
  return q.orderBy('mt.start_at').orderBy('mt.created_at').execute();
}

/** Every meeting with a time that either user has in any partnership, for the calendar feed and busy time. */
export function listTimedMeetingsOfUsers(db: Executor, userIds: string[], fromIso: string, toIso: string, statuses: MeetingStatus[]) {
  return meetingsWithPeople(db)
    .where((eb) => eb.or([eb('em.user_id', 'in', userIds), eb('om.user_id', 'in', userIds)]))
    .where('mt.status', 'in', statuses)
    .where('mt.start_at', '<', toIso)
    .where('mt.end_at', '>', fromIso)
    .orderBy('mt.start_at')
    .execute();
}

export function listProposals(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('meeting_proposals').selectAll().where('meeting_id', 'in', meetingIds).orderBy('start_at').execute();
}
export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

export async function insertMeeting(db: Executor, row: Insertable<MeetingsTable>): Promise<void> {
  await db.insertInto('meetings').values(row).execute();
}

export async function replaceProposals(db: Executor, meetingId: string, proposals: { start: string; end: string }[], at: string): Promise<void> {
  await db.deleteFrom('meeting_proposals').where('meeting_id', '=', meetingId).execute();
  if (proposals.length > 0) {
    await db
      .insertInto('meeting_proposals')
      .values(proposals.map((p) => ({ meeting_id: meetingId, start_at: p.start, end_at: p.end, created_at: at })))
      .execute();
  }
}

/**
 * Updates a meeting only while it is in one of `from` states; false when another request moved it
 * first (two confirms at once: one wins, the other gets a 409).
 */
export async function updateMeetingIf(db: Executor, id: string, from: MeetingStatus[], patch: Updateable<MeetingsTable>): Promise<boolean> {
  const r = await db.updateTable('meetings').set(patch).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// ---- Calendar feed tokens -----------------------------------------------------------------

export function findFeedOfUser(db: Executor, userId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export function findFeedByToken(db: Executor, token: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.user_id', 'u.name', 'u.time_zone', 'u.locale'])
    .where('f.token', '=', token)
    .executeTakeFirst();
}

/** Sets the user's feed token, replacing any old one in the same statement. */
export async function upsertFeed(db: Executor, userId: string, token: string, at: string): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token, created_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token, created_at: at }))
    .execute();
}
