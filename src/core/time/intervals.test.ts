import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectIntervals, mergeIntervals, overlapMinutes, totalMinutes, unionIntervals } from './intervals';
import { list } from './test-helpers';
import type { Intervals } from './types';

const I = (...xs: number[]): Intervals => Int32Array.from(xs);

/** Valid Intervals: strictly increasing boundaries, paired up. */
const intervalsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 })
  .map((xs) => {
    const sorted = xs.sort((p, q) => p - q);
    return Int32Array.from(sorted.length % 2 ? sorted.slice(1) : sorted);
  });

function isValid(x: Intervals): boolean {
  for (let k = 0; k < x.length; k += 2) if (!(x[k]! < x[k + 1]!) || (k > 0 && !(x[k - 1]! < x[k]!))) return false;
  return true;
}

describe('interval operations', () => {
  it('intersect, overlap and total on examples', () => {
    const a = I(0, 10, 20, 30, 40, 50);
    const b = I(5, 25, 30, 45);
    expect(list(intersectIntervals(a, b))).toEqual([5, 10, 20, 25, 40, 45]);
    expect(overlapMinutes(a, b)).toBe(15);
    expect(totalMinutes(a)).toBe(30);
    expect(intersectIntervals(a, I())).toHaveLength(0);
    expect(list(intersectIntervals(I(0, 10), I(10, 20)))).toEqual([]);
  });

  it('mergeIntervals sorts, joins touching and overlapping pieces, drops empty ones', () => {
    expect(list(mergeIntervals([30, 40, 0, 10, 10, 15, 12, 14, 50, 50, 39, 45]))).toEqual([0, 15, 30, 45]);
    expect(list(unionIntervals(I(0, 5), I(5, 8, 9, 10)))).toEqual([0, 8, 9, 10]);
  });

  it('intersection is symmetric, idempotent, valid and no larger than either side', () => {
    fc.assert(
      fc.property(intervalsArb, intervalsArb, (a, b) => {
        const ab = intersectIntervals(a, b);
        expect(isValid(ab)).toBe(true);
        expect(list(intersectIntervals(b, a))).toEqual(list(ab));
        expect(list(intersectIntervals(ab, b))).toEqual(list(ab));
        expect(list(intersectIntervals(a, a))).toEqual(list(a));
        expect(totalMinutes(ab)).toBeLessThanOrEqual(Math.min(totalMinutes(a), totalMinutes(b)));
        expect(overlapMinutes(a, b)).toBe(totalMinutes(ab));
      }),
    );
  });

  it('union and intersection add up: |a ∪ b| + |a ∩ b| = |a| + |b|', () => {
    fc.assert(
      fc.property(intervalsArb, intervalsArb, (a, b) => {
        const u = unionIntervals(a, b);
        expect(isValid(u)).toBe(true);
        expect(totalMinutes(u) + overlapMinutes(a, b)).toBe(totalMinutes(a) + totalMinutes(b));
      }),
    );
  });
});
