import { awkwardnessAt, mutualSlots, stretchSlots, type SlotPerson } from '../../core/scheduling';
import { expandSchedule, type WeeklyWindow } from '../../core/time';
import type { Executor } from '../../db/database';
import type { MeetingChannel } from '../../db/schema';
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
}

const person = (p: DemoPair['mentee'], fromMs: number, toMs: number): SlotPerson => {
  const schedule = { timeZone: p.timeZone, windows: p.windows, overrides: [], travel: [] };
  return { intervals: expandSchedule(schedule, fromMs, toMs), schedule, weekend: [6, 7] };
};

/** The first time in [fromMs, fromMs + 7 days) the pair can meet: a mutual slot, or else the least awkward stretch. */
function firstTime(pair: DemoPair, fromMs: number): number | undefined {
  const toMs = fromMs + 7 * DAY;
  const a = person(pair.mentee, fromMs, toMs);
  const b = person(pair.mentor, fromMs, toMs);
  const search = { busy: new Int32Array(0), fromMin: fromMs / MINUTE, toMin: toMs / MINUTE, notBeforeMin: fromMs / MINUTE, durationMin: 60 };
  const mutual = mutualSlots({ ...search, a: a.intervals, b: b.intervals, limit: 1 });
  if (mutual.length > 0) return mutual[0]! * MINUTE;
  const stretch = stretchSlots({ ...search, a, b, burden: { a: 0, b: 0 }, limit: 1 });
  return stretch[0] ? stretch[0].start * MINUTE : undefined;
}

/**
 * A few meetings per demo pair, found the way the app finds them: two held in past weeks, one
 * confirmed next week and, for some pairs, times proposed for the week after.
 */
export async function seedDemoMeetings(trx: Executor, config: Config, pairs: DemoPair[], now: Date, demoId: (key: string) => string): Promise<void> {
  const startOfDay = Math.floor(now.getTime() / DAY) * DAY;
  const at = now.toISOString();
  const channels: MeetingChannel[] = ['video', 'video', 'phone'];
  for (const [index, pair] of pairs.entries()) {
    const plan: { weekOffset: number; status: 'held' | 'confirmed' | 'proposed' }[] = [
      { weekOffset: -4, status: 'held' },
      { weekOffset: -2, status: 'held' },
      { weekOffset: 1, status: 'confirmed' },
      ...(index % 2 === 0 ? [{ weekOffset: 2, status: 'proposed' as const }] : []),
    ];
    for (const { weekOffset, status } of plan) {
      const start = firstTime(pair, startOfDay + weekOffset * 7 * DAY);
      if (start === undefined) continue;
      const end = start + 60 * MINUTE;
      const channel = channels[index % channels.length]!;
      const windowSpan = (p: DemoPair['mentee']) => person(p, start - DAY, end + DAY);
      const id = demoId(`meeting:${pair.key}:${weekOffset}`);
      const timed = status !== 'proposed';
      await insertMeeting(trx, {
        id,
        partnership_id: pair.partnershipId,
        program_id: pair.programId,
        status,
        proposed_by: 'mentee',
        channel,
        location: channel === 'phone' ? '+1 555 0100' : null,
        url: channel === 'video' ? `${config.meetingVideoBaseUrl}Meridian-demo-${id.slice(0, 8)}` : null,
        start_at: timed ? new Date(start).toISOString() : null,
        end_at: timed ? new Date(end).toISOString() : null,
        duration_minutes: 60,
        agenda: status === 'held' ? 'Goals for the cycle; what went well last time.' : 'Review my system design notes; next steps.',
        mentee_awkwardness: timed ? awkwardnessAt(start / MINUTE, 60, windowSpan(pair.mentee)) : null,
        mentor_awkwardness: timed ? awkwardnessAt(start / MINUTE, 60, windowSpan(pair.mentor)) : null,
        minutes_spent: status === 'held' ? 75 : null,
        outcome_by: status === 'held' ? 'mentee' : null,
        outcome_at: status === 'held' ? new Date(end).toISOString() : null,
        confirmed_at: timed ? new Date(start - 5 * DAY).toISOString() : null,
        created_by: pair.createdBy,
        created_at: new Date(Math.min(start - 6 * DAY, now.getTime())).toISOString(),
        updated_at: at,
      });
      if (status === 'proposed') {
        const second = start + DAY;
        await replaceProposals(trx, id, [
          { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
          { start: new Date(second).toISOString(), end: new Date(second + 60 * MINUTE).toISOString() },
        ], at);
      }
    }
  }
}
