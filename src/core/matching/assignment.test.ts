import fc from 'fast-check';
import munkres from 'munkres';
import { describe, expect, it } from 'vitest';
import { type AssignmentProblem, type AssignmentResult, type Certificate, type SolverOptions, solveAssignment, solveWithCertificate } from './assignment';
import { scaledScore } from './assignment-input';
import { bruteForceOptimum, expandToCostMatrix, optimumOfExpanded } from './assignment-oracles';

const X = NaN;

function problem(scores: number[][], capacities: number[], extra: Partial<AssignmentProblem> = {}): AssignmentProblem {
  return {
    mentees: scores.length,
    mentors: capacities.length,
    capacities,
    scores: Float32Array.from(scores.flat()),
    mode: 'best-total',
    ...extra,
  };
}

/** Feasibility: pins kept, capacities respected, no forbidden pair, totals consistent. */
function expectValid(p: AssignmentProblem, result: AssignmentResult): void {
  const load = new Array<number>(p.mentors).fill(0);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < p.mentees; i++) {
    const j = result.assignment[i]!;
    if (j === -1) continue;
    expect(j).toBeGreaterThanOrEqual(0);
    expect(j).toBeLessThan(p.mentors);
    expect(Number.isNaN(p.scores[i * p.mentors + j]!)).toBe(false);
    load[j]!++;
    matched++;
    total += p.scores[i * p.mentors + j]!;
  }
  for (let j = 0; j < p.mentors; j++) expect(load[j]).toBeLessThanOrEqual(p.capacities[j]!);
  for (const [i, j] of p.pinned ?? []) expect(result.assignment[i]).toBe(j);
  expect(result.matched).toBe(matched);
  expect(result.total).toBeCloseTo(total, 6);
  expect(result.proof.maxReducedValue).toBeLessThanOrEqual(1e-6);
}

/** Checks the dual certificate independently: feasibility on every allowed pair and zero gap. */
function expectCertificate(p: AssignmentProblem, result: AssignmentResult, cert: Certificate): void {
  const seats = Array.from({ length: p.mentors }, (_, j) => p.capacities[j]!);
  for (const [, j] of p.pinned ?? []) seats[j]!--;
  const pinned = new Set((p.pinned ?? []).map(([i]) => i));
  let dual = 0;
  let primal = 0;
  for (let j = 0; j < p.mentors; j++) {
    if (seats[j] === 0) continue;
    expect(cert.mentorDual[j]).toBeGreaterThanOrEqual(0);
    dual += seats[j]! * cert.mentorDual[j]!;
  }
  // Counted rather than asserted pair by pair: medium instances have close to a million pairs.
  let negative = 0;
  let violated = 0;
  for (let i = 0; i < p.mentees; i++) {
    if (pinned.has(i)) continue;
    const u = cert.menteeDual[i]!;
    if (!(u >= 0)) negative++;
    dual += u;
    for (let j = 0; j < p.mentors; j++) {
      const s = p.scores[i * p.mentors + j]!;
      if (Number.isNaN(s) || seats[j] === 0) continue;
      if (scaledScore(s) + cert.bonus > u + cert.mentorDual[j]!) violated++;
    }
    const j = result.assignment[i]!;
    if (j !== -1) primal += scaledScore(p.scores[i * p.mentors + j]!) + cert.bonus;
  }
  expect({ negative, violated }).toEqual({ negative: 0, violated: 0 });
  expect(dual).toBe(primal);
}

function scaledTotal(p: AssignmentProblem, result: AssignmentResult): number {
  let total = 0;
  result.assignment.forEach((j, i) => {
    if (j !== -1) total += scaledScore(p.scores[i * p.mentors + j]!);
  });
  return total;
}

