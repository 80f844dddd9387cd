import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectIntervals, totalMinutes } from './intervals';
import { subtractIntervals } from './subtract';
import { list } from './test-helpers';
import type { Intervals } from './types';

const I = (...xs: number[]): Intervals => Int32Array.from(xs);

const intervalsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 30 })
  .map((xs) => {
    const sorted = xs.sort((p, q) => p - q);
    return Int32Array.from(sorted.length % 2 ? sorted.slice(1) : sorted);
  });

function covers(x: Intervals, m: number): boolean {
  for (let k = 0; k < x.length; k += 2) if (x[k]! <= m && m < x[k + 1]!) return true;
  return false;
}

describe('subtractIntervals', () => {
  it('cuts holes, trims edges and drops covered pieces', () => {
    expect(list(subtractIntervals(I(0, 100), I(10, 20, 30, 40)))).toEqual([0, 10, 20, 30, 40, 100]);
    expect(list(subtractIntervals(I(0, 10, 20, 30, 40, 50), I(5, 25, 45, 60)))).toEqual([0, 5, 25, 30, 40, 45]);
    expect(list(subtractIntervals(I(0, 10), I(0, 10)))).toEqual([]);
    expect(list(subtractIntervals(I(0, 10), I(10, 20)))).toEqual([0, 10]);
    expect(list(subtractIntervals(I(), I(1, 2)))).toEqual([]);
    expect(list(subtractIntervals(I(1, 2), I()))).toEqual([1, 2]);
  });

  it('keeps exactly the minutes of a not in b, and |a − b| + |a ∩ b| = |a|', () => {
    fc.assert(
      fc.property(intervalsArb, intervalsArb, (a, b) => {
        const d = subtractIntervals(a, b);
        for (let k = 0; k < d.length; k += 2) expect(d[k]! < d[k + 1]! && (k === 0 || d[k - 1]! < d[k]!)).toBe(true);
        for (let m = 0; m <= 300; m++) expect(covers(d, m)).toBe(covers(a, m) && !covers(b, m));
        expect(totalMinutes(d) + totalMinutes(intersectIntervals(a, b))).toBe(totalMinutes(a));
      }),
    );
  });
});
