import tQuantile from "@stdlib/stats-base-dists-t-quantile";

export interface GroupSummary {
  n: number;
  /** null when the group is empty. */
  mean: number | null;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
}

export interface MeanComparison {
  local: GroupSummary;
  distance: GroupSummary;
  /** distance − local; null when either group is empty. */
  difference: number | null;
  /** Welch–Satterthwaite degrees of freedom; null when either n < 2 or both groups have zero variance. */
  df: number | null;
  /** Welch's interval for the difference; null when either n < 2. */
  ci: [number, number] | null;
  /** difference / local mean ("35 % more minutes"); null when it has no meaning (empty group, local mean 0). */
  relative: number | null;
}

function checkValues(xs: readonly number[], name: string): void {
  if (!xs.every(Number.isFinite))
    throw new RangeError(`${name} holds a value that is not a finite number`);
}

export function summarize(xs: readonly number[]): GroupSummary {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { n, mean, sd: null };
  // Two passes: subtracting the mean first keeps the sum of squares from cancelling.
  const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { n, mean, sd: Math.sqrt(ss / (n - 1)) };
}

/**
 * Compares distance pairs with local pairs by Welch's t interval, which does not
 * assume equal variances: the groups differ in size and spread in real programs.
 */
export function compareMeans(
  local: readonly number[],
  distance: readonly number[],
  confidence = 0.95,
): MeanComparison {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError("confidence must lie strictly between 0 and 1");
  checkValues(local, "local");
  checkValues(distance, "distance");
  const l = summarize(local);
  const d = summarize(distance);
  const difference =
    l.mean === null || d.mean === null ? null : d.mean - l.mean;
  const relative = difference === null || !l.mean ? null : difference / l.mean;
  if (difference === null || l.sd === null || d.sd === null)
    return { local: l, distance: d, difference, df: null, ci: null, relative };

  // Standard errors of the two means; hypot and the ratio below keep tiny or huge
  // spreads from underflowing or overflowing when squared.
  const el = l.sd / Math.sqrt(l.n);
  const ed = d.sd / Math.sqrt(d.n);
  const se = Math.hypot(el, ed);
  // With no spread on either side there is nothing to be uncertain about.
  if (se === 0)
    return {
      local: l,
      distance: d,
      difference,
      df: null,
      ci: [difference, difference],
      relative,
    };
  const wl = (el / se) ** 2;
  const wd = (ed / se) ** 2;
  // Welch–Satterthwaite, with both variances divided by their sum (wl + wd = 1).
  const df = 1 / (wl ** 2 / (l.n - 1) + wd ** 2 / (d.n - 1));
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  return {
    local: l,
    distance: d,
    difference,
    df,
    ci: [difference - half, difference + half],
    relative,
  };
}

/** Middle value (mean of the two middle ones for an even count); null when empty. */
export function median(xs: readonly number[]): number | null {
  checkValues(xs, "values");
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Share of requests matched within `limit` days. `total` counts every request,
 * matched or not, so requests still waiting lower the share; it defaults to the
 * matched ones alone. null when there is nothing to count.
 */
export function shareWithin(
  days: readonly number[],
  limit: number,
  total = days.length,
): number | null {
  checkValues(days, "days");
  if (!Number.isInteger(total) || total < days.length)
    throw new RangeError(
      "total must be a whole number no smaller than the matched count",
    );
  if (total === 0) return null;
  return days.filter((x) => x <= limit).length / total;
}
