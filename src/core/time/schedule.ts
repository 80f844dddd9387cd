import { expandAvailability } from './expand';
import { intersectIntervals, mergeIntervals, unionIntervals } from './intervals';
import { subtractIntervals } from './subtract';
import { MINUTES_PER_DAY, MS_PER_MINUTE, type Intervals, type Schedule } from './types';
import { canonicalZone, parseClock } from './windows';
import { zoneTimeline, type ZoneTimeline } from './zone-timeline';

/** Epoch minutes [from, to) during which the owner's clock follows `zone` (as written in the schedule). */
export interface ZoneSpan {
  zone: string;
  from: number;
  to: number;
}

// Any wall time is read within a day of the same UTC clock reading (offsets span −12 h to +14 h):
// a cheap test that skips travel and overrides far from the span before any zone lookup.
const SLACK = MINUTES_PER_DAY;

/** Epoch day of a 'YYYY-MM-DD' date; throws RangeError for anything else. */
export function parseDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || new Date(ms).getUTCDate() !== Number(m[3])) throw new RangeError(`invalid date: ${JSON.stringify(date)}`);
  return ms / MS_PER_MINUTE / MINUTES_PER_DAY;
}

/** The first instant at which the zone's wall clock reads `wall` or later (a time in a spring gap: the gap's end). */
function firstReading(tl: ZoneTimeline, wall: number): number {
  const { starts, offsets } = tl;
  for (let k = 0; k < offsets.length; k++) {
    const t = Math.max(wall - offsets[k]!, starts[k]!);
    if (t < starts[k + 1]!) return t;
  }
  return Infinity;
}

/** Appends the instants in [from, to) at which the zone's wall clock reads a time in [wallStart, wallEnd). */
function readWall(tl: ZoneTimeline, wallStart: number, wallEnd: number, from: number, to: number, out: number[]): void {
  const { starts, offsets } = tl;
  for (let k = 0; k < offsets.length; k++) {
    const s = Math.max(wallStart - offsets[k]!, starts[k]!, from);
    const e = Math.min(wallEnd - offsets[k]!, starts[k + 1]!, to);
    if (s < e) out.push(s, e);
  }
}

/**
 * Which zone the owner's clock follows over epoch minutes [fromMin, toMin): consecutive spans, in
 * order, covering the range. A travel period runs from the first instant its zone reads startsOn
 * 00:00 to the first instant it reads the day after endsOn 00:00; home applies elsewhere. Where
 * periods overlap (validation should prevent it) the one that starts later wins.
 */
export function zoneSpans(s: Pick<Schedule, 'timeZone' | 'travel'>, fromMin: number, toMin: number): ZoneSpan[] {
  if (!(toMin > fromMin)) return [];
  let spans: ZoneSpan[] = [{ zone: s.timeZone, from: fromMin, to: toMin }];
  const trips: (ZoneSpan & { starts: number })[] = [];
  for (const p of s.travel) {
    const wallFrom = parseDate(p.startsOn) * MINUTES_PER_DAY;
    const wallTo = (parseDate(p.endsOn) + 1) * MINUTES_PER_DAY;
    if (wallTo <= wallFrom || wallTo + SLACK <= fromMin || wallFrom - SLACK >= toMin) continue;
    const tl = zoneTimeline(canonicalZone(p.timeZone), fromMin, toMin);
    const starts = firstReading(tl, wallFrom);
    const from = Math.max(fromMin, starts);
    const to = Math.min(toMin, firstReading(tl, wallTo));
    if (from < to) trips.push({ zone: p.timeZone, from, to, starts });
  }
  // By the real start, not the clipped one; stable, so of equal starts the later listed wins.
  trips.sort((x, y) => x.starts - y.starts);
  for (const { zone, from, to } of trips) {
    const trip = { zone, from, to };
    const next: ZoneSpan[] = [];
    for (const span of spans) {
      if (span.to <= trip.from || span.from >= trip.to) next.push(span);
      else {
        if (span.from < trip.from) next.push({ zone: span.zone, from: span.from, to: trip.from });
        if (span.to > trip.to) next.push({ zone: span.zone, from: trip.to, to: span.to });
      }
    }
    next.push(trip);
    spans = next.sort((x, y) => x.from - y.from);
  }
  // Back-to-back stays in one zone are one span.
  const joined: ZoneSpan[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && last.zone === span.zone && last.to === span.from) last.to = span.to;
    else joined.push({ ...span });
  }
  return joined;
}

