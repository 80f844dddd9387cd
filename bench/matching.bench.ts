import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { solveAssignment, type AssignmentProblem } from '../src/core/matching/assignment';
import { CompiledMentors, scoreMatrix } from '../src/core/matching/cohort';
import { DEFAULT_WEIGHTS } from '../src/core/matching/types';
import { greedy, runMunkres, sample, slotsOf } from './matching-solver.bench';
import { syntheticCohort } from './synthetic-cohort';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** munkres is O(n³) on the capacity-expanded square matrix: beyond this it would run for hours. */
const MUNKRES_MAX_CELLS = 4e6;

/**
 * `npm run bench -- matching --mentees 10000 --mentors 2000 --seed 1 [--dump DIR]`:
 * a deterministic synthetic cohort scored with the real scoring code and solved
 * exactly, against a greedy baseline and the munkres package (on the full
 * expanded matrix when feasible, and on a sampled sub-instance always).
 */
export async function matchingBenchmark(args: string[]): Promise<object> {
  const mentees = flag(args, 'mentees', 10_000);
  const mentors = flag(args, 'mentors', 2_000);
  const seed = flag(args, 'seed', 1);
  const dumpAt = args.indexOf('--dump');
  const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  // What the process holds before the engine runs (Node, tsx, modules), so the engine's own peak can be told apart.
  const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const cohort = syntheticCohort(mentees, mentors, seed);
  const fromMs = Date.UTC(2026, 10, 30);

  const s0 = performance.now();
  const compiled = new CompiledMentors(cohort.mentors, fromMs, 4);
  const scores = scoreMatrix(compiled, cohort.mentees, { weights: DEFAULT_WEIGHTS, ignoreCapacity: true });
  const scoreMs = performance.now() - s0;
  const problem: AssignmentProblem = {
    mentees,
    mentors,
    capacities: cohort.mentors.map((m) => m.capacity - m.activeMentees),
    scores,
    mode: 'best-total',
  };
  const t0 = performance.now();
  const result = solveAssignment(problem);
  const solveMs = performance.now() - t0;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  if (dump) {
    fs.mkdirSync(dump, { recursive: true });
    fs.writeFileSync(path.join(dump, 'scores.f32'), Buffer.from(scores.buffer, scores.byteOffset, scores.byteLength));
    fs.writeFileSync(path.join(dump, 'capacities.json'), JSON.stringify(Array.from(problem.capacities)));
    fs.writeFileSync(path.join(dump, 'assignment.json'), JSON.stringify(Array.from(result.assignment)));
  }

  const g0 = performance.now();
  const g = greedy(problem);
  const baselines: object[] = [{ name: 'greedy', total: round2(g.total), matched: g.matched, ms: Math.round(performance.now() - g0) }];
  const slots = slotsOf(problem);
  if (mentees * Math.max(mentees, slots) <= MUNKRES_MAX_CELLS) {
    const m = runMunkres(problem);
    baselines.push({ name: 'munkres', total: round2(m.total), matched: m.matched, ms: m.ms });
  } else {
    baselines.push({ name: 'munkres', skipped: `too large: O(n^3) on a ${mentees}×${Math.max(mentees, slots)} expanded matrix` });
  }
  // The same instance's leading 1,200 mentees × 240 mentors: small enough for munkres to finish in seconds.
  baselines.push({ name: 'munkres-sample', ...sample(problem, Math.min(mentees, 1200), Math.min(mentors, 240)) });

  return {
    benchmark: 'matching',
    mentees,
    mentors,
    slots,
    scoreMs: Math.round(scoreMs),
    solveMs: Math.round(solveMs),
    totalMs: Math.round(scoreMs + solveMs),
    total: round2(result.total),
    matched: result.matched,
    proof: result.proof,
    peakRssMb,
    baselineRssMb,
    engineMb: peakRssMb - baselineRssMb,
    baselines,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
