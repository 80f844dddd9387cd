import type { Intervals } from './types';

/**
 * The instants in a but not in b (sorted and merged, like its inputs). One pass over both typed
 * arrays: b's pointer only moves forward because a's pieces are sorted.
 */
export function subtractIntervals(a: Intervals, b: Intervals): Intervals {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return a;
  // Each piece of b can split at most one piece of a in two, so na + nb bounds the output.
  const out = new Int32Array(na + nb);
  let n = 0;
  let j = 0;
  for (let i = 0; i < na; i += 2) {
    let s = a[i]!;
    const e = a[i + 1]!;
    while (j < nb && b[j + 1]! <= s) j += 2;
    let k = j;
    while (s < e) {
      if (k >= nb || b[k]! >= e) {
        out[n++] = s;
        out[n++] = e;
        break;
      }
      if (b[k]! > s) {
        out[n++] = s;
        out[n++] = b[k]!;
      }
      s = b[k + 1]!;
      k += 2;
    }
  }
  return out.slice(0, n);
}
