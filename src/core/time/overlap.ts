import { IANAZone } from 'luxon';
import { precomputeAvailability } from './expand';
import { overlapMinutes } from './intervals';
import type { WeeklyAvailability } from './types';

/**
 * Average shared minutes per week over [fromMs, fromMs + weeks weeks): weeks where only one side
 * has changed its clocks count as they are. May be fractional (e.g. 82.5).
 */
export function weeklyOverlapMinutes(a: WeeklyAvailability, b: WeeklyAvailability, fromMs: number, weeks = 4): number {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  return overlapMinutes(precomputeAvailability(a, fromMs, weeks), precomputeAvailability(b, fromMs, weeks)) / weeks;
}

function offsetMinutes(zone: string, atMs: number): number {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  return iana.offset(atMs);
}

/**
 * Hours between two zones' UTC offsets at an instant, measured round the clock face so the
 * result is in [0, 12]: SF/Beirut is 10, Kolkata/Kathmandu 0.25, and Honolulu (−10) vs Auckland
 * in summer (+13) is 1, not 23 (their working days line up, one calendar day apart).
 */
export function zoneGapHours(zoneA: string, zoneB: string, atMs: number): number {
  const minutes = Math.abs(offsetMinutes(zoneA, atMs) - offsetMinutes(zoneB, atMs)) % 1440;
  return Math.min(minutes, 1440 - minutes) / 60;
}
