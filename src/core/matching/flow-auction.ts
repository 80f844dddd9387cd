/**
 * Forward auction with ε-scaling (Bertsekas) on a symmetric form of the problem:
 *
 *   persons: the mentees, plus one "filler" per seat (it keeps a seat empty);
 *   objects: the seats, plus a pool of n "unmatched" places.
 *
 * A mentee values a seat of mentor j at w_ij (its candidate arcs only) and a pool place
 * at 0; a filler of mentor j values that mentor's seats and the pool at 0. Persons and
 * objects are equally many and a perfect assignment always exists (mentees in the pool,
 * fillers in their own seats), so the plain forward auction applies — no reverse steps.
 * Seats of one mentor are interchangeable, as are pool places and the fillers of one
 * mentor, so a bidder only ever looks at the cheapest (and second-cheapest) object of
 * each group: candidate mentors, own mentor, pool.
 *
 * Each phase ends with every person holding an object it likes within ε of its best
 * ("ε-complementary slackness"); ε shrinks by ALPHA per phase. The result is near-optimal
 * with near-equilibrium prices — a start from which the exact flow only has to re-route a
 * few mentees (`warmStart`), far fewer than it would route from nothing.
 */
import type { CandidateEdges } from './assignment-edges';
import { PoolHeap } from './flow-pool';
import type { WarmStart } from './flow-ssp';

const ALPHA = 4;
const EMPTY = -1;

export class Auction {
  /** Object held per mentee: a seat 0..S-1, a pool place S..S+n-1, or EMPTY while bidding. */
  readonly holding: Int32Array;
  private readonly edges: CandidateEdges;
  private readonly seats: number;
  private readonly seatStart: Int32Array;
  private readonly seatMentor: Int32Array;
  private readonly price: Float64Array;
  /** Holder per object: a mentee, a filler of mentor j as -(j + 2), or EMPTY. */
  private readonly owner: Int32Array;
  private readonly cheapest: Int32Array;
  private readonly nextPrice: Float64Array;
  private readonly pool: PoolHeap;
  /** People still to bid: a mentee i ≥ 0 or a filler of mentor j as -(j + 1). */
  private readonly queue: number[] = [];

  constructor(
    edges: CandidateEdges,
    private readonly capacity: Int32Array,
  ) {
    const mentees = edges.start.length - 1;
    const mentors = capacity.length;
    this.edges = edges;
    this.seatStart = new Int32Array(mentors + 1);
    for (let j = 0; j < mentors; j++) this.seatStart[j + 1] = this.seatStart[j]! + capacity[j]!;
    this.seats = this.seatStart[mentors]!;
    this.seatMentor = new Int32Array(this.seats);
    for (let j = 0; j < mentors; j++) this.seatMentor.fill(j, this.seatStart[j]!, this.seatStart[j + 1]!);
    this.price = new Float64Array(this.seats + mentees);
    this.owner = new Int32Array(this.seats + mentees).fill(EMPTY);
    this.cheapest = new Int32Array(mentors);
    this.nextPrice = new Float64Array(mentors);
    for (let j = 0; j < mentors; j++) this.reprice(j);
    this.pool = new PoolHeap(this.price, this.seats, mentees);
    this.holding = new Int32Array(mentees).fill(EMPTY);
    for (let i = mentees - 1; i >= 0; i--) this.queue.push(i);
    for (let j = mentors - 1; j >= 0; j--) for (let k = 0; k < capacity[j]!; k++) this.queue.push(-(j + 1));
  }

  /** Makes mentee i bid again (its object is freed). */
  private release(i: number): void {
    const o = this.holding[i]!;
    if (o === EMPTY) return;
    this.holding[i] = EMPTY;
    this.vacate(o);
    this.queue.push(i);
  }

  /**
   * Empties object o and lowers its price to its group's cheapest: nobody's best option
   * changes, and the next bidder on the group takes this free object instead of
   * displacing someone and starting a chain of re-bids.
   */
  private vacate(o: number): void {
    this.owner[o] = EMPTY;
    if (o < this.seats) {
      const j = this.seatMentor[o]!;
      this.price[o] = this.price[this.cheapest[j]!]!;
      this.reprice(j);
    } else {
      this.price[o] = this.pool.minPrice();
      this.pool.vacated(o);
    }
  }

  /** Runs phases from ε = (largest weight) / ALPHA down to ε = `last`. */
  run(last: number): void {
    const first = Math.max(last, Math.floor(this.edges.weight.reduce((a, b) => Math.max(a, b), 0) / ALPHA));
    for (let eps = first; ; eps = Math.max(last, Math.floor(eps / ALPHA))) {
      if (eps < first) this.unassignUnhappy(eps);
      this.runPhase(eps);
      if (eps === last) return;
    }
  }

