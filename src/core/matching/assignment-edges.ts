/**
 * Candidate arcs in CSR form (grouped by "left" node, with integer weights), built from
 * pair lists and grown round by round without recomputing known weights.
 */
import type { PairList } from './assignment-candidates';

/** Candidate arcs in CSR form: left node l owns arcs start[l] .. start[l+1]-1. */
export interface CandidateEdges {
  start: Int32Array;
  right: Int32Array;
  weight: Float64Array;
}

/**
 * Packs (left, right) pairs into arcs per left node, after the arcs of `previous` (kept
 * first, in order and with their weights), dropping repeats.
 */
export function buildEdges(
  lefts: number,
  rights: number,
  pairs: { left: Int32Array; right: Int32Array; count: number },
  weightOf: (left: number, right: number) => number,
  previous?: CandidateEdges,
): CandidateEdges {
  const { left, right, count } = pairs;
  const start = new Int32Array(lefts + 1);
  for (let k = 0; k < count; k++) start[left[k]! + 1]!++;
  if (previous) for (let l = 0; l < lefts; l++) start[l + 1]! += previous.start[l + 1]! - previous.start[l]!;
  for (let l = 0; l < lefts; l++) start[l + 1]! += start[l]!;
  const fill = start.slice(0, lefts);
  const arcs = new Int32Array(start[lefts]!);
  for (let l = 0; previous && l < lefts; l++) {
    for (let e = previous.start[l]!; e < previous.start[l + 1]!; e++) arcs[fill[l]!++] = previous.right[e]!;
  }
  for (let k = 0; k < count; k++) arcs[fill[left[k]!]!++] = right[k]!;

  // Compact in place, skipping repeats within each left node's run; old arcs are unique and come first.
  const seen = new Int32Array(rights).fill(-1);
  const packedStart = new Int32Array(lefts + 1);
  const weight = new Float64Array(arcs.length);
  let out = 0;
  for (let l = 0; l < lefts; l++) {
    packedStart[l] = out;
    const kept = previous ? previous.start[l + 1]! - previous.start[l]! : 0;
    for (let e = start[l]!; e < start[l + 1]!; e++) {
      const r = arcs[e]!;
      if (seen[r] === l) continue;
      seen[r] = l;
      const k = e - start[l]!;
      weight[out] = previous && k < kept ? previous.weight[previous.start[l]! + k]! : weightOf(l, r);
      arcs[out++] = r;
    }
  }
  packedStart[lefts] = out;
  return { start: packedStart, right: arcs.slice(0, out), weight: weight.slice(0, out) };
}

/** The same arcs grouped by right node. */
export function transposeEdges(edges: CandidateEdges, rights: number): CandidateEdges {
  const lefts = edges.start.length - 1;
  const start = new Int32Array(rights + 1);
  const total = edges.start[lefts]!;
  for (let e = 0; e < total; e++) start[edges.right[e]! + 1]!++;
  for (let r = 0; r < rights; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, rights);
  const right = new Int32Array(total);
  const weight = new Float64Array(total);
  for (let l = 0; l < lefts; l++) {
    for (let e = edges.start[l]!; e < edges.start[l + 1]!; e++) {
      const at = fill[edges.right[e]!]!++;
      right[at] = l;
      weight[at] = edges.weight[e]!;
    }
  }
  return { start, right, weight };
}

/** Pairs (mentee, mentor) in the orientation of a flow: mentees or mentors on the left. */
export function oriented(pairs: PairList, menteesLeft: boolean): { left: Int32Array; right: Int32Array; count: number } {
  return menteesLeft ? { left: pairs.row, right: pairs.col, count: pairs.count } : { left: pairs.col, right: pairs.row, count: pairs.count };
}
