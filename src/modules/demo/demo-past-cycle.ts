import type { Insertable } from 'kysely';
import { DateTime } from 'luxon';
import type { Executor } from '../../db/database';
import type { MeetingChannel, MeetingsTable, MentorshipRequestsTable, PairSide, PartnershipsTable, TimeEntriesTable, TimeEntryKind } from '../../db/schema';
import { demoPairOf, partnershipRow, requestRow, type DemoCast } from './demo-cast';
import { demoMeetingRow, firstTime, type DemoPair } from './demo-meetings';
import { demoRandom, type DemoRandom } from './demo-random';
import { moodOf, type DemoSurveyRows } from './demo-surveys';
import * as repo from './demo.repository';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Cycle 0 in days from today: enrolment opened 40 weeks ago, it closed four weeks before Cycle 1's enrolment. */
export const PAST_CYCLE = { name: 'Cycle 0', enrolmentOpens: -280, matchingStarts: -266, mentoringStarts: -259, closes: -49 } as const;

interface Ending {
  reason: 'not-a-good-fit' | 'no-time' | 'other';
  by: PairSide;
  week: number;
  note: string;
}

interface PastPair {
  mentee: number;
  mentor: number;
  ending?: Ending;
  goalsMet?: true;
  /** The mentee answered the fit check "not a good fit". */
  notAFit?: true;
  /** Matched more than two weeks after joining (a request declined first). */
  late?: true;
}

/** Cycle 0's 27 pairs: 4 in one city, 4 in one country, 7 a few zones apart, 12 far apart; five mentors had two mentees. */
const PAST_PAIRS: PastPair[] = [
  { mentee: 6, mentor: 15 },
  { mentee: 7, mentor: 16, goalsMet: true },
  { mentee: 9, mentor: 18 },
  { mentee: 15, mentor: 24 },
  { mentee: 19, mentor: 17, ending: { reason: 'no-time', by: 'mentee', week: 14, note: 'I started a new job and cannot keep up. Thank you for everything.' } },
  { mentee: 22, mentor: 20 },
  { mentee: 25, mentor: 14 },
  { mentee: 33, mentor: 34 },
  { mentee: 17, mentor: 4, goalsMet: true },
  { mentee: 23, mentor: 13 },
  { mentee: 26, mentor: 29, notAFit: true, ending: { reason: 'not-a-good-fit', by: 'mentee', week: 5, note: 'Our goals pulled in different directions. Thank you for your time.' } },
  { mentee: 24, mentor: 22, goalsMet: true },
  { mentee: 27, mentor: 25 },
  { mentee: 28, mentor: 6 },
  { mentee: 18, mentor: 38, late: true },
  { mentee: 21, mentor: 12 },
  { mentee: 16, mentor: 20, goalsMet: true },
  { mentee: 20, mentor: 2, late: true },
  { mentee: 29, mentor: 19 },
  { mentee: 30, mentor: 29 },
  { mentee: 31, mentor: 3, goalsMet: true },
  { mentee: 32, mentor: 8, ending: { reason: 'no-time', by: 'mentor', week: 11, note: 'A reorganisation at work has taken my evenings. I am sorry to stop early.' } },
  { mentee: 34, mentor: 31 },
  { mentee: 35, mentor: 22, notAFit: true },
  { mentee: 36, mentor: 26, late: true },
  { mentee: 37, mentor: 34 },
  { mentee: 38, mentor: 23, late: true, ending: { reason: 'other', by: 'mentee', week: 9, note: 'I am moving country for a new job and have to pause mentoring for a few months.' } },
];

/** Each pair's base satisfaction, 3–5, in a pattern that gives every distance class about 4. */
const BASE_RATINGS = [4, 5, 3, 4, 5, 4, 4];

const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY;
const iso = (ms: number) => new Date(ms).toISOString();

/** When Cycle 0's people joined the program (their membership's created_at), by person key. */
export function pastJoinedAt(now: Date): Map<string, string> {
  const opens = dayStart(now.getTime()) + PAST_CYCLE.enrolmentOpens * DAY;
  const joined = new Map<string, string>();
  for (const p of PAST_PAIRS) {
    for (const [key, days] of [[`mentee-${p.mentee}`, 12], [`mentor-${p.mentor}`, 6]] as const) {
      const rng = demoRandom(`joined:${key}`);
      if (!joined.has(key)) joined.set(key, iso(opens + rng.int(0, days) * DAY + rng.int(8, 20) * HOUR));
    }
  }
  return joined;
}

