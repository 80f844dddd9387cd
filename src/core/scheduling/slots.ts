import { intersectIntervals } from '../time/intervals';
import { subtractIntervals } from '../time/subtract';
import type { Intervals } from '../time/types';

export interface SlotSearch {
  /** Each person's availability (from expandSchedule). */
  a: Intervals;
  b: Intervals;
  /** Merged union of both people's meetings, already widened by the buffer. */
  busy: Intervals;
  /** Search span, epoch minutes [fromMin, toMin). */
  fromMin: number;
  toMin: number;
  /** Now plus the minimum notice: no slot starts before it. */
  notBeforeMin: number;
  durationMin: number;
  /** Minutes between starts within one free stretch; default 30. A multiple of 15 keeps every start on the grid. */
  stepMin?: number;
  /** At most this many starts; default unlimited. */
  limit?: number;
}

/**
 * Slot starts sit on a 15-minute UTC grid: every modern zone offset is a multiple of 15 minutes,
 * so a window edge at local 09:00 (even at +05:45) is on it and a meeting starts on the hour.
 */
export const SLOT_GRID_MIN = 15;
export const DEFAULT_STEP_MIN = 30;

export function checkDurations(durationMin: number, stepMin: number): void {
  if (!Number.isInteger(durationMin) || durationMin <= 0) throw new RangeError(`durationMin must be a positive integer, got ${durationMin}`);
  if (!Number.isInteger(stepMin) || stepMin <= 0) throw new RangeError(`stepMin must be a positive integer, got ${stepMin}`);
}

/** x minus busy, clipped to [from, to). */
export function freeTime(x: Intervals, busy: Intervals, from: number, to: number): Intervals {
  if (!(to > from)) return new Int32Array(0);
  return subtractIntervals(intersectIntervals(x, Int32Array.of(from, to)), busy);
}

/** The first start in a free stretch beginning at `start`: rounded up to the grid. */
export function firstGridStart(start: number): number {
  return Math.ceil(start / SLOT_GRID_MIN) * SLOT_GRID_MIN;
}

/**
 * Meeting starts in free time: in each stretch the first is its start rounded up to the 15-minute
 * grid, then one every stepMin while the meeting still ends inside the stretch.
 */
export function gridStarts(free: Intervals, durationMin: number, stepMin: number, limit = Infinity): Int32Array {
  let count = 0;
  for (let k = 0; k < free.length && count < limit; k += 2) {
    const first = firstGridStart(free[k]!);
    const room = free[k + 1]! - durationMin - first;
    if (room >= 0) count += Math.floor(room / stepMin) + 1;
  }
  const out = new Int32Array(Math.min(count, limit));
  let n = 0;
  for (let k = 0; k < free.length && n < out.length; k += 2) {
    const last = free[k + 1]! - durationMin;
    for (let t = firstGridStart(free[k]!); t <= last && n < out.length; t += stepMin) out[n++] = t;
  }
  return out;
}

/**
 * Start minutes (epoch minutes, ascending) at which both people are available for the whole
 * meeting and neither is busy, no earlier than notBeforeMin, inside [fromMin, toMin): see
 * gridStarts for where starts fall.
 */
export function mutualSlots(q: SlotSearch): Int32Array {
  const step = q.stepMin ?? DEFAULT_STEP_MIN;
  checkDurations(q.durationMin, step);
  const limit = q.limit ?? Infinity;
  if (!(limit > 0)) return new Int32Array(0);
  const free = freeTime(intersectIntervals(q.a, q.b), q.busy, Math.max(q.fromMin, q.notBeforeMin), q.toMin);
  return gridStarts(free, q.durationMin, step, limit);
}
