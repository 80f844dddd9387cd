import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareMeans, median, shareWithin, summarize } from "./index";

// R's `sleep` data; t.test(extra ~ group, data = sleep) prints the Welch result
// t = -1.8608, df = 17.776, 95 % CI -3.3654832 0.2054832 for group 1 − group 2.
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

const spread = (n: number): number[] =>
  Array.from({ length: n }, (_, i) => (i * 7) % 5);

describe("compareMeans", () => {
  it("reproduces the published Welch interval for the sleep data", () => {
    const r = compareMeans(SLEEP_2, SLEEP_1);
    expect(r.local.mean).toBeCloseTo(2.33, 10);
    expect(r.distance.mean).toBeCloseTo(0.75, 10);
    expect(r.difference).toBeCloseTo(-1.58, 10);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.ci![0]).toBeCloseTo(-3.3654832, 6);
    expect(r.ci![1]).toBeCloseTo(0.2054832, 6);
    expect(r.relative).toBeCloseTo(-1.58 / 2.33, 10);
  });

  // Equal n and equal spread make Welch's df exactly 2(n − 1), so the half-width
  // over the standard error is the t table value for that df.
  it.each([
    [6, 10, 2.228],
    [16, 30, 2.042],
    [501, 1000, 1.962],
  ])(
    "uses the Student t quantile: n = %i per group, df = %i, t(0.975) = %f",
    (n, df, t) => {
      const sample = spread(n);
      const r = compareMeans(
        sample,
        sample.map((x) => x + 1),
      );
      expect(r.df).toBeCloseTo(df, 9);
      const se = summarize(sample).sd! * Math.sqrt(2 / n);
      expect((r.ci![1] - r.difference!) / se).toBeCloseTo(t, 3);
    },
  );

  it("has no interval when a group has fewer than two values", () => {
    const one = compareMeans([4], [3, 5]);
    expect(one).toMatchObject({
      difference: 0,
      ci: null,
      df: null,
      relative: 0,
    });
    expect(one.local).toEqual({ n: 1, mean: 4, sd: null });
    const empty = compareMeans([], [3, 5]);
    expect(empty).toMatchObject({ difference: null, ci: null, relative: null });
    expect(empty.local).toEqual({ n: 0, mean: null, sd: null });
  });

  it("collapses the interval onto the difference when neither group varies", () => {
    expect(compareMeans([4, 4, 4], [5, 5])).toMatchObject({
      difference: 1,
      ci: [1, 1],
      df: null,
      relative: 0.25,
    });
  });

  it("uses the varying group alone when the other has zero variance", () => {
    const r = compareMeans([4, 4, 4], [3, 5]);
    expect(r.df).toBeCloseTo(1, 12);
    expect(r.ci![1]).toBeCloseTo(12.706 * 1, 3); // t(0.975, 1) × sd √2 / √2
  });

  it("has no relative change against a local mean of zero", () => {
    expect(compareMeans([-1, 1], [2, 3]).relative).toBeNull();
  });

  it("rejects a confidence outside (0, 1) and values that are not finite", () => {
    expect(() => compareMeans([1, 2], [1, 2], 1)).toThrow(RangeError);
    expect(() => compareMeans([1, 2], [1, 2], 0)).toThrow(RangeError);
    expect(() => compareMeans([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });

  const sample = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
    minLength: 2,
    maxLength: 40,
  });

  it("always holds the difference, and widens from 95 % to 99 %", () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const r95 = compareMeans(a, b);
        const r99 = compareMeans(a, b, 0.99);
        const [lo, hi] = r95.ci!;
        expect(lo).toBeLessThanOrEqual(r95.difference!);
        expect(hi).toBeGreaterThanOrEqual(r95.difference!);
        expect(r99.ci![1] - r99.ci![0]).toBeGreaterThanOrEqual(hi - lo);
      }),
    );
  });

  it("negates the interval when the groups swap", () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = compareMeans(a, b).ci!;
        const ba = compareMeans(b, a).ci!;
        const tol = 1e-9 * (1 + Math.abs(ab[0]) + Math.abs(ab[1]));
        expect(Math.abs(ab[0] + ba[1])).toBeLessThanOrEqual(tol);
        expect(Math.abs(ab[1] + ba[0])).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

describe("time to match", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([9, 2, 5])).toBe(5);
    expect(median([9, 2, 5, 4])).toBe(4.5);
    expect(median([])).toBeNull();
  });

  it("counts matches within the limit, the limit day included", () => {
    expect(shareWithin([3, 14, 15, 30], 14)).toBe(0.5);
    expect(shareWithin([], 14)).toBeNull();
  });

  it("lets requests still waiting count against the share", () => {
    expect(shareWithin([3, 14, 15, 30], 14, 8)).toBe(0.25);
    expect(shareWithin([], 14, 5)).toBe(0);
    expect(() => shareWithin([1, 2], 14, 1)).toThrow(RangeError);
  });
});
