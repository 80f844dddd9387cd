import { MINUTES_PER_DAY, type Intervals } from '../time/types';
import { AWKWARDNESS_COST, outsideKind, weekendMask, type AwkwardKind, type SlotPerson } from './awkwardness';
import { localClock } from './local-clock';
import { checkDurations, DEFAULT_STEP_MIN, firstGridStart, freeTime, type SlotSearch } from './slots';

export interface StretchSearch extends Omit<SlotSearch, 'a' | 'b' | 'limit'> {
  a: SlotPerson;
  b: SlotPerson;
  /** Awkward meetings each side has borne so far (from the fairness tally). */
  burden: { a: number; b: number };
  /** Default 12. */
  limit?: number;
}

export interface StretchSlot {
  start: number;
  /** Who meets outside their availability. */
  bearer: 'a' | 'b';
  awkwardness: AwkwardKind;
  cost: number;
}

export const STRETCH_LIMIT = 12;
/** So suggestions spread over the weeks rather than filling one evening. */
export const STRETCH_PER_BEARER_DAY = 2;
const MAX_COST = 3;

/**
 * One bearer's candidates, by cost then start, at most STRETCH_PER_BEARER_DAY per UTC day: grid
 * starts in the host's free time (host = the other side) where the meeting does not fit inside
 * the bearer's own availability. Slots fully inside both are mutual slots, not stretches.
 */
function candidates(q: StretchSearch, side: 'a' | 'b', step: number, from: number): StretchSlot[][] {
  const bearer = q[side];
  const host = side === 'a' ? q.b : q.a;
  const byCost: StretchSlot[][] = Array.from({ length: MAX_COST + 1 }, () => []);
  const free = freeTime(host.intervals, q.busy, from, q.toMin);
  if (free.length === 0) return byCost;
  const own: Intervals = bearer.intervals;
  // The search span, not the free time, so the zone timelines are the cached ones expandSchedule used.
  const clock = localClock(bearer.schedule, q.fromMin, q.toMin);
  const weekend = weekendMask(bearer.weekend);
  const dur = q.durationMin;
  // Starts only grow, so the pointers into the bearer's intervals and clock only move forward.
  let i = 0;
  let seg = 0;
  for (let k = 0; k < free.length; k += 2) {
    const last = free[k + 1]! - dur;
    for (let t = firstGridStart(free[k]!); t <= last; t += step) {
      const end = t + dur;
      while (i < own.length && own[i + 1]! <= t) i += 2;
      if (i < own.length && own[i]! <= t && own[i + 1]! >= end) continue;
      while (clock.starts[seg + 1]! <= t) seg++;
      const awkwardness = outsideKind(clock, seg, t, end, weekend);
      const cost = AWKWARDNESS_COST[awkwardness];
      byCost[cost]!.push({ start: t, bearer: side, awkwardness, cost });
    }
  }
  // The cap applies in rank order, which for one bearer is (cost, start).
  const perDay = new Map<number, number>();
  return byCost.map((slots) =>
    slots.filter(({ start }) => {
      const day = Math.floor(start / MINUTES_PER_DAY);
      const n = perDay.get(day) ?? 0;
      if (n >= STRETCH_PER_BEARER_DAY) return false;
      perDay.set(day, n + 1);
      return true;
    }),
  );
}

/**
 * Times for a pair whose windows barely meet: each lies inside exactly one side's availability,
 * the other side (the bearer) stretches. Free of busy, from notBeforeMin, on mutualSlots' grid.
 * Ranked by cost (working 0, early/late 1, weekend 2, night 3), then the bearer with the smaller
 * burden first (on a tie alternating a, b, a, … so neither side bears them all), then start; at
 * most two per bearer and UTC day, at most `limit` (12).
 */
export function stretchSlots(q: StretchSearch): StretchSlot[] {
  const step = q.stepMin ?? DEFAULT_STEP_MIN;
  checkDurations(q.durationMin, step);
  const limit = q.limit ?? STRETCH_LIMIT;
  const from = Math.max(q.fromMin, q.notBeforeMin);
  const out: StretchSlot[] = [];
  if (!(limit > 0) || !(q.toMin > from)) return out;
  const lists = { a: candidates(q, 'a', step, from), b: candidates(q, 'b', step, from) };
  let turn: 'a' | 'b' = 'a';
  for (let cost = 1; cost <= MAX_COST && out.length < limit; cost++) {
    const xs = { a: lists.a[cost]!, b: lists.b[cost]! };
    const next = { a: 0, b: 0 };
    while (out.length < limit && (next.a < xs.a.length || next.b < xs.b.length)) {
      let side: 'a' | 'b';
      if (next.a >= xs.a.length) side = 'b';
      else if (next.b >= xs.b.length) side = 'a';
      else if (q.burden.a !== q.burden.b) side = q.burden.a < q.burden.b ? 'a' : 'b';
      else side = turn;
      turn = side === 'a' ? 'b' : 'a';
      out.push(xs[side][next[side]++]!);
    }
  }
  return out;
}
