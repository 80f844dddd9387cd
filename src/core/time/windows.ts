import { IANAZone } from 'luxon';
import { MINUTES_PER_DAY, type ValidationIssue, type WeeklyAvailability, type WeeklyWindow } from './types';

/** Minutes since local midnight for 'HH:MM' ('24:00' allowed only as an end), or undefined. */
export function parseClock(value: unknown, isEnd: boolean): number | undefined {
  // Hand-rolled digit reads: this runs for every window of every person on the scoring path.
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58 /* : */) return undefined;
  const h1 = value.charCodeAt(0) - 48;
  const h2 = value.charCodeAt(1) - 48;
  const m1 = value.charCodeAt(3) - 48;
  const m2 = value.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return undefined;
  const minutes = (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  if (minutes < MINUTES_PER_DAY) return minutes;
  return isEnd && minutes === MINUTES_PER_DAY ? minutes : undefined;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function isWeekday(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}

/**
 * Problems with a list of windows; paths are relative to the array ('2.end'). Checks the
 * weekday, the 'HH:MM' format, end > start, and windows overlapping on one day (touching
 * windows such as 09:00–12:00 and 12:00–13:00 are fine).
 */
export function validateWindows(windows: WeeklyWindow[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const valid: { i: number; weekday: number; start: number; end: number }[] = [];
  windows.forEach((w, i) => {
    const start = parseClock(w.start, false);
    const end = parseClock(w.end, true);
    let ok = true;
    if (!isWeekday(w.weekday)) {
      issues.push({ path: `${i}.weekday`, message: 'weekday must be an integer from 1 (Monday) to 7 (Sunday)' });
      ok = false;
    }
    if (start === undefined) {
      issues.push({ path: `${i}.start`, message: 'start must be a local time HH:MM from 00:00 to 23:59' });
      ok = false;
    }
    if (end === undefined) {
      issues.push({ path: `${i}.end`, message: 'end must be a local time HH:MM from 00:01 to 24:00' });
      ok = false;
    }
    if (start !== undefined && end !== undefined && end <= start) {
      issues.push({ path: `${i}.end`, message: 'end must be after start (a window past midnight is two windows)' });
      ok = false;
    }
    if (ok && start !== undefined && end !== undefined) valid.push({ i, weekday: w.weekday, start, end });
  });
  valid.sort((a, b) => a.weekday - b.weekday || a.start - b.start || a.i - b.i);
  for (let k = 1; k < valid.length; k++) {
    const prev = valid[k - 1]!;
    const cur = valid[k]!;
    if (cur.weekday === prev.weekday && cur.start < prev.end) {
      issues.push({ path: `${cur.i}.start`, message: `overlaps window ${prev.i} on the same day` });
    }
  }
  return issues;
}

/** Zone and window problems, with paths from the availability ('timeZone', 'windows.2.end'). */
export function validateAvailability(a: WeeklyAvailability): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof a.timeZone !== 'string' || !IANAZone.isValidZone(a.timeZone)) {
    issues.push({ path: 'timeZone', message: 'timeZone must be an IANA time zone such as Europe/Berlin' });
  }
  for (const issue of validateWindows(a.windows)) issues.push({ path: `windows.${issue.path}`, message: issue.message });
  return issues;
}

/**
 * Windows as minutes of the local day: weekday d's sorted, merged [start, end, …] pairs are
 * pairs[bounds[d]] up to pairs[bounds[d + 1]]. Overlapping windows are merged here; malformed
 * ones throw.
 */
export interface CompiledWeek {
  bounds: Int32Array;
  pairs: Int32Array;
}

export function compileWindows(windows: WeeklyWindow[]): CompiledWeek {
  // One sortable number per window (weekday, start, end all fit in 11 bits): no per-window objects.
  const keys = new Int32Array(windows.length);
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i]!;
    const start = parseClock(w.start, false);
    const end = parseClock(w.end, true);
    if (!isWeekday(w.weekday) || start === undefined || end === undefined || end <= start) {
      throw new RangeError(`invalid availability window ${i}: ${JSON.stringify(w)}`);
    }
    keys[i] = (w.weekday << 22) | (start << 11) | end;
  }
  keys.sort();
  const bounds = new Int32Array(9);
  const pairs = new Int32Array(windows.length * 2);
  let n = 0;
  let day = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const weekday = key >> 22;
    const start = (key >> 11) & 2047;
    const end = key & 2047;
    if (weekday !== day) {
      for (let d = day + 1; d <= weekday; d++) bounds[d] = n;
      day = weekday;
    } else if (start <= pairs[n - 1]!) {
      if (end > pairs[n - 1]!) pairs[n - 1] = end;
      continue;
    }
    pairs[n++] = start;
    pairs[n++] = end;
  }
  for (let d = day + 1; d <= 8; d++) bounds[d] = n;
  return { bounds, pairs };
}

const canonicalZones = new Map<string, string>();

/** The runtime's canonical ID for a zone (case and aliases folded), so equal zones compare equal. */
export function canonicalZone(zone: string): string {
  let name = canonicalZones.get(zone);
  if (name === undefined) {
    if (!IANAZone.isValidZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    if (canonicalZones.size >= 2048) canonicalZones.clear();
    canonicalZones.set(zone, name);
  }
  return name;
}

/**
 * Canonical text for an availability (zone + merged windows), equal for availabilities that
 * cover the same local time, so callers can expand each distinct one once.
 */
export function signature(a: WeeklyAvailability): string {
  const { bounds, pairs } = compileWindows(a.windows);
  const parts: string[] = [];
  for (let d = 1; d <= 7; d++) {
    for (let k = bounds[d]!; k < bounds[d + 1]!; k += 2) parts.push(`${d} ${formatClock(pairs[k]!)}-${formatClock(pairs[k + 1]!)}`);
  }
  return `${canonicalZone(a.timeZone)}|${parts.join(',')}`;
}
