/**
 * Reference solvers for tests and the benchmark (not for production use): exhaustive
 * search for tiny instances, and the capacity-expanded cost matrix that a plain
 * Hungarian-algorithm solver (the `munkres` package) can take.
 */
import type { AssignmentProblem } from './assignment';
import { scaledScore } from './assignment-input';

/** Optimum in scaled integer units: lexicographic (matched, total) in 'most-matched'. */
export interface OracleOptimum {
  matched: number;
  total: number;
}

/** Enumerates every feasible assignment (honouring pins); only for a handful of mentees. */
export function bruteForceOptimum(problem: AssignmentProblem): OracleOptimum {
  const { mentees, mentors, scores, mode } = problem;
  const left = Array.from({ length: mentors }, (_, j) => problem.capacities[j]!);
  const pinned = new Map<number, number>();
  for (const [i, j] of problem.pinned ?? []) {
    pinned.set(i, j);
    left[j]!--;
  }
  const better = (a: OracleOptimum, b: OracleOptimum): boolean =>
    mode === 'most-matched' ? a.matched > b.matched || (a.matched === b.matched && a.total > b.total) : a.total > b.total;
  let best: OracleOptimum = { matched: -1, total: -Infinity };
  const visit = (i: number, matched: number, total: number): void => {
    if (i === mentees) {
      const here = { matched, total };
      if (best.matched < 0 || better(here, best)) best = here;
      return;
    }
    const pin = pinned.get(i);
    if (pin !== undefined) {
      visit(i + 1, matched + 1, total + scaledScore(scores[i * mentors + pin]!));
      return;
    }
    visit(i + 1, matched, total);
    for (let j = 0; j < mentors; j++) {
      const s = scores[i * mentors + j]!;
      if (Number.isNaN(s) || left[j]! <= 0) continue;
      left[j]!--;
      visit(i + 1, matched + 1, total + scaledScore(s));
      left[j]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Rectangular expansion for a min-cost assignment solver: one column per seat plus one
 * "stay unmatched" column per mentee (cost 0). Costs are negated scaled scores plus
 * `bonus`; forbidden pairs cost +Infinity. Pins are not supported.
 */
export function expandToCostMatrix(problem: AssignmentProblem, bonus: number): { cost: number[][]; seatMentor: Int32Array } {
  const { mentees, mentors, scores } = problem;
  const seatMentor: number[] = [];
  for (let j = 0; j < mentors; j++) for (let c = 0; c < problem.capacities[j]!; c++) seatMentor.push(j);
  const cost: number[][] = [];
  for (let i = 0; i < mentees; i++) {
    const row = new Array<number>(seatMentor.length + mentees).fill(0);
    for (let k = 0; k < seatMentor.length; k++) {
      const s = scores[i * mentors + seatMentor[k]!]!;
      row[k] = Number.isNaN(s) ? Infinity : -(scaledScore(s) + bonus);
    }
    cost.push(row);
  }
  return { cost, seatMentor: Int32Array.from(seatMentor) };
}

/** Reads a solver's (row, column) pairs on the expanded matrix back as (matched, scaled total). */
export function optimumOfExpanded(
  problem: AssignmentProblem,
  seatMentor: Int32Array,
  pairs: ReadonlyArray<readonly [number, number]>,
): OracleOptimum {
  let matched = 0;
  let total = 0;
  for (const [i, k] of pairs) {
    if (k >= seatMentor.length) continue;
    const s = problem.scores[i * problem.mentors + seatMentor[k]!]!;
    if (Number.isNaN(s)) throw new Error(`expanded solver used forbidden pair (${i}, ${seatMentor[k]})`);
    matched++;
    total += scaledScore(s);
  }
  return { matched, total };
}