describe('solveAssignment examples', () => {
  it('gives a mentor with two seats the two best mentees', () => {
    const result = solveAssignment(problem([[10], [90], [50]], [2]));
    expect(Array.from(result.assignment)).toEqual([-1, 0, 0]);
    expect(result.total).toBe(140);
    expect(result.matched).toBe(2);
  });

  it('never uses a forbidden pair, even when it would raise the total', () => {
    const p = problem([[60, X], [70, 5]], [1, 1]);
    const result = solveAssignment(p);
    expect(Array.from(result.assignment)).toEqual([-1, 0]);
    expect(result.total).toBe(70);
  });

  it('leaves a mentee whose every pair is forbidden unmatched', () => {
    const result = solveAssignment(problem([[X, X], [40, 30]], [1, 1]));
    expect(result.assignment[0]).toBe(-1);
    expect(result.assignment[1]).toBe(0);
  });

  it('gives a zero-capacity mentor nobody', () => {
    const result = solveAssignment(problem([[100, 20], [100, 10]], [0, 1]));
    expect(Array.from(result.assignment)).toEqual([1, -1]);
    expect(result.total).toBe(20);
  });

  it("prefers one 100 in 'best-total' but two matches at 45 + 45 in 'most-matched'", () => {
    const scores = [[100, 45], [45, X]];
    const best = solveAssignment(problem(scores, [1, 1]));
    expect(best.matched).toBe(1);
    expect(best.total).toBe(100);
    const most = solveAssignment(problem(scores, [1, 1], { mode: 'most-matched' }));
    expect(Array.from(most.assignment)).toEqual([1, 0]);
    expect(most.total).toBe(90);
  });

  it('keeps a pinned pair even when it lowers the total', () => {
    const result = solveAssignment(problem([[100, 45], [45, X]], [1, 1], { pinned: [[0, 1]] }));
    expect(Array.from(result.assignment)).toEqual([1, 0]);
    expect(result.total).toBe(90);
  });

  it('handles no mentees, no mentors and no seats', () => {
    expect(solveAssignment(problem([], [1, 2])).matched).toBe(0);
    expect(Array.from(solveAssignment(problem([[], []], [])).assignment)).toEqual([-1, -1]);
    expect(solveAssignment(problem([[50, 60]], [0, 0])).matched).toBe(0);
  });

  it.each([
    [[[0, 1], [0, 0]] as const, /pinned more than once/],
    [[[0, 1], [1, 1]] as const, /capacity of mentor 1/],
    [[[1, 0]] as const, /forbidden/],
    [[[2, 0]] as const, /out of range/],
    [[[0, 3]] as const, /out of range/],
  ])('rejects invalid pins %j', (pinned, message) => {
    const p = problem([[50, 60, 10], [X, 20, 30]], [1, 1, 1], { pinned: pinned.map(([i, j]) => [i, j] as const) });
    expect(() => solveAssignment(p)).toThrow(message);
  });

  it('rejects malformed input', () => {
    expect(() => solveAssignment({ ...problem([[1, 2]], [1, 1]), scores: new Float32Array(3) })).toThrow(/scores has 3 entries/);
    expect(() => solveAssignment(problem([[1, 2]], [1, 1.5]))).toThrow(/capacity of mentor 1/);
    expect(() => solveAssignment(problem([[1, 2]], [1, -1]))).toThrow(/capacity of mentor 1/);
    expect(() => solveAssignment(problem([[1, 200]], [1, 1]))).toThrow(/within 0..100/);
    expect(() => solveAssignment(problem([[-1, 2]], [1, 1]))).toThrow(/within 0..100/);
  });
});

const SCORES = [X, X, 0, 10, 25, 50, 50, 75, 99.5, 100];

/** Small instances with many ties, forbidden pairs, whole rows forbidden and (maybe) valid pins. */
const smallProblem = fc
  .record({
    mentees: fc.integer({ min: 1, max: 7 }),
    mentors: fc.integer({ min: 1, max: 4 }),
    mode: fc.constantFrom<AssignmentProblem['mode']>('best-total', 'most-matched'),
    seed: fc.array(fc.integer({ min: 0, max: SCORES.length - 1 }), { minLength: 28, maxLength: 28 }),
    rowKinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    pins: fc.array(fc.tuple(fc.nat(6), fc.nat(3)), { maxLength: 2 }),
  })
  .map(({ mentees, mentors, mode, seed, rowKinds, capacities, pins }): AssignmentProblem => {
    // A quarter of the rows are entirely forbidden.
    const scores = new Float32Array(mentees * mentors);
    for (let k = 0; k < scores.length; k++) scores[k] = rowKinds[Math.floor(k / mentors)] === 0 ? NaN : SCORES[seed[k]!]!;
    const caps = capacities.slice(0, mentors);
    const left = [...caps];
    const pinned: Array<readonly [number, number]> = [];
    for (const [i, j] of pins) {
      if (i >= mentees || j >= mentors || Number.isNaN(scores[i * mentors + j]!) || left[j]! === 0) continue;
      if (pinned.some(([pi]) => pi === i)) continue;
      left[j]!--;
      pinned.push([i, j]);
    }
    return { mentees, mentors, capacities: caps, scores, mode, pinned };
  });

