/**
 * Exact min-cost flow on a sparse bipartite candidate graph: successive shortest
 * paths, Dijkstra on reduced costs with node potentials, and warm restarts.
 *
 * Network: "left" node l holds supply[l] units; each unit goes l → r → sink T over a
 * candidate arc (capacity 1, cost −weight; right node r takes at most capacity[r]
 * units) or l → T directly ("stays unassigned", cost 0). Weights are integers, so
 * distances and potentials are exact integers in float64. With the scarce side on the
 * left, every search ends at one of many free right nodes nearby.
 *
 * Invariant: reduced cost c(x,y) + p(x) − p(y) ≥ 0 on every residual arc, so the flow
 * routed so far is optimal for its value; at the end u_l = p_l − p_T and
 * v_r = p_T − p_r are optimal LP duals (see `duals`).
 *
 * Warm restart (`releaseLeft`): a left node gives its units back so it can be re-priced
 * for new arcs. A right node that loses a unit while it has a positive price keeps
 * sending that unit to T as a "deficit", so its arc to T never gets a negative reduced
 * cost; a later shortest path may end there and refill it.
 */
import type { CandidateEdges } from './assignment-edges';
import { MinHeap } from './flow-heap';

/** A solution to start from: arcs carrying flow and LP duals (u per left, v per right). */
export interface WarmStart {
  used: Uint8Array;
  leftDual: Float64Array;
  rightDual: Float64Array;
}

export class FlowSolver {
  /** Node potentials: left 0..L-1, right L..L+R-1, sink L+R. */
  readonly potential: Float64Array;
  private edges!: CandidateEdges;
  private used!: Uint8Array;
  private edgeLeft!: Int32Array;
  /** Per right node, the ids of the arcs that carry flow into it. */
  private readonly inStart: Int32Array;
  private readonly inArcs: Int32Array;
  private readonly inCount: Int32Array;
  private readonly deficit: Int32Array;
  /** Units of each left node sent straight to T. */
  private readonly idle: Int32Array;
  private sinkDemand = 0;
  /** Smallest tentative distance of a target in the current search: nothing beyond it matters. */
  private bound = Infinity;
  private readonly pending: number[] = [];
  private readonly heap: MinHeap;
  private readonly predNode: Int32Array;
  private readonly predArc: Int32Array;
  private readonly lefts: number;
  private readonly sink: number;

  /**
   * Starts with nothing routed, or — given `warm` — from that solution, with p_left = u,
   * p_right = −v, p_T = 0 and every unit not on an arc idle. The solution need not satisfy
   * complementary slackness everywhere: `releaseLeft` each left node where it fails.
   */
  constructor(
    private readonly supply: Int32Array,
    private readonly capacity: Int32Array,
    edges: CandidateEdges,
    warm?: WarmStart,
  ) {
    this.lefts = supply.length;
    this.sink = supply.length + capacity.length;
    const nodes = this.sink + 1;
    this.potential = new Float64Array(nodes);
    this.inStart = new Int32Array(capacity.length + 1);
    for (let r = 0; r < capacity.length; r++) this.inStart[r + 1] = this.inStart[r]! + capacity[r]!;
    this.inArcs = new Int32Array(this.inStart[capacity.length]!);
    this.inCount = new Int32Array(capacity.length);
    this.deficit = new Int32Array(capacity.length);
    this.idle = Int32Array.from(supply);
    this.heap = new MinHeap(nodes);
    this.predNode = new Int32Array(nodes);
    this.predArc = new Int32Array(nodes);
    this.setEdges(edges);
    if (warm) {
      this.potential.set(warm.leftDual);
      for (let r = 0; r < capacity.length; r++) this.potential[this.lefts + r] = -warm.rightDual[r]!;
      for (let e = 0; e < warm.used.length; e++) {
        if (warm.used[e] !== 1) continue;
        const r = edges.right[e]!;
        this.used[e] = 1;
        this.idle[this.edgeLeft[e]!]!--;
        this.inArcs[this.inStart[r]! + this.inCount[r]!++] = e;
      }
      return;
    }
    // Nothing flows yet: every unit is pending, and pricing each left node at its best arc
    // makes every reduced cost non-negative.
    this.idle.fill(0);
    for (let l = this.lefts - 1; l >= 0; l--) {
      this.reprice(l);
      for (let k = 0; k < supply[l]!; k++) this.pending.push(l);
      this.sinkDemand += supply[l]!;
    }
  }

