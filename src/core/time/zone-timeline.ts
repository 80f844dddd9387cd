import { IANAZone } from 'luxon';
import { MINUTES_PER_DAY, MS_PER_MINUTE } from './types';

/**
 * A zone's UTC offsets over a span, as constant-offset segments: segment k covers epoch
 * minutes [starts[k], starts[k + 1]) at offsets[k] minutes east of UTC. starts[0] is -Infinity
 * and starts[n] is +Infinity; the first and last offsets extend beyond the span, so only
 * instants inside the span are exact.
 */
export interface ZoneTimeline {
  readonly zone: string;
  readonly starts: Float64Array;
  readonly offsets: Int32Array;
  readonly minOffset: number;
  readonly maxOffset: number;
}

// Memo of a pure function, keyed by whole UTC days so every request on the same day shares it:
// a Luxon offset lookup costs ~5 µs (Intl formatting), a cached timeline costs nothing.
const cache = new Map<string, ZoneTimeline>();
const CACHE_LIMIT = 512;

/** The timeline of `zone` covering at least epoch minutes [fromMin, toMin], padded by a day each side. */
export function zoneTimeline(zone: string, fromMin: number, toMin: number): ZoneTimeline {
  const fromDay = Math.floor(fromMin / MINUTES_PER_DAY) - 1;
  const toDay = Math.ceil(toMin / MINUTES_PER_DAY) + 1;
  const key = `${zone}|${fromDay}|${toDay}`;
  let timeline = cache.get(key);
  if (!timeline) {
    timeline = buildTimeline(zone, fromDay, toDay);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, timeline);
  }
  return timeline;
}

/** For tests that must prove results are recomputed, e.g. under another process TZ. */
export function clearZoneTimelineCache(): void {
  cache.clear();
}

/**
 * Samples the offset (from Luxon's tz data) at each UTC midnight and binary-searches each change
 * to the minute: ~1 lookup per day plus ~11 per transition. Assumes a zone does not change and
 * change back within one day, which holds for all current rules.
 */
function buildTimeline(zone: string, fromDay: number, toDay: number): ZoneTimeline {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  // Historic local mean times have second offsets; whole minutes are exact for modern rules.
  const offsetAt = (minute: number): number => Math.round(iana.offset(minute * MS_PER_MINUTE));
  const starts: number[] = [-Infinity];
  const offsets: number[] = [offsetAt(fromDay * MINUTES_PER_DAY)];
  for (let day = fromDay; day < toDay; day++) {
    const prev = offsets[offsets.length - 1]!;
    const next = offsetAt((day + 1) * MINUTES_PER_DAY);
    if (next === prev) continue;
    let lo = day * MINUTES_PER_DAY; // still at prev
    let hi = (day + 1) * MINUTES_PER_DAY; // already at next
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === prev) lo = mid;
      else hi = mid;
    }
    starts.push(hi);
    offsets.push(next);
  }
  starts.push(Infinity);
  return {
    zone,
    starts: Float64Array.from(starts),
    offsets: Int32Array.from(offsets),
    minOffset: Math.min(...offsets),
    maxOffset: Math.max(...offsets),
  };
}
