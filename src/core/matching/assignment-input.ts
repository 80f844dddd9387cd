/**
 * Validates an assignment problem and takes the admin's pinned pairs out of it:
 * pinned mentees leave the optimisation, their mentors lose the pinned seats, and
 * mentors with no seat left are dropped, so the solver only sees "active" rows/columns.
 */
import type { AssignmentProblem } from './assignment';

/**
 * Scores are optimised as integers: rounded to 4 decimals and scaled by 1e4. Sums of up
 * to ~1e5 such weights (even with the most-matched bonus) stay far below 2^53, so every
 * weight, distance, potential and dual is an exact integer in float64.
 */
export const SCORE_SCALE = 1e4;

/** Integer weight of a score, rounding half up (NaN stays NaN). Math.floor is several times faster than Math.round in V8. */
export function scaledScore(score: number): number {
  return Math.floor(score * SCORE_SCALE + 0.5);
}

export interface ReducedProblem {
  /** Active mentee → original mentee index (mentees not pinned). */
  rows: Int32Array;
  /** Active mentor → original mentor index (mentors with seats left after pins). */
  cols: Int32Array;
  /** Original mentor → active index, or -1. */
  colIndex: Int32Array;
  /** Seats left per active mentor. */
  capacity: Int32Array;
  /** Per original mentee: the pinned mentor, or -1. */
  pinnedMentor: Int32Array;
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

export function reduceProblem(problem: AssignmentProblem): ReducedProblem {
  const { mentees, mentors, capacities, scores, mode } = problem;
  if (!isCount(mentees) || !isCount(mentors)) throw new Error('assignment: mentees and mentors must be non-negative integers');
  if (mode !== 'best-total' && mode !== 'most-matched') throw new Error(`assignment: unknown mode "${String(mode)}"`);
  if (scores.length !== mentees * mentors) {
    throw new Error(`assignment: scores has ${scores.length} entries, expected mentees × mentors = ${mentees * mentors}`);
  }
  if (capacities.length !== mentors) throw new Error(`assignment: capacities has ${capacities.length} entries, expected ${mentors}`);
  const seats = new Int32Array(mentors);
  for (let j = 0; j < mentors; j++) {
    const c = capacities[j]!;
    if (!isCount(c) || c > 0x3fffffff) throw new Error(`assignment: capacity of mentor ${j} must be a non-negative integer, got ${c}`);
    seats[j] = c;
  }

  const pinnedMentor = new Int32Array(mentees).fill(-1);
  for (const [mentee, mentor] of problem.pinned ?? []) {
    if (!Number.isInteger(mentee) || mentee < 0 || mentee >= mentees) throw new Error(`assignment: pinned mentee ${mentee} is out of range`);
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= mentors) throw new Error(`assignment: pinned mentor ${mentor} is out of range`);
    if (pinnedMentor[mentee] !== -1) throw new Error(`assignment: mentee ${mentee} is pinned more than once`);
    if (Number.isNaN(scores[mentee * mentors + mentor]!)) throw new Error(`assignment: pinned pair (${mentee}, ${mentor}) is forbidden`);
    if (seats[mentor] === 0) throw new Error(`assignment: pins exceed the capacity of mentor ${mentor}`);
    pinnedMentor[mentee] = mentor;
    seats[mentor]!--;
  }

  const rows: number[] = [];
  for (let i = 0; i < mentees; i++) if (pinnedMentor[i] === -1) rows.push(i);
  const cols: number[] = [];
  const colIndex = new Int32Array(mentors).fill(-1);
  for (let j = 0; j < mentors; j++) {
    if (seats[j]! > 0) {
      colIndex[j] = cols.length;
      cols.push(j);
    }
  }
  return {
    rows: Int32Array.from(rows),
    cols: Int32Array.from(cols),
    colIndex,
    capacity: Int32Array.from(cols, (j) => seats[j]!),
    pinnedMentor,
  };
}
