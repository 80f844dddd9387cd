import { zoneSpans } from '../time/schedule';
import type { Schedule } from '../time/types';
import { canonicalZone } from '../time/windows';
import { zoneTimeline } from '../time/zone-timeline';

/**
 * A person's own clock over a span, travel included: segment k covers epoch minutes
 * [starts[k], starts[k + 1]) at offsets[k] minutes east of UTC (starts[0] = -Infinity, the last
 * start +Infinity; like ZoneTimeline, only instants inside the span are exact).
 */
export interface LocalClock {
  readonly starts: Float64Array;
  readonly offsets: Int32Array;
}

/** The clock of a schedule's owner over epoch minutes [fromMin, toMin): zone spans joined with each zone's offsets. */
export function localClock(s: Pick<Schedule, 'timeZone' | 'travel'>, fromMin: number, toMin: number): LocalClock {
  const spans = zoneSpans(s, fromMin, Math.max(toMin, fromMin + 1));
  const starts: number[] = [];
  const offsets: number[] = [];
  spans.forEach((span, i) => {
    const tl = zoneTimeline(canonicalZone(span.zone), fromMin, toMin);
    // The first and last spans reach past the range, as the timelines themselves do.
    const from = i === 0 ? -Infinity : span.from;
    const to = i === spans.length - 1 ? Infinity : span.to;
    for (let k = 0; k < tl.offsets.length; k++) {
      const s0 = Math.max(tl.starts[k]!, from);
      if (!(s0 < Math.min(tl.starts[k + 1]!, to))) continue;
      if (offsets[offsets.length - 1] === tl.offsets[k]) continue;
      starts.push(s0);
      offsets.push(tl.offsets[k]!);
    }
  });
  starts.push(Infinity);
  return { starts: Float64Array.from(starts), offsets: Int32Array.from(offsets) };
}

/** Index of the clock segment holding minute t (binary search). */
export function segmentAt(clock: LocalClock, t: number): number {
  let lo = 0;
  let hi = clock.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clock.starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
