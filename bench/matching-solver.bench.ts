// Exact cohort-matching solver on a dense, structured random instance, against a
// greedy baseline and (when small enough) the `munkres` package.
//
// Flags: --mentees 10000 --mentors 2000 --seed 1 [--capacity-min 1 --capacity-max 5]
// [--most-matched] [--munkres-sample] (also runs both solvers on the leading
// 600 × 120 sub-instance, so their speed and totals can be compared directly).
import munkres from 'munkres';
import { performance } from 'node:perf_hooks';
import { type AssignmentProblem, solveAssignment, solveWithCertificate } from '../src/core/matching/assignment';
import { scaledScore } from '../src/core/matching/assignment-input';
import { expandToCostMatrix, optimumOfExpanded } from '../src/core/matching/assignment-oracles';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** mulberry32: small, fast, deterministic. */
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

const TRAITS = 6;

/** Mentors have a popularity, mentees a taste over a few traits; ~2% of pairs forbidden. */
export function randomInstance(mentees: number, mentors: number, seed: number, seats: readonly [number, number] = [1, 5]): AssignmentProblem {
  const rnd = prng(seed);
  const popularity = Float64Array.from({ length: mentors }, () => rnd() ** 2);
  const traits = Float64Array.from({ length: mentors * TRAITS }, () => rnd() * 2 - 1);
  const capacities = Int32Array.from({ length: mentors }, () => seats[0] + Math.floor(rnd() * (seats[1] - seats[0] + 1)));
  const scores = new Float32Array(mentees * mentors);
  const taste = new Float64Array(TRAITS);
  for (let i = 0; i < mentees; i++) {
    for (let t = 0; t < TRAITS; t++) taste[t] = rnd() * 2 - 1;
    for (let j = 0; j < mentors; j++) {
      if (rnd() < 0.02) {
        scores[i * mentors + j] = NaN;
        continue;
      }
      let fit = 0;
      for (let t = 0; t < TRAITS; t++) fit += taste[t]! * traits[j * TRAITS + t]!;
      const s = 0.35 * popularity[j]! + 0.45 * (0.5 + fit / (2 * TRAITS) ** 0.5 / 2) + 0.2 * rnd();
      scores[i * mentors + j] = 100 * Math.min(1, Math.max(0, s));
    }
  }
  return { mentees, mentors, capacities, scores, mode: 'best-total' };
}

/** Takes pairs in descending (rounded) score order while both sides are free; counting sort keeps it O(pairs). */
export function greedy(p: AssignmentProblem): { total: number; matched: number } {
  const buckets = new Int32Array(scaledScore(100) + 2);
  const { scores } = p;
  for (let k = 0; k < scores.length; k++) if (!Number.isNaN(scores[k]!)) buckets[scaledScore(scores[k]!)]!++;
  for (let b = buckets.length - 2; b >= 0; b--) buckets[b]! += buckets[b + 1]!;
  const order = new Int32Array(buckets[0]!);
  for (let k = scores.length - 1; k >= 0; k--) if (!Number.isNaN(scores[k]!)) order[--buckets[scaledScore(scores[k]!)]!] = k;
  const left = Int32Array.from(p.capacities);
  const taken = new Uint8Array(p.mentees);
  let total = 0;
  let matched = 0;
  for (const k of order) {
    const i = Math.floor(k / p.mentors);
    const j = k - i * p.mentors;
    if (taken[i] || left[j] === 0) continue;
    taken[i] = 1;
    left[j]!--;
    total += scores[k]!;
    matched++;
  }
  return { total, matched };
}

export function slotsOf(p: AssignmentProblem): number {
  let slots = 0;
  for (let j = 0; j < p.mentors; j++) slots += p.capacities[j]!;
  return slots;
}

export function runMunkres(p: AssignmentProblem): { total: number; matched: number; ms: number } {
  const t0 = performance.now();
  // 'most-matched' needs the same per-pair bonus the solver uses: worth more than any score difference.
  let best = 0;
  for (const s of p.scores) if (s > best) best = s;
  const bonus = p.mode === 'most-matched' ? scaledScore(best) * Math.min(p.mentees, slotsOf(p)) + 1 : 0;
  const { cost, seatMentor } = expandToCostMatrix(p, bonus);
  const optimum = optimumOfExpanded(p, seatMentor, munkres(cost));
  return { total: optimum.total / 1e4, matched: optimum.matched, ms: Math.round(performance.now() - t0) };
}

/** Leading sub-instance, so our solver and munkres can be compared on equal terms. */
export function sample(p: AssignmentProblem, mentees: number, mentors: number): object {
  const scores = new Float32Array(mentees * mentors);
  for (let i = 0; i < mentees; i++) scores.set(p.scores.subarray(i * p.mentors, i * p.mentors + mentors), i * mentors);
  const sub: AssignmentProblem = { ...p, mentees, mentors, scores, capacities: Array.from(p.capacities).slice(0, mentors) };
  const t0 = performance.now();
  const ours = solveAssignment(sub);
  const oursMs = performance.now() - t0;
  let oursScaled = 0;
  ours.assignment.forEach((j, i) => {
    if (j !== -1) oursScaled += scaledScore(scores[i * mentors + j]!);
  });
  const reference = runMunkres(sub);
  return {
    mentees,
    mentors,
    slots: slotsOf(sub),
    ours: { total: oursScaled / 1e4, matched: ours.matched, ms: Math.round(oursMs) },
    munkres: reference,
    equalTotals: Math.round(reference.total * 1e4) === oursScaled,
    speedup: Math.round((reference.ms / Math.max(oursMs, 0.001)) * 10) / 10,
  };
}

export async function matchingSolverBenchmark(args: string[]): Promise<object> {
  const mentees = flag(args, 'mentees', 10_000);
  const mentors = flag(args, 'mentors', 2_000);
  const seed = flag(args, 'seed', 1);
  const problem = randomInstance(mentees, mentors, seed, [flag(args, 'capacity-min', 1), flag(args, 'capacity-max', 5)]);
  if (args.includes('--most-matched')) problem.mode = 'most-matched';
  const slots = slotsOf(problem);

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { result } = solveWithCertificate(problem);
  const cpu = process.cpuUsage(cpu0);
  const solveMs = performance.now() - t0;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  const g0 = performance.now();
  const baseline = greedy(problem);
  const baselines: object[] = [{ name: 'greedy', total: round2(baseline.total), matched: baseline.matched, ms: Math.round(performance.now() - g0) }];
  if (mentees * slots <= 4e6) baselines.push({ name: 'munkres', ...runMunkres(problem) });
  else baselines.push({ name: 'munkres', skipped: 'too large: O(n^3) on N×M' });

  return {
    benchmark: 'matching-solver',
    mentees,
    mentors,
    slots,
    seed,
    mode: problem.mode,
    solveMs: Math.round(solveMs),
    solveCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    total: round2(result.total),
    matched: result.matched,
    peakRssMb,
    proof: result.proof,
    baselines,
    ...(args.includes('--munkres-sample') ? { munkresSample: sample(problem, Math.min(600, mentees), Math.min(120, mentors)) } : {}),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
