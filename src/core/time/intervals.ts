import type { Intervals } from './types';

// All functions here assume their inputs honour the Intervals contract (sorted, merged,
// non-empty pieces) and run in one pass over the typed arrays without per-element allocation.

/** The instants in both a and b (sorted and merged, like its inputs). */
export function intersectIntervals(a: Intervals, b: Intervals): Intervals {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return new Int32Array(0);
  const out = new Int32Array(na + nb);
  let n = 0;
  let i = 0;
  let j = 0;
  // The current piece of each side stays in locals; the side whose piece ends first moves on.
  let as = a[0]!;
  let ae = a[1]!;
  let bs = b[0]!;
  let be = b[1]!;
  for (;;) {
    const s = as > bs ? as : bs;
    if (ae < be) {
      if (s < ae) {
        out[n++] = s;
        out[n++] = ae;
      }
      if ((i += 2) >= na) break;
      as = a[i]!;
      ae = a[i + 1]!;
    } else {
      if (s < be) {
        out[n++] = s;
        out[n++] = be;
      }
      if ((j += 2) >= nb) break;
      bs = b[j]!;
      be = b[j + 1]!;
    }
  }
  return out.slice(0, n);
}

/** totalMinutes(intersectIntervals(a, b)) without building the intersection: the scoring hot path. */
export function overlapMinutes(a: Intervals, b: Intervals): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return 0;
  let total = 0;
  let i = 0;
  let j = 0;
  let as = a[0]!;
  let ae = a[1]!;
  let bs = b[0]!;
  let be = b[1]!;
  for (;;) {
    const s = as > bs ? as : bs;
    if (ae < be) {
      if (s < ae) total += ae - s;
      if ((i += 2) >= na) break;
      as = a[i]!;
      ae = a[i + 1]!;
    } else {
      if (s < be) total += be - s;
      if ((j += 2) >= nb) break;
      bs = b[j]!;
      be = b[j + 1]!;
    }
  }
  return total;
}

export function totalMinutes(x: Intervals): number {
  let total = 0;
  for (let k = 0; k < x.length; k += 2) total += x[k + 1]! - x[k]!;
  return total;
}

/**
 * Any list of [start, end) pairs (unsorted, overlapping, touching, empty) as Intervals.
 * Reads `length` numbers of `pairs`; pieces that touch are joined.
 */
export function mergeIntervals(pairs: ArrayLike<number>, length = pairs.length): Intervals {
  const count = length >> 1;
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((x, y) => pairs[2 * x]! - pairs[2 * y]!);
  const out = new Int32Array(count * 2);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const s = pairs[2 * order[k]!]!;
    const e = pairs[2 * order[k]! + 1]!;
    if (e <= s) continue;
    if (n > 0 && s <= out[n - 1]!) {
      if (e > out[n - 1]!) out[n - 1] = e;
    } else {
      out[n++] = s;
      out[n++] = e;
    }
  }
  return out.slice(0, n);
}

/** The instants in a or b. */
export function unionIntervals(a: Intervals, b: Intervals): Intervals {
  const both = new Int32Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return mergeIntervals(both);
}