const channelsBy: Record<string, MeetingChannel[]> = {
  'same-city': ['in-person', 'in-person', 'video', 'phone'],
  'same-country': ['video', 'video', 'phone', 'link'],
  distant: ['video', 'video', 'video', 'link', 'phone'],
};
const agendas = ['Goals for the cycle and how we work together.', 'Review of my design document.', 'Preparing for my performance review.', 'Career options: staff track or management?', 'Mock interview and feedback.'];
const cancelReasons = ['A production incident at work.', 'I am unwell; can we move it?', 'Travelling that week.'];
const entryNotes: Record<TimeEntryKind, string> = {
  chat: 'Quick questions in chat about the week’s work.',
  email: 'Shared reading and notes by email.',
  phone: 'Short call to unblock a decision.',
  'in-person': 'Coffee near the office.',
  meeting: '',
  other: '',
};

interface PastMeetings {
  rows: Insertable<MeetingsTable>[];
  firstHeld: number | null;
}

/** Meetings every two to four weeks from the start to the end, most held, a few missed or cancelled. */
function pastMeetings(cast: DemoCast, pair: DemoPair, cls: string, span: { start: number; end: number }, rng: DemoRandom): PastMeetings {
  const out: PastMeetings = { rows: [], firstHeld: null };
  const channels = channelsBy[cls] ?? channelsBy.distant!;
  const distant = cls === 'near-zone' || cls === 'far-zone';
  for (let t = span.start + rng.int(3, 8) * DAY, k = 0; t < span.end - DAY; k++) {
    const start = firstTime(pair, dayStart(t));
    if (start === undefined || start >= span.end) break;
    const r = rng.next();
    const status = k === 0 || r >= 0.14 ? 'held' : r < 0.07 ? 'missed' : 'cancelled';
    const cancelledBy = status === 'cancelled' ? rng.pick(['mentee', 'mentor'] as const) : null;
    out.rows.push(
      demoMeetingRow(
        pair,
        cast.config,
        {
          id: cast.demoId(`past-meeting:${pair.key}:${k}`),
          status,
          channel: rng.pick(channels),
          start,
          agenda: k === 0 ? agendas[0]! : rng.pick(agendas),
          minutesSpent: status === 'held' ? Math.min(75, rng.int(30, 70) + (distant ? rng.int(0, 10) : 0)) : null,
          cancelledBy,
          changeReason: cancelledBy ? rng.pick(cancelReasons) : null,
        },
        cast.now,
      ),
    );
    if (status === 'held' && out.firstHeld === null) out.firstHeld = start;
    t = start + rng.pick([14, 14, 21, 21, 28]) * DAY;
  }
  return out;
}

/** Contact logged outside meetings, about fortnightly: distance pairs write and call more, and prepare more. */
function pastTimeEntries(cast: DemoCast, pair: DemoPair, sides: Record<PairSide, { userId: string; timeZone: string }>, cls: string, span: { start: number; end: number }, rng: DemoRandom) {
  const rows: Insertable<TimeEntriesTable>[] = [];
  const distant = cls === 'near-zone' || cls === 'far-zone';
  const kinds: TimeEntryKind[] = cls === 'same-city' ? ['chat', 'email', 'phone', 'in-person'] : distant ? ['chat', 'chat', 'email', 'email', 'phone'] : ['chat', 'email', 'phone'];
  for (let w = span.start + 7 * DAY, k = 0; w + 7 * DAY < span.end; w += 14 * DAY, k++) {
    if (!rng.chance(distant ? 0.85 : 0.5)) continue;
    const side = rng.chance(0.55) ? 'mentee' : 'mentor';
    const at = w + rng.int(0, 6) * DAY + rng.int(9, 18) * HOUR;
    const kind = rng.pick(kinds);
    rows.push({
      id: cast.demoId(`past-time:${pair.key}:${k}`),
      partnership_id: pair.partnershipId,
      author_user_id: sides[side].userId,
      author_side: side,
      kind,
      occurred_on: DateTime.fromMillis(at, { zone: sides[side].timeZone }).toISODate()!,
      minutes: distant ? rng.int(10, 35) : rng.int(10, 25),
      preparation_minutes: rng.chance(distant ? 0.5 : 0.3) ? rng.int(10, 30) : 0,
      note: entryNotes[kind],
      meeting_id: null,
      created_at: iso(at),
      updated_at: iso(at),
    });
  }
  return rows;
}

/**
 * Cycle 0, closed seven weeks ago: 27 partnerships among people who joined in its enrolment, most
 * completed at its close and four ended early, with their meetings, logged contact and the
 * answers to the default surveys (fit check, monthly check-ins, partnership end, cycle end).
 */
