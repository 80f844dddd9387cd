import { intersectIntervals } from './intervals';
import { localPieces } from './summary';
import { MINUTES_PER_DAY, type Intervals, type Weekday } from './types';

/** One local day of a week band: each side's time and the shared time, as [start, end) minutes of the viewer's day. */
export interface BandDay {
  weekday: Weekday;
  mine: [number, number][];
  theirs: [number, number][];
  shared: [number, number][];
}

function clip(x: Intervals, from: number, to: number): Intervals {
  const out: number[] = [];
  for (let k = 0; k < x.length; k += 2) {
    const s = Math.max(x[k]!, from);
    const e = Math.min(x[k + 1]!, to);
    if (s < e) out.push(s, e);
  }
  return Int32Array.from(out);
}

function byWeekday(x: Intervals, zone: string, firstDay: number): Map<Weekday, [number, number][]> {
  const days = new Map<Weekday, [number, number][]>();
  for (const p of localPieces(x, zone)) {
    if (p.day < firstDay || p.day >= firstDay + 7) continue;
    days.set(p.weekday, [...(days.get(p.weekday) ?? []), [p.start, p.end]]);
  }
  return days;
}

/**
 * A 24-hour band for each day of the first whole local week (in the viewer's zone)
 * after `fromMinute`: both people's working hours and their overlap, from the
 * same expanded intervals the scores use. Days run Monday to Sunday.
 */
export function weekBand(mine: Intervals, theirs: Intervals, viewerZone: string, fromMinute: number): BandDay[] {
  // Start at the second local midnight after the horizon start, so all seven days are whole.
  const probe = localPieces(Int32Array.from([fromMinute, fromMinute + 2 * MINUTES_PER_DAY]), viewerZone);
  const firstDay = probe[1]?.day ?? probe[0]!.day + 1;
  const from = fromMinute;
  const to = fromMinute + 9 * MINUTES_PER_DAY;
  const a = clip(mine, from, to);
  const b = clip(theirs, from, to);
  const m = byWeekday(a, viewerZone, firstDay);
  const t = byWeekday(b, viewerZone, firstDay);
  const s = byWeekday(intersectIntervals(a, b), viewerZone, firstDay);
  return ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((weekday) => ({
    weekday,
    mine: m.get(weekday) ?? [],
    theirs: t.get(weekday) ?? [],
    shared: s.get(weekday) ?? [],
  }));
}
