import { totalMinutes } from './intervals';
import { MINUTES_PER_DAY, type Intervals, type OverlapGroup, type OverlapSummary, type Weekday, type WeekdayRange } from './types';
import { canonicalZone, formatClock } from './windows';
import { zoneTimeline } from './zone-timeline';

/** A stretch of UTC time seen on one local day: clock range [start, end) and its real minutes. */
export interface LocalPiece {
  /** Local calendar day as days since 1970-01-01. */
  day: number;
  weekday: Weekday;
  /** Minutes since local midnight; end may be 1440. */
  start: number;
  end: number;
  minutes: number;
}

/**
 * Intervals as seen on a zone's wall clock, split at local midnight. A piece that crosses a clock
 * change stays one piece spanning the clock range it touched, so `minutes` (real time) can differ
 * from end − start: 01:00–04:00 on a spring-forward day holds 120 minutes.
 */
export function localPieces(x: Intervals, zone: string): LocalPiece[] {
  const pieces: LocalPiece[] = [];
  if (x.length === 0) return pieces;
  const { starts, offsets } = zoneTimeline(canonicalZone(zone), x[0]!, x[x.length - 1]!);
  let seg = 0;
  for (let k = 0; k < x.length; k += 2) {
    const end = x[k + 1]!;
    let t = x[k]!;
    let current: LocalPiece | undefined;
    while (starts[seg + 1]! <= t) seg++;
    for (let s = seg; t < end; s++) {
      const segEnd = Math.min(end, starts[s + 1]!);
      const off = offsets[s]!;
      for (let wall = t + off; wall < segEnd + off; ) {
        const day = Math.floor(wall / MINUTES_PER_DAY);
        const midnight = day * MINUTES_PER_DAY;
        const stop = Math.min(segEnd + off, midnight + MINUTES_PER_DAY);
        if (current && current.day === day) {
          // Same real stretch, same local day, across a clock change: widen the clock range.
          current.start = Math.min(current.start, wall - midnight);
          current.end = Math.max(current.end, stop - midnight);
          current.minutes += stop - wall;
        } else {
          if (current) pieces.push(current);
          const weekday = (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
          current = { day, weekday, start: wall - midnight, end: stop - midnight, minutes: stop - wall };
        }
        wall = stop;
      }
      t = segEnd;
    }
    if (current) pieces.push(current);
  }
  return pieces;
}

/**
 * The shared time seen from `viewerZone`, grouped by identical local clock ranges across
 * weekdays (Tue–Thu 16:00–18:00), largest first. Every shared minute lands in exactly one group,
 * so the groups' minutes add up to totalMinutes(shared); a week that differs (one side changed
 * its clocks) shows as its own smaller group.
 */
export function summariseOverlap(shared: Intervals, viewerZone: string, weeks: number): OverlapSummary {
  if (!(weeks > 0)) throw new RangeError(`weeks must be positive, got ${weeks}`);
  const byRange = new Map<string, { start: number; end: number; days: Set<Weekday>; minutes: number }>();
  for (const p of localPieces(shared, viewerZone)) {
    const key = `${p.start}-${p.end}`;
    let g = byRange.get(key);
    if (!g) byRange.set(key, (g = { start: p.start, end: p.end, days: new Set(), minutes: 0 }));
    g.days.add(p.weekday);
    g.minutes += p.minutes;
  }
  const groups: OverlapGroup[] = [...byRange.values()].map((g) => {
    const weekdays = [...g.days].sort((a, b) => a - b);
    return {
      weekdays,
      weekdayRanges: weekdayRuns(weekdays),
      start: formatClock(g.start),
      end: formatClock(g.end),
      totalMinutes: g.minutes,
      minutesPerWeek: g.minutes / weeks,
    };
  });
  groups.sort((a, b) => b.totalMinutes - a.totalMinutes || a.weekdays[0]! - b.weekdays[0]! || a.start.localeCompare(b.start));
  const total = totalMinutes(shared);
  return { timeZone: viewerZone, weeks, totalMinutes: total, minutesPerWeek: total / weeks, groups };
}

/** Sorted weekdays as runs of consecutive days: [1, 2, 3, 5] → Mon–Wed, Fri. */
function weekdayRuns(weekdays: Weekday[]): WeekdayRange[] {
  const runs: WeekdayRange[] = [];
  for (const d of weekdays) {
    const last = runs[runs.length - 1];
    if (last && d === last.to + 1) last.to = d;
    else runs.push({ from: d, to: d });
  }
  return runs;
}
