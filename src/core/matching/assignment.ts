/**
 * Exact cohort matching: assign mentees to mentors under mentor capacities,
 * maximising the total score (or, in 'most-matched', the number matched and then
 * the total), never using a forbidden (NaN) pair.
 *
 * Algorithm — "sparse solve, dense proof":
 * 1. One pass over the dense matrix picks candidates: each mentee's best mentors and
 *    each mentor's best mentees (`assignment-candidates`).
 * 2. The sparse problem is solved exactly as a min-cost flow by successive shortest
 *    paths (Dijkstra with potentials, `flow-ssp`) — mentor-side when seats are scarce,
 *    otherwise mentee-side after an ε-scaling auction (`flow-auction`) has placed nearly
 *    everyone — which also yields optimal LP duals u_i ≥ 0 and v_j ≥ 0.
 * 3. Every pair of the full matrix is checked: w_ij ≤ u_i + v_j for all allowed pairs
 *    proves the sparse optimum is the global optimum (`assignment-certificate`).
 *    Violators (the best few per mentee, with near misses) join the candidates and the
 *    flow re-routes those mentees from its current state, until no pair violates.
 *
 * Exactness: scores are rounded to 4 decimals and scaled to integers (×1e4, then by the
 * auction's factor), so all arithmetic is exact in float64; the result is optimal for the
 * rounded scores. 'most-matched' adds a bonus M = maxWeight × min(mentees, seats) + 1 to
 * every allowed pair: one more match is worth more than any difference in total score.
 */
import { SCORE_SCALE, reduceProblem, scaledScore } from './assignment-input';
import { solveReduced } from './assignment-rounds';

export type MatchingMode = 'best-total' | 'most-matched';

export interface AssignmentProblem {
  mentees: number;
  mentors: number;
  /** Per mentor: how many more mentees they can take (0 allowed). */
  capacities: ArrayLike<number>;
  /** Dense, row-major mentees × mentors; NaN = forbidden pair; finite scores are in 0..100. */
  scores: Float32Array;
  mode: MatchingMode;
  /** Pairs an admin pinned: always in the result. */
  pinned?: ReadonlyArray<readonly [mentee: number, mentor: number]>;
}

export interface AssignmentResult {
  /** One mentor index per mentee, -1 = unmatched. */
  assignment: Int32Array;
  /** Sum of the (unrounded) scores of matched pairs, pinned ones included. */
  total: number;
  matched: number;
  /**
   * How optimality was proved: rounds of the sparse-solve/verify loop, pairs in the final
   * candidate set, and an upper bound on the reduced value w − u − v (score units) of every
   * allowed pair left outside it (exact for rows read in the last full pass) — ≤ 0 proves
   * optimality; 0 when no pair was left outside.
   */
  proof: { rounds: number; candidatePairs: number; maxReducedValue: number };
}

/** Tuning knobs for the candidate set; the defaults suit 10,000 × 2,000 with capacities 1–5. */
export interface SolverOptions {
  candidatesPerMentee?: number;
  /** A mentor keeps candidatesPerMentor + candidatesPerSeat × seats of its best mentees. */
  candidatesPerMentor?: number;
  candidatesPerSeat?: number;
  violatorsPerMentee?: number;
  /** Score points: pairs this close to violating are added along with violators. */
  nearMissMargin?: number;
  /** Seats below this share of mentees: mentor-side flow from scratch; else auction first. */
  scarceSeatShare?: number;
  /** Re-solve from scratch when more than this share of mentees violate; else re-route them. */
  restartShare?: number;
}

/** The dual certificate, in scaled integer units (score × 1e4, plus `bonus` per pair). */
export interface Certificate {
  scale: number;
  bonus: number;
  /** u_i per mentee; NaN for pinned mentees (they are not optimised). */
  menteeDual: Float64Array;
  /** v_j per mentor; Infinity for mentors with no seat left after pins. */
  mentorDual: Float64Array;
}

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  return solveWithCertificate(problem).result;
}

export function solveWithCertificate(
  problem: AssignmentProblem,
  options: SolverOptions = {},
): { result: AssignmentResult; certificate: Certificate } {
  const { mentees, mentors, scores } = problem;
  const reduced = reduceProblem(problem);
  const sparse = solveReduced(scores, mentors, reduced, {
    mostMatched: problem.mode === 'most-matched',
    candidatesPerMentee: Math.max(1, options.candidatesPerMentee ?? 4),
    candidatesPerMentor: Math.max(0, options.candidatesPerMentor ?? 30),
    candidatesPerSeat: Math.max(0, options.candidatesPerSeat ?? 2),
    violatorsPerMentee: Math.max(1, options.violatorsPerMentee ?? 6),
    nearMissMargin: Math.max(0, options.nearMissMargin ?? 2),
    scarceSeatShare: options.scarceSeatShare ?? 0.75,
    restartShare: options.restartShare ?? 0.05,
  });
  const { rows, cols, capacity } = reduced;
  const assignment = Int32Array.from(reduced.pinnedMentor);
  const menteeDual = new Float64Array(mentees).fill(NaN);
  const mentorDual = new Float64Array(mentors).fill(Infinity);
  let primal = 0;
  let dual = 0;
  for (let r = 0; r < rows.length; r++) {
    const l = sparse.mentorOf[r]!;
    menteeDual[rows[r]!] = sparse.menteeDual[r]!;
    dual += sparse.menteeDual[r]!;
    if (l === -1) continue;
    assignment[rows[r]!] = cols[l]!;
    primal += scaledScore(scores[rows[r]! * mentors + cols[l]!]!) + sparse.bonus;
  }
  for (let l = 0; l < cols.length; l++) {
    mentorDual[cols[l]!] = sparse.mentorDual[l]!;
    dual += capacity[l]! * sparse.mentorDual[l]!;
  }
  // Strong duality, exactly in integers: a cheap guard against any bookkeeping slip.
  if (primal !== dual) throw new Error(`assignment: duality gap ${dual - primal} (internal error)`);
  let total = 0;
  let matched = 0;
  for (let i = 0; i < mentees; i++) {
    if (assignment[i] === -1) continue;
    matched++;
    total += scores[i * mentors + assignment[i]!]!;
  }
  return {
    result: { assignment, total, matched, proof: sparse.proof },
    certificate: { scale: SCORE_SCALE, bonus: sparse.bonus, menteeDual, mentorDual },
  };
}
