import { awkwardnessAt, mutualSlots, stretchSlots, type SlotPerson } from '../../core/scheduling';
import { expandSchedule, type WeeklyWindow } from '../../core/time';
import type { Executor } from '../../db/database';
import type { Insertable } from 'kysely';
import type { MeetingChannel, MeetingStatus, MeetingsTable, PairSide } from '../../db/schema';
import type { Config } from '../../server/config';
import { insertMeeting, replaceProposals } from '../meetings/meetings.repository';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface DemoPair {
  key: string;
  partnershipId: string;
  programId: string;
  createdBy: string;
  mentee: { timeZone: string; windows: WeeklyWindow[] };
  mentor: { timeZone: string; windows: WeeklyWindow[] };
  /** The first meeting was cancelled (the mentor was unwell), so the pair first met two weeks ago. */
  firstCancelled?: boolean;
}

const person = (p: DemoPair['mentee'], fromMs: number, toMs: number): SlotPerson => {
  const schedule = { timeZone: p.timeZone, windows: p.windows, overrides: [], travel: [] };
  return { intervals: expandSchedule(schedule, fromMs, toMs), schedule, weekend: [6, 7] };
};

/** The first time in [fromMs, fromMs + 7 days) the pair can meet: a mutual slot, or else the least awkward stretch. */
export function firstTime(pair: DemoPair, fromMs: number): number | undefined {
  const toMs = fromMs + 7 * DAY;
  const a = person(pair.mentee, fromMs, toMs);
  const b = person(pair.mentor, fromMs, toMs);
  const search = { busy: new Int32Array(0), fromMin: fromMs / MINUTE, toMin: toMs / MINUTE, notBeforeMin: fromMs / MINUTE, durationMin: 60 };
  const mutual = mutualSlots({ ...search, a: a.intervals, b: b.intervals, limit: 1 });
  if (mutual.length > 0) return mutual[0]! * MINUTE;
  const stretch = stretchSlots({ ...search, a, b, burden: { a: 0, b: 0 }, limit: 1 });
  return stretch[0] ? stretch[0].start * MINUTE : undefined;
}

/** One demo meeting: a time (null while only proposed) and what became of it. */
export interface DemoMeeting {
  id: string;
  status: MeetingStatus;
  channel: MeetingChannel;
  /** Epoch ms; null while only proposed. */
  start: number | null;
  agenda: string;
  minutesSpent?: number | null;
  cancelledBy?: PairSide | null;
  changeReason?: string | null;
}

/** A meetings row as the app leaves it: awkwardness for both sides once timed, the outcome once held. */
export function demoMeetingRow(pair: DemoPair, config: Config, m: DemoMeeting, now: Date): Insertable<MeetingsTable> {
  const start = m.start;
  const end = start === null ? null : start + 60 * MINUTE;
  const windowSpan = (p: DemoPair['mentee']) => person(p, start! - DAY, end! + DAY);
  const closed = m.status === 'held' || m.status === 'missed';
  return {
    id: m.id,
    partnership_id: pair.partnershipId,
    program_id: pair.programId,
    status: m.status,
    proposed_by: 'mentee',
    channel: m.channel,
    location: m.channel === 'phone' ? '+1 555 0100' : m.channel === 'in-person' ? 'Coffee near the office' : null,
    url: m.channel === 'video' ? `${config.meetingVideoBaseUrl}Meridian-demo-${m.id.slice(0, 8)}` : m.channel === 'link' ? `https://meet.example.org/${m.id.slice(0, 8)}` : null,
    start_at: start === null ? null : new Date(start).toISOString(),
    end_at: end === null ? null : new Date(end).toISOString(),
    duration_minutes: 60,
    agenda: m.agenda,
    mentee_awkwardness: start === null ? null : awkwardnessAt(start / MINUTE, 60, windowSpan(pair.mentee)),
    mentor_awkwardness: start === null ? null : awkwardnessAt(start / MINUTE, 60, windowSpan(pair.mentor)),
    change_reason: m.changeReason ?? null,
    cancelled_by: m.cancelledBy ?? null,
    minutes_spent: m.minutesSpent ?? null,
    outcome_by: closed ? 'mentee' : null,
    outcome_at: closed ? new Date(end!).toISOString() : null,
    confirmed_at: start === null ? null : new Date(Math.min(start - 5 * DAY, now.getTime())).toISOString(),
    created_by: pair.createdBy,
    created_at: new Date(start === null ? now.getTime() : Math.min(start - 6 * DAY, now.getTime())).toISOString(),
    updated_at: new Date(end === null ? now.getTime() : Math.min(end, now.getTime())).toISOString(),
  };
}

/**
 * A few meetings per demo pair, found the way the app finds them: two held in past weeks, one
 * confirmed next week and, for some pairs, times proposed for the week after. Returns when each
 * pair first met, by pair key.
 */
export async function seedDemoMeetings(trx: Executor, config: Config, pairs: DemoPair[], now: Date, demoId: (key: string) => string): Promise<Map<string, number>> {
  const startOfDay = Math.floor(now.getTime() / DAY) * DAY;
  const firstHeld = new Map<string, number>();
  const at = now.toISOString();
  const channels: MeetingChannel[] = ['video', 'video', 'phone'];
  for (const [index, pair] of pairs.entries()) {
    const plan: { weekOffset: number; status: 'held' | 'confirmed' | 'proposed' }[] = [
      { weekOffset: -4, status: 'held' },
      { weekOffset: -2, status: 'held' },
      { weekOffset: 1, status: 'confirmed' },
      ...(index % 2 === 0 ? [{ weekOffset: 2, status: 'proposed' as const }] : []),
    ];
    for (const { weekOffset, status: planned } of plan) {
      const start = firstTime(pair, startOfDay + weekOffset * 7 * DAY);
      if (start === undefined) continue;
      const id = demoId(`meeting:${pair.key}:${weekOffset}`);
      const cancelled = pair.firstCancelled === true && weekOffset === plan[0]!.weekOffset;
      const status = cancelled ? 'cancelled' : planned;
      if (status === 'held' && !firstHeld.has(pair.key)) firstHeld.set(pair.key, start);
      const row = demoMeetingRow(
        pair,
        config,
        {
          id,
          status,
          channel: channels[index % channels.length]!,
          start: status === 'proposed' ? null : start,
          agenda: weekOffset < 0 ? 'Goals for the cycle; what went well last time.' : 'Review my system design notes; next steps.',
          minutesSpent: status === 'held' ? 75 : null,
          ...(cancelled ? { cancelledBy: 'mentor' as const, changeReason: 'I am unwell this week, sorry. Same time in two weeks?' } : {}),
        },
        now,
      );
      await insertMeeting(trx, { ...row, created_at: new Date(Math.min(start - 6 * DAY, now.getTime())).toISOString(), updated_at: at });
      if (status === 'proposed') {
        const end = start + 60 * MINUTE;
        const second = start + DAY;
        await replaceProposals(trx, id, [
          { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
          { start: new Date(second).toISOString(), end: new Date(second + 60 * MINUTE).toISOString() },
        ], at);
      }
    }
  }
  return firstHeld;
}