  /**
   * The auction's answer as a start for the exact flow (`FlowSolver`, mentee side): the
   * arcs in use, v_j = price of mentor j's cheapest seat over the pool's price level (0 if
   * the mentor has a seat without a mentee), u_i = each mentee's best response to those
   * prices, and the mentees for whom that is not exactly their current place ("loose").
   * Everyone else satisfies complementary slackness exactly.
   */
  warmStart(): { start: WarmStart; loose: number[] } {
    const { start, right, weight } = this.edges;
    const mentees = this.holding.length;
    const level = this.pool.minPrice();
    const mentorOf = this.mentorOf();
    const seated = new Int32Array(this.capacity.length);
    for (const j of mentorOf) if (j >= 0) seated[j]!++;
    const rightDual = Float64Array.from(this.cheapest, (s, j) => (seated[j]! < this.capacity[j]! ? 0 : Math.max(0, this.price[s]! - level)));
    const leftDual = new Float64Array(mentees);
    const used = new Uint8Array(right.length);
    const loose: number[] = [];
    for (let i = 0; i < mentees; i++) {
      let u = 0;
      let here = 0;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const value = weight[e]! - rightDual[right[e]!]!;
        u = Math.max(u, value);
        if (right[e] === mentorOf[i]) {
          used[e] = 1;
          here = value;
        }
      }
      leftDual[i] = u;
      if (u !== here) loose.push(i);
    }
    return { start: { used, leftDual, rightDual }, loose };
  }

  /** Mentor (index) per mentee, or -1 if it sits in the pool. */
  private mentorOf(): Int32Array {
    return Int32Array.from(this.holding, (o) => (o < this.seats ? this.seatMentor[o]! : -1));
  }

  private runPhase(eps: number): void {
    for (let who = this.queue.pop(); who !== undefined; who = this.queue.pop()) {
      if (who >= 0) this.menteeBids(who, eps);
      else this.fillerBids(-who - 1, eps);
    }
  }

  private menteeBids(i: number, eps: number): void {
    const { start, right, weight } = this.edges;
    const price = this.price;
    // Best and runner-up over groups (each group offers its cheapest object), then the
    // best group's own second object may be the true runner-up.
    let best = -this.pool.minPrice();
    let bestMentor = -1;
    let second = -this.pool.secondPrice();
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = right[e]!;
      const value = weight[e]! - price[this.cheapest[j]!]!;
      if (value > best) {
        second = Math.max(best, weight[e]! - this.nextPrice[j]!);
        best = value;
        bestMentor = j;
      } else if (value > second) {
        second = value;
      }
    }
    const target = bestMentor >= 0 ? this.cheapest[bestMentor]! : this.pool.min();
    this.take(target, i, best, second, eps);
  }

  private fillerBids(j: number, eps: number): void {
    const seatValue = -this.price[this.cheapest[j]!]!;
    const poolValue = -this.pool.minPrice();
    if (seatValue >= poolValue) this.take(this.cheapest[j]!, -(j + 2), seatValue, Math.max(-this.nextPrice[j]!, poolValue), eps);
    else this.take(this.pool.min(), -(j + 2), poolValue, Math.max(-this.pool.secondPrice(), seatValue), eps);
  }

  /** Gives object o to `holder`, raising its price so the holder is ε short of indifferent. */
  private take(o: number, holder: number, best: number, second: number, eps: number): void {
    const previous = this.owner[o]!;
    if (previous >= 0) {
      this.holding[previous] = EMPTY;
      this.queue.push(previous);
    } else if (previous !== EMPTY) {
      this.queue.push(previous + 1);
    }
    this.owner[o] = holder;
    if (holder >= 0) this.holding[holder] = o;
    // With no runner-up at all, any rise will do.
    this.price[o] = this.price[o]! + (second === -Infinity ? 0 : best - second) + eps;
    if (o < this.seats) this.reprice(this.seatMentor[o]!);
    else this.pool.raised(o);
  }

  /** Frees everyone whose held object is no longer within ε of their best option. */
  private unassignUnhappy(eps: number): void {
    const { start, right, weight } = this.edges;
    const price = this.price;
    for (let i = 0; i < this.holding.length; i++) {
      const o = this.holding[i]!;
      if (o === EMPTY) continue;
      let best = -this.pool.minPrice();
      let mine = o >= this.seats ? -price[o]! : -Infinity;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const s = this.cheapest[right[e]!]!;
        best = Math.max(best, weight[e]! - price[s]!);
        if (o < this.seats && this.seatMentor[o] === right[e]) mine = weight[e]! - price[o]!;
      }
      if (mine < best - eps) this.release(i);
    }
    for (let o = 0; o < this.owner.length; o++) {
      const holder = this.owner[o]!;
      if (holder >= EMPTY) continue;
      const j = -holder - 2;
      const best = Math.max(-price[this.cheapest[j]!]!, -this.pool.minPrice());
      if (-price[o]! < best - eps) {
        this.vacate(o);
        this.queue.push(-(j + 1));
      }
    }
  }

  /** Recomputes mentor j's cheapest seat (an empty one on ties) and second-cheapest price. */
  private reprice(j: number): void {
    const price = this.price;
    let best = this.seatStart[j]!;
    let second = Infinity;
    for (let s = best + 1; s < this.seatStart[j + 1]!; s++) {
      if (price[s]! < price[best]! || (price[s] === price[best] && this.owner[s] === EMPTY)) {
        second = price[best]!;
        best = s;
      } else {
        second = Math.min(second, price[s]!);
      }
    }
    this.cheapest[j] = best;
    this.nextPrice[j] = second;
  }
}
