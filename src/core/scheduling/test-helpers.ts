// Shared by the tests in this folder: people built from schedules, labels read back with Luxon.
import { DateTime } from 'luxon';
import { expandSchedule } from '../time/schedule';
import { days } from '../time/test-helpers';
import type { Intervals, Schedule, Weekday, WeeklyWindow } from '../time/types';
import type { SlotPerson } from './awkwardness';

export const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];

export function schedule(timeZone: string, windows: WeeklyWindow[], more: Partial<Pick<Schedule, 'overrides' | 'travel'>> = {}): Schedule {
  return { timeZone, windows, overrides: more.overrides ?? [], travel: more.travel ?? [] };
}

/** Someone free on weekdays between two local times. */
export function weekdays(timeZone: string, start: string, end: string): Schedule {
  return schedule(timeZone, days(WEEKDAYS, start, end));
}

export function slotPerson(s: Schedule, fromMin: number, toMin: number, weekend: readonly Weekday[] = [6, 7]): SlotPerson {
  return { intervals: expandSchedule(s, fromMin * 60_000, toMin * 60_000), schedule: s, weekend };
}

/** Epoch minutes of a local wall time, computed by Luxon. */
export function local(zone: string, iso: string): number {
  return DateTime.fromISO(iso, { zone }).toMillis() / 60_000;
}

/** 'Mon 09:00' in a zone, by Luxon. */
export function label(minute: number, zone: string): string {
  return DateTime.fromMillis(minute * 60_000, { zone }).setLocale('en').toFormat('ccc HH:mm');
}

export function I(...xs: number[]): Intervals {
  return Int32Array.from(xs);
}

export function covers(x: Intervals, m: number): boolean {
  for (let k = 0; k < x.length; k += 2) if (x[k]! <= m && m < x[k + 1]!) return true;
  return false;
}

/** [start, end) entirely inside x, checked minute by minute. */
export function insideAll(x: Intervals, start: number, end: number): boolean {
  for (let m = start; m < end; m++) if (!covers(x, m)) return false;
  return true;
}

export function overlapsAny(x: Intervals, start: number, end: number): boolean {
  for (let k = 0; k < x.length; k += 2) if (x[k]! < end && start < x[k + 1]!) return true;
  return false;
}
