// Shared by the tests in this folder: fixed instants built in UTC, never in the process zone.
import fc from 'fast-check';
import type { Intervals, Weekday, WeeklyAvailability, WeeklyWindow } from './types';
import { formatClock } from './windows';

/** Epoch ms of a UTC wall time (month 1–12). */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** Epoch minutes of a UTC wall time (month 1–12). */
export function utcMin(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return utc(year, month, day, hour, minute) / 60_000;
}

export function days(weekdays: Weekday[], start: string, end: string): WeeklyWindow[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

export function person(timeZone: string, ...windows: WeeklyWindow[][]): WeeklyAvailability {
  return { timeZone, windows: windows.flat() };
}

export const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];

export function list(x: Intervals): number[] {
  return Array.from(x);
}

// Zones with unusual rules: southern DST, 30/45-minute offsets and shifts, midnight changes, 2-hour DST.
const ZONES = [
  'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Beirut', 'Australia/Sydney',
  'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'America/Santiago',
  'America/Havana', 'Africa/Casablanca', 'Antarctica/Troll', 'Pacific/Auckland', 'UTC',
];

const windowArb = fc
  .record({ weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1440 }) })
  .map(({ weekday, start, length }) => ({
    weekday: weekday as Weekday,
    start: formatClock(start),
    end: formatClock(Math.min(1440, start + length)),
  }));
export const availabilityArb: fc.Arbitrary<WeeklyAvailability> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  windows: fc.array(windowArb, { maxLength: 8 }),
});
// 2024–2032, so the four weeks often include a clock change somewhere.
export const fromArb = fc.integer({ min: utc(2024, 1, 1), max: utc(2032, 1, 1) });