  /**
   * Swaps in new arcs, keeping the flow on arcs present in both. Each left node's old arcs
   * must come first, in the same order, with any new ones appended.
   */
  setEdges(edges: CandidateEdges): void {
    const old = this.edges;
    const oldUsed = this.used;
    const count = edges.start[this.lefts]!;
    this.used = new Uint8Array(count);
    this.edgeLeft = new Int32Array(count);
    this.inCount.fill(0);
    for (let l = 0; l < this.lefts; l++) {
      const first = edges.start[l]!;
      for (let e = first; e < edges.start[l + 1]!; e++) this.edgeLeft[e] = l;
      if (!old) continue;
      for (let e = old.start[l]!; e < old.start[l + 1]!; e++) {
        if (oldUsed[e] !== 1) continue;
        const moved = first + (e - old.start[l]!);
        const r = edges.right[moved]!;
        this.used[moved] = 1;
        this.inArcs[this.inStart[r]! + this.inCount[r]!++] = moved;
      }
    }
    this.edges = edges;
  }

  /** Gives back every unit of left node l and re-prices it against its (new) arcs. */
  releaseLeft(l: number): void {
    const { start, right } = this.edges;
    const p = this.potential;
    const pt = p[this.sink]!;
    for (let e = start[l]!; e < start[l + 1]!; e++) {
      if (this.used[e] !== 1) continue;
      const r = right[e]!;
      this.used[e] = 0;
      this.removeInArc(r, e);
      this.pending.push(l);
      if (pt - p[this.lefts + r]! > 0) this.deficit[r]!++;
      else this.sinkDemand++;
    }
    for (; this.idle[l]! > 0; this.idle[l]!--) {
      this.pending.push(l);
      this.sinkDemand++;
    }
    this.reprice(l);
  }

  /** Routes every pending unit along a shortest augmenting path. */
  routePending(): void {
    for (let l = this.pending.pop(); l !== undefined; l = this.pending.pop()) this.route(l);
  }

  /** Which arcs carry flow (1) — valid until the next call that changes the flow or the arcs. */
  usedArcs(): Uint8Array {
    return this.used;
  }

  /**
   * LP duals of the current optimum, u ≥ 0 per left node and v ≥ 0 per right node, with
   * u_l + v_r = w on every arc carrying flow. Potentials are first normalised in place by
   * moves that keep every reduced cost non-negative: a left node with all units idle is
   * raised to u = 0; each right node is lowered as far as its flow-carrying arcs (and,
   * if it has room, its arc to T) allow. The second move matters when a left node holds
   * several units: a search may settle it without reaching all of its right nodes.
   */
  duals(): { left: Float64Array; right: Float64Array } {
    const p = this.potential;
    const pt = p[this.sink]!;
    const left = new Float64Array(this.lefts);
    const right = new Float64Array(this.capacity.length);
    for (let l = 0; l < this.lefts; l++) {
      if (p[l]! < pt) p[l] = pt;
      left[l] = p[l]! - pt;
    }
    for (let r = 0; r < right.length; r++) {
      const node = this.lefts + r;
      const first = this.inStart[r]!;
      const count = this.inCount[r]!;
      let lowest = count + this.deficit[r]! < this.capacity[r]! ? pt : -Infinity;
      for (let k = first; k < first + count; k++) {
        const e = this.inArcs[k]!;
        lowest = Math.max(lowest, p[this.edgeLeft[e]!]! - this.edges.weight[e]!);
      }
      if (lowest > -Infinity) p[node] = lowest;
      right[r] = pt - p[node]!;
    }
    return { left, right };
  }

  private reprice(l: number): void {
    const { start, right, weight } = this.edges;
    const p = this.potential;
    let price = p[this.sink]!;
    for (let e = start[l]!; e < start[l + 1]!; e++) price = Math.max(price, weight[e]! + p[this.lefts + right[e]!]!);
    p[l] = price;
  }

