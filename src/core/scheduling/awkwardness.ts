import type { Awkwardness, Intervals, Schedule, Weekday } from '../time/types';
import { MINUTES_PER_DAY } from '../time/types';
import { localClock, segmentAt, type LocalClock } from './local-clock';

/** One side of a meeting as the slot search sees them. */
export interface SlotPerson {
  /** Their availability (from expandSchedule) over at least the search span. */
  intervals: Intervals;
  /** For their local time, travel included. */
  schedule: Pick<Schedule, 'timeZone' | 'travel'>;
  /** Weekend days in their locale, e.g. [6, 7]; the service reads luxon Info.getWeekendWeekdays(locale). */
  weekend: readonly Weekday[];
}

export type AwkwardKind = Exclude<Awkwardness, 'working'>;

/** How much a time outside someone's windows asks of them; a slot's cost is its bearer's. */
export const AWKWARDNESS_COST: Readonly<Record<Awkwardness, number>> = { working: 0, early: 1, late: 1, weekend: 2, night: 3 };

export function awkwardnessCost(kind: Awkwardness): number {
  return AWKWARDNESS_COST[kind];
}

// Night is local [22:00, 07:00): shifted by two hours it is [00:00, 09:00) of the shifted day.
const NIGHT_SHIFT = 120;
const NIGHT_LENGTH = 540;
const NOON = 720;

/** Bit d set for each weekend weekday d. */
export function weekendMask(weekend: readonly Weekday[]): number {
  let mask = 0;
  for (const d of weekend) mask |= 1 << d;
  return mask;
}

/** Whether [start, end) lies inside one piece of x (binary search). */
export function containsRange(x: Intervals, start: number, end: number): boolean {
  let lo = 0;
  let hi = (x.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (x[2 * mid + 1]! <= start) lo = mid + 1;
    else if (x[2 * mid]! > start) hi = mid - 1;
    else return x[2 * mid + 1]! >= end;
  }
  return false;
}

/**
 * The awkwardness of [start, end) for someone it is not working time for, reading their clock from
 * segment `seg` (which must hold `start`): night if any minute is local 22:00–07:00, else weekend
 * if it starts on a weekend day, else early (starts before noon) or late.
 */
export function outsideKind(clock: LocalClock, seg: number, start: number, end: number, weekend: number): AwkwardKind {
  const { starts, offsets } = clock;
  for (let k = seg; starts[k]! < end; k++) {
    const from = Math.max(start, starts[k]!);
    const to = Math.min(end, starts[k + 1]!);
    const shifted = from + offsets[k]! + NIGHT_SHIFT;
    const x = shifted - Math.floor(shifted / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    if (x < NIGHT_LENGTH || from + (MINUTES_PER_DAY - x) < to) return 'night';
  }
  const wall = start + offsets[seg]!;
  const day = Math.floor(wall / MINUTES_PER_DAY);
  // Epoch day 0 (1970-01-01) was a Thursday (ISO 4).
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
  if (weekend & (1 << weekday)) return 'weekend';
  return wall - day * MINUTES_PER_DAY < NOON ? 'early' : 'late';
}

/**
 * How [startMin, startMin + durationMin) sits for one person: 'working' inside their availability;
 * otherwise 'night' if any minute falls in their local 22:00–07:00, else 'weekend' if it starts on
 * one of their weekend days, else 'early' (starts before local noon) or 'late'.
 */
export function awkwardnessAt(startMin: number, durationMin: number, person: SlotPerson): Awkwardness {
  const end = startMin + durationMin;
  if (containsRange(person.intervals, startMin, end)) return 'working';
  const clock = localClock(person.schedule, startMin, end);
  return outsideKind(clock, segmentAt(clock, startMin), startMin, end, weekendMask(person.weekend));
}
