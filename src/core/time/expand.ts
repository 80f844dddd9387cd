import { mergeIntervals } from './intervals';
import { MINUTES_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK, type Intervals, type WeeklyAvailability } from './types';
import { canonicalZone, compileWindows, signature } from './windows';
import { zoneTimeline } from './zone-timeline';

/**
 * The UTC instants in [fromMs, toMs) at which the owner's wall clock reads a time inside one of
 * their windows on that weekday. Bounds are truncated to whole minutes. Around clock changes this
 * one rule gives:
 * - spring forward: local times that do not exist are simply never read, so a window covering the
 *   gap lasts its real duration (LA 2026-03-08 01:00–04:00 is 2 h; 02:00–03:00 alone is empty;
 *   02:30–03:30 is the 30 min from 03:00 PDT);
 * - fall back: a repeated local time is read twice, so the window includes both occurrences (LA
 *   2026-11-01 00:00–03:00 is 4 h; 01:00–01:30 is two 30-minute pieces, an hour apart).
 * Offsets come from Luxon's tz data once per zone and span (see zoneTimeline); the loop itself
 * builds no DateTime.
 */
export function expandAvailability(a: WeeklyAvailability, fromMs: number, toMs: number): Intervals {
  const { bounds, pairs } = compileWindows(a.windows);
  const lo = Math.floor(fromMs / MS_PER_MINUTE);
  const hi = Math.floor(toMs / MS_PER_MINUTE);
  if (!(hi > lo)) return new Int32Array(0);
  const { starts, offsets, minOffset, maxOffset } = zoneTimeline(canonicalZone(a.timeZone), lo, hi);

  const windowCount = bounds[8]! >> 1;
  const firstDay = Math.floor((lo + minOffset) / MINUTES_PER_DAY);
  const lastDay = Math.floor((hi - 1 + maxOffset) / MINUTES_PER_DAY);
  // Each window gives one piece per occurrence, two on a fall-back day; grow if a zone surprises us.
  let out = new Int32Array(2 * windowCount * (Math.ceil((lastDay - firstDay + 1) / 7) + 1) + 8);
  let n = 0;
  let sorted = true;
  let seg = 0;

  for (let day = firstDay; day <= lastDay; day++) {
    // Epoch day 0 (1970-01-01) was a Thursday (ISO 4).
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    const midnight = day * MINUTES_PER_DAY;
    for (let k = bounds[weekday]!; k < bounds[weekday + 1]!; k += 2) {
      const wallStart = midnight + pairs[k]!;
      const wallEnd = midnight + pairs[k + 1]!;
      // Candidate instants lie in [wallStart - maxOffset, wallEnd - minOffset); the segment
      // pointer only moves forward because wallStart only grows.
      while (starts[seg + 1]! <= wallStart - maxOffset) seg++;
      for (let s = seg; starts[s]! < wallEnd - minOffset; s++) {
        const off = offsets[s]!;
        let from = wallStart - off;
        let to = wallEnd - off;
        if (from < starts[s]!) from = starts[s]!;
        if (to > starts[s + 1]!) to = starts[s + 1]!;
        if (from < lo) from = lo;
        if (to > hi) to = hi;
        if (from >= to) continue;
        if (n > 0 && from < out[n - 1]!) sorted = false;
        if (sorted && n > 0 && from === out[n - 1]) {
          out[n - 1] = to;
          continue;
        }
        if (n + 2 > out.length) {
          const bigger = new Int32Array(out.length * 2);
          bigger.set(out);
          out = bigger;
        }
        out[n++] = from;
        out[n++] = to;
      }
    }
  }
  return sorted ? out.slice(0, n) : mergeIntervals(out, n);
}

/** A person's Intervals for `weeks` weeks from `fromMs`: compute once per person and cache. */
export function precomputeAvailability(a: WeeklyAvailability, fromMs: number, weeks = 4): Intervals {
  return expandAvailability(a, fromMs, fromMs + weeks * MS_PER_WEEK);
}

/** precomputeAvailability for many people, expanding each distinct signature once (results are shared). */
export function precomputeAll(people: readonly WeeklyAvailability[], fromMs: number, weeks = 4): Intervals[] {
  const bySignature = new Map<string, Intervals>();
  return people.map((a) => {
    const key = signature(a);
    let x = bySignature.get(key);
    if (!x) {
      x = precomputeAvailability(a, fromMs, weeks);
      bySignature.set(key, x);
    }
    return x;
  });
}
