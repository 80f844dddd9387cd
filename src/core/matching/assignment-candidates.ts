/**
 * The initial sparse candidate set: one pass over the dense matrix keeps each mentee's
 * best mentors and each mentor's best mentees (a mentor nobody ranks highly still gets
 * candidates, and enough competitors to set its price).
 */
import { type ReducedProblem, scaledScore } from './assignment-input';

/** Candidate pairs in active indices, unordered and possibly repeated. */
export interface PairList {
  row: Int32Array;
  col: Int32Array;
  count: number;
}

export interface InitialScan {
  pairs: PairList;
  /** Largest allowed scaled score among active pairs (0 if none). */
  maxWeight: number;
}

/** Keeps the `size` largest values seen, ascending, in vals/ids (the caller checked s beats vals[0] when full). */
function insertSorted(vals: Float64Array, ids: Int32Array, filled: number, size: number, s: number, id: number): void {
  let at = filled < size ? filled : 0;
  if (filled >= size) {
    // Drop the smallest and shift the rest down until s fits.
    while (at + 1 < size && vals[at + 1]! < s) {
      vals[at] = vals[at + 1]!;
      ids[at] = ids[at + 1]!;
      at++;
    }
  } else {
    while (at > 0 && vals[at - 1]! > s) {
      vals[at] = vals[at - 1]!;
      ids[at] = ids[at - 1]!;
      at--;
    }
  }
  vals[at] = s;
  ids[at] = id;
}

/** Pushes into column j's min-heap (stored at base..base+size-1), replacing the root when full. */
function pushColumn(vals: Float64Array, ids: Int32Array, base: number, filled: number, size: number, s: number, id: number): void {
  let at: number;
  if (filled < size) {
    at = filled;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (vals[base + parent]! <= s) break;
      vals[base + at] = vals[base + parent]!;
      ids[base + at] = ids[base + parent]!;
      at = parent;
    }
  } else {
    at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && vals[base + child + 1]! < vals[base + child]!) child++;
      if (vals[base + child]! >= s) break;
      vals[base + at] = vals[base + child]!;
      ids[base + at] = ids[base + child]!;
      at = child;
    }
  }
  vals[base + at] = s;
  ids[base + at] = id;
}

/**
 * Scans every active row once, keeping its `perMentee` best mentors and, per mentor,
 * its `perMentor` + `perSeat` × seats best mentees (a mentor's price is set by the
 * competition for it, so even one seat needs a few dozen). Throws if a finite score
 * lies outside 0..100.
 */
export function scanCandidates(
  scores: Float32Array,
  mentors: number,
  reduced: ReducedProblem,
  perMentee: number,
  perMentor: number,
  perSeat: number,
): InitialScan {
  const { rows, colIndex, cols, capacity } = reduced;
  const rowVals = new Float64Array(perMentee);
  const rowIds = new Int32Array(perMentee);
  const colSize = new Int32Array(mentors);
  const colBase = new Int32Array(mentors + 1);
  for (let l = 0; l < cols.length; l++) colSize[cols[l]!] = Math.min(rows.length, perMentor + perSeat * capacity[l]!);
  for (let j = 0; j < mentors; j++) colBase[j + 1] = colBase[j]! + colSize[j]!;
  const colVals = new Float64Array(colBase[mentors]!);
  const colIds = new Int32Array(colBase[mentors]!);
  const colFill = new Int32Array(mentors);
  // A column qualifies scores above its heap's minimum; never if it keeps nobody (inactive included).
  const colMin = Float64Array.from(colSize, (size) => (size > 0 ? -Infinity : Infinity));
  const out = new PairBuffer(rows.length * perMentee + colBase[mentors]!);
  let maxScore = -Infinity;

  for (let r = 0; r < rows.length; r++) {
    const base = rows[r]! * mentors;
    let filled = 0;
    let rowMin = -Infinity;
    let low = 0;
    let high = 0;
    for (let j = 0; j < mentors; j++) {
      const s = scores[base + j]!;
      if (s > rowMin && colIndex[j]! >= 0) {
        insertSorted(rowVals, rowIds, filled, perMentee, s, j);
        if (filled < perMentee) filled++;
        if (filled === perMentee) rowMin = rowVals[0]!;
      }
      if (s > colMin[j]!) {
        const f = colFill[j]!;
        const size = colSize[j]!;
        pushColumn(colVals, colIds, colBase[j]!, f, size, s, r);
        if (f < size) colFill[j] = f + 1;
        if (f + 1 >= size) colMin[j] = colVals[colBase[j]!]!;
      }
      if (s < low) low = s;
      else if (s > high) high = s;
    }
    if (low < 0 || high > 100) throw new Error(`assignment: scores of mentee ${rows[r]} must be within 0..100 or NaN`);
    for (let k = 0; k < filled; k++) {
      out.add(r, colIndex[rowIds[k]!]!);
      maxScore = Math.max(maxScore, rowVals[k]!);
    }
  }
  for (const j of cols) {
    for (let k = 0; k < colFill[j]!; k++) out.add(colIds[colBase[j]! + k]!, colIndex[j]!);
  }
  return { pairs: out.list(), maxWeight: maxScore === -Infinity ? 0 : scaledScore(maxScore) };
}

/** Growable (row, col) pair list. */
export class PairBuffer {
  private row: Int32Array;
  private col: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.row = new Int32Array(Math.max(16, capacity));
    this.col = new Int32Array(Math.max(16, capacity));
  }

  add(row: number, col: number): void {
    if (this.count === this.row.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.row = grow(this.row);
      this.col = grow(this.col);
    }
    this.row[this.count] = row;
    this.col[this.count++] = col;
  }

  list(): PairList {
    return { row: this.row, col: this.col, count: this.count };
  }
}
