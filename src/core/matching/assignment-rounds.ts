/**
 * The sparse-solve / dense-verify loop on the active part of a problem (pins removed).
 *
 * Solve: when seats are scarce, the exact flow runs mentor-side from nothing (each seat
 * finds one of many free mentees close by). Otherwise shortest paths would sweep the
 * whole market again and again, so an ε-scaling auction first gets every mentee near its
 * final place, and the exact flow (mentee-side) only re-routes those it left loose.
 *
 * Verify: every pair of the matrix is checked against the flow's optimal duals. Pairs
 * that violate, and near misses (prices will move), join the candidates; the flow then
 * continues mentee-side, re-routing just those mentees — or, if many violate, the solve
 * starts over on the larger candidate set.
 */
import { scanCandidates } from './assignment-candidates';
import { CertificateChecker } from './assignment-certificate';
import { type CandidateEdges, buildEdges, oriented, transposeEdges } from './assignment-edges';
import { type ReducedProblem, SCORE_SCALE, scaledScore } from './assignment-input';
import { Auction } from './flow-auction';
import { FlowSolver } from './flow-ssp';

export interface RoundOptions {
  mostMatched: boolean;
  candidatesPerMentee: number;
  candidatesPerMentor: number;
  candidatesPerSeat: number;
  violatorsPerMentee: number;
  /** Score points: pairs this close to violating join the candidates along with violators. */
  nearMissMargin: number;
  /** Seats below this share of mentees count as scarce: mentor-side flow, no auction. */
  scarceSeatShare: number;
  /** Start over instead of re-routing when more than this share of mentees violate. */
  restartShare: number;
}

export interface SparseOutcome {
  /** Per active mentee: active mentor index, or -1. */
  mentorOf: Int32Array;
  /** Optimal LP duals in scaled units, per active mentee and per active mentor. */
  menteeDual: Float64Array;
  mentorDual: Float64Array;
  /** Added to every allowed pair's weight in 'most-matched' mode (0 otherwise). */
  bonus: number;
  proof: { rounds: number; candidatePairs: number; maxReducedValue: number };
}

/**
 * Final ε of the auction, in weight units (1e-4 score points). Finer phases cost more
 * bids than the exact flow then saves by re-routing fewer mentees.
 */
const AUCTION_EPSILON = 256;

interface Solver {
  flow: FlowSolver;
  menteeSide: boolean;
  /** The flow's arcs: the mentee-side candidates themselves, or grouped by mentor. */
  edges: CandidateEdges;
}

export function solveReduced(scores: Float32Array, mentors: number, reduced: ReducedProblem, options: RoundOptions): SparseOutcome {
  const { rows, cols, capacity } = reduced;
  const n = rows.length;
  const seats = capacity.reduce((a, b) => a + b, 0);
  const scan = scanCandidates(scores, mentors, reduced, options.candidatesPerMentee, options.candidatesPerMentor, options.candidatesPerSeat);
  const bonus = options.mostMatched ? scan.maxWeight * Math.min(n, seats) + 1 : 0;
  if ((bonus + scan.maxWeight) * (n + cols.length + 2) * 4 > Number.MAX_SAFE_INTEGER) {
    throw new Error('assignment: instance too large for exact integer weights');
  }
  const weightOf = (mentee: number, mentor: number): number => scaledScore(scores[rows[mentee]! * mentors + cols[mentor]!]!) + bonus;
  const checker = new CertificateChecker(scores, mentors, reduced, options.violatorsPerMentee, options.nearMissMargin * SCORE_SCALE);
  const ones = new Int32Array(n).fill(1);

  const coldStart = (edges: CandidateEdges): Solver => {
    if (seats < options.scarceSeatShare * n) {
      const byMentor = transposeEdges(edges, cols.length);
      return { flow: new FlowSolver(capacity, ones, byMentor), menteeSide: false, edges: byMentor };
    }
    const auction = new Auction(edges, capacity);
    auction.run(AUCTION_EPSILON);
    const { start, loose } = auction.warmStart();
    const flow = new FlowSolver(ones, capacity, edges, start);
    for (const i of loose) flow.releaseLeft(i);
    return { flow, menteeSide: true, edges };
  };

  let menteeEdges = buildEdges(n, cols.length, oriented(scan.pairs, true), weightOf);
  let solver = coldStart(menteeEdges);
  for (let rounds = 1; ; rounds++) {
    const { flow, menteeSide } = solver;
    flow.routePending();
    const duals = flow.duals();
    const menteeDual = menteeSide ? duals.left : duals.right;
    const mentorDual = menteeSide ? duals.right : duals.left;
    const mentorOf = menteeMentors(flow.usedArcs(), solver.edges, menteeSide, n);
    const check = checker.check(menteeEdges, menteeDual, mentorDual, bonus);
    if (check.violatingRows.length === 0) {
      const maxReducedValue = check.maxReduced === -Infinity ? 0 : check.maxReduced / SCORE_SCALE;
      const proof = { rounds, candidatePairs: menteeEdges.right.length, maxReducedValue };
      return { mentorOf, menteeDual, mentorDual, bonus, proof };
    }
    menteeEdges = buildEdges(n, cols.length, oriented(check.additions, true), weightOf, menteeEdges);
    if (check.violatingRows.length > options.restartShare * n) {
      solver = coldStart(menteeEdges);
      continue;
    }
    if (menteeSide) {
      flow.setEdges(menteeEdges);
      solver.edges = menteeEdges;
    } else {
      const warm = { used: usedArcsOf(menteeEdges, mentorOf), leftDual: menteeDual, rightDual: mentorDual };
      solver = { flow: new FlowSolver(ones, capacity, menteeEdges, warm), menteeSide: true, edges: menteeEdges };
    }
    // Near misses still have non-negative reduced costs: only violators need re-routing.
    for (const r of check.violatingRows) solver.flow.releaseLeft(r);
  }
}

/** Per mentee: its mentor (active index) or -1, read off the arcs carrying flow. */
function menteeMentors(used: Uint8Array, edges: CandidateEdges, menteeSide: boolean, mentees: number): Int32Array {
  const mentorOf = new Int32Array(mentees).fill(-1);
  for (let l = 0; l + 1 < edges.start.length; l++) {
    for (let e = edges.start[l]!; e < edges.start[l + 1]!; e++) {
      if (used[e] !== 1) continue;
      if (menteeSide) mentorOf[l] = edges.right[e]!;
      else mentorOf[edges.right[e]!] = l;
    }
  }
  return mentorOf;
}

/** Marks the arc (mentee, mentor) of every matched mentee in mentee-side arcs. */
function usedArcsOf(edges: CandidateEdges, mentorOf: Int32Array): Uint8Array {
  const used = new Uint8Array(edges.right.length);
  for (let i = 0; i < mentorOf.length; i++) {
    if (mentorOf[i] === -1) continue;
    let e = edges.start[i]!;
    while (e < edges.start[i + 1]! && edges.right[e] !== mentorOf[i]) e++;
    if (e === edges.start[i + 1]) throw new Error('assignment: matched pair missing from candidates (internal error)');
    used[e] = 1;
  }
  return used;
}