const TINY: SolverOptions = { candidatesPerMentee: 1, candidatesPerMentor: 0, candidatesPerSeat: 0, violatorsPerMentee: 1, nearMissMargin: 0 };
/** Every path through the solver: mentor-side flow or auction first, re-routing or restarting. */
const VARIANTS: Array<[string, SolverOptions]> = [
  ['default options', {}],
  ['one candidate each, re-routing violators (mentor-side start)', { ...TINY, scarceSeatShare: Infinity, restartShare: Infinity }],
  ['one candidate each, re-routing violators (auction start)', { ...TINY, scarceSeatShare: 0, restartShare: Infinity }],
  ['one candidate each, restarting on violators', { ...TINY, restartShare: 0 }],
];

describe('solveAssignment properties', () => {
  it.each(VARIANTS)('matches exhaustive search, stays feasible and proves it (%s)', (_, options) => {
    fc.assert(
      fc.property(smallProblem, (p) => {
        const { result, certificate } = solveWithCertificate(p, options);
        expectValid(p, result);
        expectCertificate(p, result, certificate);
        const best = bruteForceOptimum(p);
        expect(scaledTotal(p, result)).toBe(best.total);
        if (p.mode === 'most-matched') expect(result.matched).toBe(best.matched);
      }),
      { numRuns: 300 },
    );
  });

  it.each(VARIANTS)('agrees with the munkres package on capacity-expanded 30 × 10 instances (%s)', (_, options) => {
    const medium = fc.record({
      mode: fc.constantFrom<AssignmentProblem['mode']>('best-total', 'most-matched'),
      scores: fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 1000 }).map((v) => v / 10)), {
        minLength: 300,
        maxLength: 300,
      }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }),
    });
    fc.assert(
      fc.property(medium, ({ mode, scores, capacities }) => {
        const p: AssignmentProblem = { mentees: 30, mentors: 10, capacities, scores: Float32Array.from(scores), mode };
        const { result, certificate } = solveWithCertificate(p, options);
        expectValid(p, result);
        expectCertificate(p, result, certificate);
        const { cost, seatMentor } = expandToCostMatrix(p, certificate.bonus);
        const reference = optimumOfExpanded(p, seatMentor, munkres(cost));
        expect(scaledTotal(p, result)).toBe(reference.total);
        expect(result.matched).toBe(reference.matched);
      }),
      { numRuns: 40 },
    );
  });
});

/** Deterministic PRNG for the medium instances (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('solveAssignment on medium instances', () => {
  it('agrees with munkres when seats outnumber mentees (auction start, then exact flow)', () => {
    const rnd = prng(7);
    const mentees = 240;
    const mentors = 60;
    const capacities = Array.from({ length: mentors }, () => 3 + Math.floor(rnd() * 4));
    const popularity = Array.from({ length: mentors }, () => rnd());
    const scores = Float32Array.from({ length: mentees * mentors }, (_, k) =>
      rnd() < 0.03 ? NaN : Math.round((60 * popularity[k % mentors]! + 40 * rnd()) * 100) / 100,
    );
    for (const mode of ['best-total', 'most-matched'] as const) {
      const p: AssignmentProblem = { mentees, mentors, capacities, scores, mode };
      const { result, certificate } = solveWithCertificate(p);
      expectValid(p, result);
      expectCertificate(p, result, certificate);
      const { cost, seatMentor } = expandToCostMatrix(p, certificate.bonus);
      const reference = optimumOfExpanded(p, seatMentor, munkres(cost));
      expect(scaledTotal(p, result)).toBe(reference.total);
      expect(result.matched).toBe(reference.matched);
    }
  });

  it('needs more than one round when every mentor ranks the same few mentees first, and still proves optimality', () => {
    // 40 "stars" score 60 with every ordinary mentor and fill each mentor's own candidate
    // list; everyone else ranks mentors 0..9 above all, so the first candidate set leaves
    // most seats to stars that cannot take them all.
    const rnd = prng(11);
    const mentees = 2000;
    const mentors = 400;
    const capacities = Array.from({ length: mentors }, () => 1 + Math.floor(rnd() * 3));
    const scores = new Float32Array(mentees * mentors);
    for (let i = 0; i < mentees; i++) {
      for (let j = 0; j < mentors; j++) {
        const star = i < 40;
        scores[i * mentors + j] = rnd() < 0.02 ? NaN : j < 10 ? 90 + 10 * rnd() : star ? 60 : 50 * rnd();
      }
    }
    const p: AssignmentProblem = { mentees, mentors, capacities, scores, mode: 'best-total' };
    const { result, certificate } = solveWithCertificate(p);
    expect(result.proof.rounds).toBeGreaterThan(1);
    expectValid(p, result);
    expectCertificate(p, result, certificate);
    const seats = capacities.reduce((a, b) => a + b, 0);
    expect(result.matched).toBe(seats);
  });
});
