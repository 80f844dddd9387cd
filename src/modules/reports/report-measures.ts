import { compareMeans, DISTANCE_CLASSES, distanceGroup, summarize } from '../../core/reports';
import type { DistanceClass } from '../../db/schema';
import type { MeasureView } from './report.schemas';
import { MEASURE_KEYS } from './report.schemas';

// Per-pair measures and how they compare between local and distance pairs (decision 0012).

const DAY_MS = 86_400_000;
/** The average month (365.25 / 12 days). */
export const DAYS_PER_MONTH = 30.44;
/**
 * Rates are per month active in the range, counted as at least one month, so a pair that started
 * last week and met once is not reported as meeting four times a month.
 */
export const MIN_MONTHS = 1;
export const CONFIDENCE = 0.95;

export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface PairFacts {
  id: string;
  distanceClass: DistanceClass;
  months: number;
  meetings: number;
  /** Held meetings' minutes plus logged minutes and preparation. */
  minutes: number;
  satisfaction: number | null;
  goodFit: number | null;
  recommend: number | null;
}

/** Months a pair was active within the range and up to now, at least MIN_MONTHS. */
export function monthsActive(pair: { started_at: string; ended_at: string | null }, range: { fromAt: string; toBefore: string }, now: Date): number {
  const start = Math.max(Date.parse(pair.started_at), Date.parse(range.fromAt));
  const end = Math.min(pair.ended_at ? Date.parse(pair.ended_at) : Infinity, Date.parse(range.toBefore), now.getTime());
  return Math.max(MIN_MONTHS, (end - start) / DAY_MS / DAYS_PER_MONTH);
}

/** Each pair's measures from the per-pair sums; pairs without survey answers have no value for those measures. */
export function pairFactsOf(
  pairs: { id: string; distance_class: DistanceClass; started_at: string; ended_at: string | null }[],
  o: {
    range: { fromAt: string; toBefore: string };
    now: Date;
    held: { partnershipId: string; meetings: number }[];
    contact: { partnershipId: string; minutes: number; preparation: number }[];
    answers: { partnershipId: string; measure: string; mean: number }[];
  },
): PairFacts[] {
  const facts = new Map<string, PairFacts>(
    pairs.map((p) => [
      p.id,
      { id: p.id, distanceClass: p.distance_class, months: monthsActive(p, o.range, o.now), meetings: 0, minutes: 0, satisfaction: null, goodFit: null, recommend: null },
    ]),
  );
  for (const h of o.held) {
    const f = facts.get(h.partnershipId);
    if (f) f.meetings = h.meetings;
  }
  for (const e of o.contact) {
    const f = facts.get(e.partnershipId);
    if (f) f.minutes += e.minutes + e.preparation;
  }
  for (const a of o.answers) {
    const f = facts.get(a.partnershipId);
    if (!f) continue;
    if (a.measure === 'satisfaction') f.satisfaction = a.mean;
    else if (a.measure === 'fit') f.goodFit = a.mean;
    else if (a.measure === 'recommend') f.recommend = a.mean;
  }
  return [...facts.values()];
}

function valueOf(p: PairFacts, key: MeasureKey): number | null {
  switch (key) {
    case 'meetingsPerMonth':
      return p.meetings / p.months;
    case 'minutesPerMonth':
      return p.minutes / p.months;
    case 'satisfaction':
      return p.satisfaction;
    case 'goodFit':
      return p.goodFit;
    case 'recommend':
      return p.recommend;
  }
}

const stat = (xs: number[]) => {
  const s = summarize(xs);
  return { pairs: s.n, mean: s.mean };
};

/** One measure over the pairs that have a value for it: overall, per class, local against distance. */
export function measureOf(key: MeasureKey, pairs: PairFacts[]): MeasureView {
  const values = pairs.flatMap((p) => {
    const v = valueOf(p, key);
    return v === null ? [] : [{ v, c: p.distanceClass }];
  });
  const local = values.filter((x) => distanceGroup(x.c) === 'local').map((x) => x.v);
  const distance = values.filter((x) => distanceGroup(x.c) === 'distance').map((x) => x.v);
  const cmp = compareMeans(local, distance, CONFIDENCE);
  return {
    key,
    overall: stat(values.map((x) => x.v)),
    byClass: DISTANCE_CLASSES.map(({ distanceClass }) => ({
      distanceClass,
      ...stat(values.filter((x) => x.c === distanceClass).map((x) => x.v)),
    })),
    local: stat(local),
    distance: stat(distance),
    difference:
      cmp.ci && cmp.difference !== null
        ? { estimate: cmp.difference, low: cmp.ci[0], high: cmp.ci[1], confidence: CONFIDENCE, relative: cmp.relative }
        : null,
  };
}

export const measuresOf = (pairs: PairFacts[]): MeasureView[] => MEASURE_KEYS.map((k) => measureOf(k, pairs));
