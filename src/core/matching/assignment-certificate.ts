/**
 * The global optimality check. With LP duals u_i ≥ 0 (mentees) and v_j ≥ 0 (mentors)
 * that are optimal for the sparse problem, the sparse optimum is optimal for the whole
 * matrix iff no allowed pair has a positive reduced value w_ij − u_i − v_j (the
 * b-matching polytope is integral, so LP duality applies). Weights are integers, so the
 * test is exact. Violating pairs are returned so the caller can add them and re-solve.
 *
 * Only the first check reads the whole matrix. It remembers, per mentee, the best
 * w_ij − v_j outside the candidates under the prices of that scan; later checks bound
 * each row by that value (plus the common price drop since) and the exact values at the
 * few mentors whose price dropped further, and rescan only rows whose bound reaches u_i.
 */
import { PairBuffer, type PairList } from './assignment-candidates';
import { type ReducedProblem, scaledScore } from './assignment-input';

export interface CertificateCheck {
  /**
   * Upper bound on the reduced value of every allowed pair outside the candidate set
   * (scaled units; exact for rows read in full), or -Infinity if there is no such pair.
   */
  maxReduced: number;
  /** Pairs to add to the candidates (active indices): violators, and near misses of rows read in full. */
  additions: PairList;
  /** Mentees (active indices) with a violating pair: only they need re-routing. */
  violatingRows: number[];
}

/** Candidate mentors (active indices) of each active mentee, CSR. */
export interface MenteeCandidates {
  start: Int32Array;
  right: Int32Array;
}

export class CertificateChecker {
  private readonly rowBest: Float64Array;
  private snapshot: Float64Array | undefined;
  private readonly inCandidates: Uint8Array;
  private readonly price: Float64Array;
  private readonly topValue: Float64Array;
  private readonly topCol: Int32Array;

  constructor(
    private readonly scores: Float32Array,
    private readonly mentors: number,
    private readonly reduced: ReducedProblem,
    private readonly perRow: number,
    /** How close (scaled units) to violating a pair may be to be added alongside violators. */
    private readonly margin: number,
  ) {
    this.rowBest = new Float64Array(reduced.rows.length);
    this.inCandidates = new Uint8Array(mentors);
    this.price = new Float64Array(mentors);
    this.topValue = new Float64Array(perRow);
    this.topCol = new Int32Array(perRow);
  }

  check(candidates: MenteeCandidates, menteeDual: Float64Array, mentorDual: Float64Array, bonus: number): CertificateCheck {
    const { rows, cols } = this.reduced;
    const price = this.price;
    // Mentors without seats can take nobody: an infinite price rules them out.
    price.fill(Infinity);
    for (let l = 0; l < cols.length; l++) price[cols[l]!] = mentorDual[l]!;
    // Prices tend to drop together (a search through T shifts every unsettled mentor by the
    // same amount), so bound rows by rowBest + shift and treat only bigger drops one by one.
    let shift = 0;
    const dropped: number[] = [];
    const full = !this.snapshot;
    if (this.snapshot) {
      const drop = new Float64Array(this.mentors);
      for (let j = 0; j < this.mentors; j++) drop[j] = price[j] === Infinity ? 0 : this.snapshot[j]! - price[j]!;
      shift = Math.max(0, Float64Array.from(drop).sort()[this.mentors - 1 - (this.mentors >> 3)] ?? 0);
      for (let j = 0; j < this.mentors; j++) if (drop[j]! > shift) dropped.push(j);
    } else {
      this.snapshot = Float64Array.from(price);
    }

    const additions = new PairBuffer(64);
    let maxReduced = -Infinity;
    const violatingRows: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      const threshold = menteeDual[r]! - bonus;
      let best = full ? Infinity : this.rowBest[r]! + shift;
      if (best <= threshold && dropped.length > 0) {
        this.mark(candidates, r, 1);
        const base = rows[r]! * this.mentors;
        for (const j of dropped) {
          const value = scaledScore(this.scores[base + j]!) - price[j]!;
          if (value > best && this.inCandidates[j] === 0) best = value;
        }
        this.mark(candidates, r, 0);
      }
      if (best > threshold) {
        best = this.rescan(candidates, r, threshold, additions, full);
        if (best > threshold) violatingRows.push(r);
      }
      if (best - threshold > maxReduced) maxReduced = best - threshold;
    }
    return { maxReduced, additions: additions.list(), violatingRows };
  }

  /**
   * Reads row r in full: refreshes its remembered best, keeps its `perRow` best pairs
   * outside the candidates and returns the exact best. Those within `margin` of violating
   * are queued as additions (the violators among them force another round; the near
   * misses only ride along, since new prices often push them over).
   */
  private rescan(candidates: MenteeCandidates, r: number, threshold: number, additions: PairBuffer, fresh: boolean): number {
    const { scores, mentors, price, inCandidates, topValue, topCol, perRow } = this;
    const snapshot = this.snapshot!;
    const base = this.reduced.rows[r]! * mentors;
    this.mark(candidates, r, 1);
    // NaN never compares greater, so forbidden pairs drop out by themselves. The common
    // case (value below the row's current top list) costs one comparison.
    let filled = 0;
    let floor = -Infinity;
    let remembered = -Infinity;
    for (let j = 0; j < mentors; j++) {
      const w = scaledScore(scores[base + j]!);
      if (!fresh && w - snapshot[j]! > remembered && inCandidates[j] === 0) remembered = w - snapshot[j]!;
      const value = w - price[j]!;
      if (!(value > floor) || inCandidates[j] === 1) continue;
      // Keep the perRow largest, descending.
      let at = filled < perRow ? filled++ : perRow - 1;
      while (at > 0 && topValue[at - 1]! < value) {
        topValue[at] = topValue[at - 1]!;
        topCol[at] = topCol[at - 1]!;
        at--;
      }
      topValue[at] = value;
      topCol[at] = j;
      if (filled === perRow) floor = topValue[perRow - 1]!;
    }
    this.mark(candidates, r, 0);
    const best = filled > 0 ? topValue[0]! : -Infinity;
    this.rowBest[r] = fresh ? best : remembered;
    for (let k = 0; k < filled && topValue[k]! > threshold - this.margin; k++) additions.add(r, this.reduced.colIndex[topCol[k]!]!);
    return best;
  }

  private mark(candidates: MenteeCandidates, r: number, flag: 0 | 1): void {
    const cols = this.reduced.cols;
    for (let e = candidates.start[r]!; e < candidates.start[r + 1]!; e++) this.inCandidates[cols[candidates.right[e]!]!] = flag;
  }
}