  private route(source: number): void {
    const p = this.potential;
    const lefts = this.lefts;
    const sink = this.sink;
    const heap = this.heap;
    const dist = heap.key;
    this.bound = Infinity;
    heap.improve(source, 0);
    let target = -1;
    while (heap.size > 0) {
      const x = heap.poll();
      const dx = dist[x]!;
      if (x < lefts) {
        this.relaxLeft(x, dx);
      } else if (x < sink) {
        if (this.deficit[x - lefts]! > 0) {
          target = x;
          break;
        }
        this.relaxRight(x, dx);
      } else {
        if (this.sinkDemand > 0) {
          target = x;
          break;
        }
        this.relaxSink(dx);
      }
    }
    if (target < 0) throw new Error('flow: no augmenting path (internal error)');
    this.augment(source, target);
    // Settled nodes move by dist − D; everything else keeps its potential.
    const d = dist[target]!;
    const settled = heap.settled;
    for (let k = 0; k < heap.settledCount; k++) {
      const x = settled[k]!;
      p[x] = p[x]! + dist[x]! - d;
    }
    heap.reset();
  }

  private relaxLeft(l: number, dl: number): void {
    const { start, right, weight } = this.edges;
    const used = this.used;
    const p = this.potential;
    const lefts = this.lefts;
    const heap = this.heap;
    const pl = p[l]!;
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      if (used[e] === 1) continue;
      const node = lefts + right[e]!;
      const d = dl + pl - p[node]! - weight[e]!;
      if (d < this.bound && heap.improve(node, d)) {
        this.predNode[node] = l;
        this.predArc[node] = e;
        if (this.deficit[node - lefts]! > 0) this.bound = d;
      }
    }
    if (this.idle[l]! < this.supply[l]!) this.reachSink(dl + pl - p[this.sink]!, l);
  }

  private reachSink(d: number, from: number): void {
    if (d < this.bound && this.heap.improve(this.sink, d)) {
      this.predNode[this.sink] = from;
      if (this.sinkDemand > 0) this.bound = d;
    }
  }

  private relaxRight(node: number, dr: number): void {
    const p = this.potential;
    const r = node - this.lefts;
    const heap = this.heap;
    const pr = p[node]!;
    const first = this.inStart[r]!;
    const count = this.inCount[r]!;
    for (let k = first; k < first + count; k++) {
      const e = this.inArcs[k]!;
      const l = this.edgeLeft[e]!;
      const d = dr + this.edges.weight[e]! + pr - p[l]!;
      if (d < this.bound && heap.improve(l, d)) {
        this.predNode[l] = node;
        this.predArc[l] = e;
      }
    }
    if (count + this.deficit[r]! < this.capacity[r]!) this.reachSink(dr + pr - p[this.sink]!, node);
  }

  /** The sink only expands when it has no demand left, i.e. during warm restarts. */
  private relaxSink(dt: number): void {
    const p = this.potential;
    const lefts = this.lefts;
    const heap = this.heap;
    const pt = p[this.sink]!;
    for (let r = 0; r < this.capacity.length; r++) {
      if (this.inCount[r]! + this.deficit[r]! === 0) continue;
      const node = lefts + r;
      const d = dt + pt - p[node]!;
      if (d < this.bound && heap.improve(node, d)) {
        this.predNode[node] = this.sink;
        if (this.deficit[r]! > 0) this.bound = d;
      }
    }
    for (let l = 0; l < lefts; l++) {
      if (this.idle[l]! === 0) continue;
      const d = dt + pt - p[l]!;
      if (d < this.bound && heap.improve(l, d)) this.predNode[l] = this.sink;
    }
  }

  /** Flips the arcs of the path source → … → target, walking back from the target. */
  private augment(source: number, target: number): void {
    const lefts = this.lefts;
    const sink = this.sink;
    if (target === sink) this.sinkDemand--;
    else this.deficit[target - lefts]!--;
    let x = target;
    while (x !== source) {
      const y = this.predNode[x]!;
      if (y < lefts) {
        if (x === sink) {
          this.idle[y]!++;
        } else {
          const e = this.predArc[x]!;
          this.used[e] = 1;
          this.inArcs[this.inStart[x - lefts]! + this.inCount[x - lefts]!++] = e;
        }
      } else if (y === sink) {
        if (x < lefts) this.idle[x]!--;
      } else if (x < lefts) {
        const e = this.predArc[x]!;
        this.used[e] = 0;
        this.removeInArc(y - lefts, e);
      }
      // Arcs right → sink and sink → right only change counts that inCount/deficit already track.
      x = y;
    }
  }

  private removeInArc(r: number, e: number): void {
    const first = this.inStart[r]!;
    const last = first + --this.inCount[r]!;
    for (let k = first; k <= last; k++) {
      if (this.inArcs[k] === e) {
        this.inArcs[k] = this.inArcs[last]!;
        return;
      }
    }
  }
}