export async function seedPastCycle(trx: Executor, cast: DemoCast, cycleId: string, surveys: DemoSurveyRows): Promise<void> {
  const joined = pastJoinedAt(cast.now);
  const closeDay = dayStart(cast.now.getTime()) + PAST_CYCLE.closes * DAY;
  const partnerships: Insertable<PartnershipsTable>[] = [];
  const requests: Insertable<MentorshipRequestsTable>[] = [];
  const meetings: Insertable<MeetingsTable>[] = [];
  const entries: Insertable<TimeEntriesTable>[] = [];
  for (const [index, p] of PAST_PAIRS.entries()) {
    const menteeKey = `mentee-${p.mentee}`;
    const mentorKey = `mentor-${p.mentor}`;
    const rng = demoRandom(`past:${menteeKey}`);
    const joinedAt = Date.parse(joined.get(menteeKey)!);
    const start = joinedAt + (p.late ? rng.int(18, 32) : rng.int(2, 13)) * DAY + rng.int(1, 6) * HOUR;
    const end = p.ending ? start + (p.ending.week * 7 + rng.int(0, 3)) * DAY : closeDay + 12 * HOUR - (p.goalsMet ? rng.int(7, 20) : rng.int(0, 2)) * DAY;
    const id = cast.demoId(`past-partnership:${menteeKey}`);
    const message = 'Hello! I would love to work with you this cycle on the goals in my profile.';
    const requestId = index % 2 === 0 ? cast.demoId(`past-request:${menteeKey}:${mentorKey}`) : null;
    if (requestId) requests.push(requestRow(cast, { id: requestId, menteeKey, mentorKey, message, createdAt: start - rng.int(2, 5) * DAY, decidedAt: start }));
    if (p.late) {
      // A first request declined (or left too long) explains the late match.
      const other = `mentor-${(p.mentor + 7) % 40 || 7}`;
      const createdAt = joinedAt + DAY;
      const declineReason = rng.pick(['no-time', 'expertise-mismatch'] as const);
      requests.push(requestRow(cast, { id: cast.demoId(`past-request:${menteeKey}:${other}`), menteeKey, mentorKey: other, message, createdAt, decidedAt: createdAt + rng.int(3, 6) * DAY, declineReason }));
    }
    const row = partnershipRow(cast, { id, menteeKey, mentorKey, startedAt: start, requestId });
    const goalsNote = 'We reached the goals we set. Thank you!';
    partnerships.push({
      ...row,
      status: p.ending ? 'ended' : 'completed',
      ended_at: iso(end),
      end_reason: p.ending?.reason ?? (p.goalsMet ? 'goals-met' : 'completed'),
      ended_by: p.ending?.by ?? (p.goalsMet ? 'mentee' : rng.pick(['mentee', 'mentor'] as const)),
      end_note: p.ending?.note ?? (p.goalsMet ? goalsNote : 'The cycle is over: thank you for six good months!'),
    });

    const pair = demoPairOf(cast, `past:${menteeKey}`, id, menteeKey, mentorKey);
    const cls = row.distance_class;
    const span = { start, end };
    const held = pastMeetings(cast, pair, cls, span, rng);
    meetings.push(...held.rows);
    const sides = {
      mentee: { userId: cast.owners.get(menteeKey)!, timeZone: pair.mentee.timeZone },
      mentor: { userId: cast.owners.get(mentorKey)!, timeZone: pair.mentor.timeZone },
    };
    entries.push(...pastTimeEntries(cast, pair, sides, cls, span, rng));

    // Satisfaction does not depend on distance (what studies of distance mentoring find): the
    // base ratings cycle through one pattern, so every class gets the same mix.
    const base = p.ending?.reason === 'not-a-good-fit' ? 3 : BASE_RATINGS[index % BASE_RATINGS.length]!;
    for (const side of ['mentee', 'mentor'] as const) {
      const ask = (survey: Parameters<DemoSurveyRows['ask']>[0]['survey'], occasion: string, sentAt: number, answerChance: number, goodFit = true) =>
        surveys.ask(
          {
            survey,
            partnershipId: id,
            userId: sides[side].userId,
            side,
            occasion,
            sentAt,
            answeredAt: rng.chance(answerChance) ? sentAt + rng.int(2, 120) * HOUR : null,
            mood: moodOf(rng, base, cls, goodFit),
          },
          rng,
        );
      const notAFit = p.notAFit === true && side === 'mentee';
      if (held.firstHeld !== null) ask('fit-check', 'first-meeting', held.firstHeld + 3 * HOUR, notAFit ? 1 : 0.9, !notAFit);
      for (let k = 1; start + k * 28 * DAY < end; k++) ask('check-in', `week-${4 * k}`, start + k * 28 * DAY, 0.7);
      ask('partnership-end', 'end', end + HOUR, 0.8);
      ask('cycle-end', `cycle:${cycleId}`, closeDay + 33 * HOUR, 0.65);
    }
  }
  await repo.insertRequests(trx, requests);
  await repo.insertPartnerships(trx, partnerships);
  await repo.insertMeetings(trx, meetings);
  await repo.insertTimeEntries(trx, entries);
}