/** The zone the owner's clock follows at an instant: a travel zone during a trip, else home. */
export function zoneAt(s: Pick<Schedule, 'timeZone' | 'travel'>, atMs: number): string {
  if (s.travel.length === 0) return s.timeZone;
  const minute = Math.floor(atMs / MS_PER_MINUTE);
  return zoneSpans(s, minute, minute + 1)[0]!.zone;
}

/** Override windows as minutes of the local day; no windows means the whole day. */
function overridePieces(windows: readonly { start: string; end: string }[], date: string): number[] {
  if (windows.length === 0) return [0, MINUTES_PER_DAY];
  return windows.flatMap((w) => {
    const start = parseClock(w.start, false);
    const end = parseClock(w.end, true);
    if (start === undefined || end === undefined || end <= start) {
      throw new RangeError(`invalid override window on ${date}: ${JSON.stringify(w)}`);
    }
    return [start, end];
  });
}

/**
 * The UTC instants in [fromMs, toMs) at which the owner is available: expandAvailability's rule
 * (same minute truncation and DST behaviour) applied to the owner's own clock, which follows a
 * travel zone during a trip (see zoneSpans) and home otherwise. Overrides act on the instants at
 * which that clock reads their date: `available` adds its windows, otherwise it removes them (the
 * whole local day, 23 or 25 h across a clock change, when it has none); removal wins. Normally that
 * is the date in the zone in effect on it; on a travel day the clock may read the date in two zones
 * and an override covers both readings, never time the owner spends on another date. Without
 * overrides and travel the result is expandAvailability's.
 */
export function expandSchedule(s: Schedule, fromMs: number, toMs: number): Intervals {
  if (s.overrides.length === 0 && s.travel.length === 0) return expandAvailability(s, fromMs, toMs);
  const lo = Math.floor(fromMs / MS_PER_MINUTE);
  const hi = Math.floor(toMs / MS_PER_MINUTE);
  if (!(hi > lo)) return new Int32Array(0);
  const spans = zoneSpans(s, lo, hi);

  // Weekly windows per zone over the whole range (sharing expandAvailability's cached timelines), kept where that zone applies.
  let weekly: Intervals;
  if (spans.length === 1) weekly = expandAvailability({ timeZone: spans[0]!.zone, windows: s.windows }, fromMs, toMs);
  else {
    const byZone = new Map<string, Intervals>();
    const parts: number[] = [];
    for (const span of spans) {
      let x = byZone.get(span.zone);
      if (!x) byZone.set(span.zone, (x = expandAvailability({ timeZone: span.zone, windows: s.windows }, fromMs, toMs)));
      for (const v of intersectIntervals(x, Int32Array.of(span.from, span.to))) parts.push(v);
    }
    weekly = mergeIntervals(parts);
  }

  const added: number[] = [];
  const removed: number[] = [];
  for (const o of s.overrides) {
    const midnight = parseDate(o.date) * MINUTES_PER_DAY;
    if (midnight + MINUTES_PER_DAY + SLACK <= lo || midnight - SLACK >= hi) continue;
    if (o.available && o.windows.length === 0) continue;
    const pieces = overridePieces(o.windows, o.date);
    for (const span of spans) {
      const tl = zoneTimeline(canonicalZone(span.zone), lo, hi);
      for (let k = 0; k < pieces.length; k += 2) {
        readWall(tl, midnight + pieces[k]!, midnight + pieces[k + 1]!, span.from, span.to, o.available ? added : removed);
      }
    }
  }
  let result = added.length > 0 ? unionIntervals(weekly, mergeIntervals(added)) : weekly;
  if (removed.length > 0) result = subtractIntervals(result, mergeIntervals(removed));
  return result;
}
