import { Info } from 'luxon';
import { awkwardnessAt, type SlotPerson } from '../../core/scheduling';
import { expandSchedule, intersectIntervals, mergeIntervals, type Awkwardness, type Intervals, type Schedule, type Weekday } from '../../core/time';
import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { zoneCity } from '../../shared/time-zones';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import { listTimedMeetingsOfUsers } from './meetings.repository';
import { loadSchedule } from './schedules.repository';

const MINUTE = 60_000;

export interface PersonSchedule extends Schedule {
  userId: string;
  name: string;
  place: string;
  weekend: readonly Weekday[];
}

export interface PairSchedule {
  mentee: PersonSchedule;
  mentor: PersonSchedule;
}

async function personSchedule(db: Executor, membershipId: string, name: string): Promise<PersonSchedule> {
  const s = await loadSchedule(db, membershipId);
  // The weekend of their country when the runtime knows it (Intl week info), else Saturday and Sunday.
  const weekend = Info.getWeekendWeekdays({ locale: s.country ? `en-${s.country}` : 'en' }) as Weekday[];
  return { ...s, name, place: s.place ?? zoneCity(s.timeZone), weekend };
}

export async function loadPairSchedule(db: Executor, p: PartnershipRow): Promise<PairSchedule> {
  const [mentee, mentor] = await Promise.all([
    personSchedule(db, p.mentee_membership_id, p.mentee_name),
    personSchedule(db, p.mentor_membership_id, p.mentor_name),
  ]);
  return { mentee, mentor };
}

export interface ExpandedPair {
  mentee: SlotPerson;
  mentor: SlotPerson;
}

export function expandPair(pair: PairSchedule, fromMs: number, toMs: number): ExpandedPair {
  const person = (s: PersonSchedule): SlotPerson => ({ intervals: expandSchedule(s, fromMs, toMs), schedule: s, weekend: s.weekend });
  return { mentee: person(pair.mentee), mentor: person(pair.mentor) };
}

/**
 * Both people's meetings with a time (any partnership) overlapping [fromMs, toMs), each widened by
 * `bufferMinutes` on both sides, as merged intervals; `exceptMeetingId` is left out (a meeting
 * being moved does not block itself).
 */
export async function busyIntervals(
  db: Executor,
  userIds: string[],
  fromMs: number,
  toMs: number,
  bufferMinutes: number,
  exceptMeetingId?: string,
): Promise<Intervals> {
  const pad = bufferMinutes * MINUTE;
  const rows = await listTimedMeetingsOfUsers(
    db,
    userIds,
    new Date(fromMs - pad).toISOString(),
    new Date(toMs + pad).toISOString(),
    ['confirmed'],
  );
  return mergeIntervals(
    rows
      .filter((r) => r.id !== exceptMeetingId)
      .flatMap((r) => [Math.floor(Date.parse(r.start_at!) / MINUTE) - bufferMinutes, Math.ceil(Date.parse(r.end_at!) / MINUTE) + bufferMinutes]),
  );
}

export interface TimeCheck {
  startMs: number;
  endMs: number;
  mentee: Awkwardness;
  mentor: Awkwardness;
}

/**
 * The rules every proposed, confirmed or moved time must meet, with the field path to blame:
 * not in the past; inside at least one person's available hours (a stretch time is inside one
 * person's hours and outside the other's); not overlapping either person's other meetings.
 */
export async function checkMeetingTime(
  ctx: ServiceContext,
  db: Executor,
  pair: PairSchedule,
  startIso: string,
  durationMinutes: number,
  path: string,
  exceptMeetingId?: string,
): Promise<TimeCheck> {
  const startMs = Date.parse(startIso);
  const endMs = startMs + durationMinutes * MINUTE;
  if (startMs < ctx.clock.now().getTime()) {
    throw AppError.field('unprocessable', path, 'This time is in the past: choose a time from now on.');
  }
  const expanded = expandPair(pair, startMs - 24 * 60 * MINUTE, endMs + 24 * 60 * MINUTE);
  const startMin = Math.floor(startMs / MINUTE);
  const mentee = awkwardnessAt(startMin, durationMinutes, expanded.mentee);
  const mentor = awkwardnessAt(startMin, durationMinutes, expanded.mentor);
  if (mentee !== 'working' && mentor !== 'working') {
    throw AppError.field(
      'outside_availability',
      path,
      `This time is outside both ${pair.mentee.name}’s and ${pair.mentor.name}’s available hours. Choose a time inside at least one person’s hours.`,
    );
  }
  const busy = await busyIntervals(db, [pair.mentee.userId, pair.mentor.userId], startMs, endMs, 0, exceptMeetingId);
  if (intersectIntervals(busy, Int32Array.of(startMin, startMin + durationMinutes)).length > 0) {
    throw AppError.field('time_conflict', path, 'One of you already has a meeting at this time.');
  }
  return { startMs, endMs, mentee, mentor };
}

/** Checks each proposed time (field paths proposals.N.start) and returns them as UTC ISO spans. */
export async function checkProposals(
  ctx: ServiceContext,
  pair: PairSchedule,
  proposals: readonly { start: string; durationMinutes: number }[],
  exceptMeetingId?: string,
): Promise<{ start: string; end: string }[]> {
  const out: { start: string; end: string }[] = [];
  for (const [i, x] of proposals.entries()) {
    const t = await checkMeetingTime(ctx, ctx.db, pair, x.start, x.durationMinutes, `proposals.${i}.start`, exceptMeetingId);
    out.push({ start: new Date(t.startMs).toISOString(), end: new Date(t.endMs).toISOString() });
  }
  return out;
}
