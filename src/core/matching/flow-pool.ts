/**
 * Min-heap of the auction's pool places (objects offset..offset+size-1) by price. Prices
 * only rise, except that a place being freed drops to the minimum (`vacated`).
 */
export class PoolHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;

  constructor(
    private readonly price: Float64Array,
    private readonly offset: number,
    private readonly size: number,
  ) {
    this.items = Int32Array.from({ length: size }, (_, k) => offset + k);
    this.position = Int32Array.from({ length: size }, (_, k) => k);
  }

  min(): number {
    return this.items[0]!;
  }

  minPrice(): number {
    return this.size > 0 ? this.price[this.items[0]!]! : Infinity;
  }

  secondPrice(): number {
    if (this.size < 2) return Infinity;
    const a = this.price[this.items[1]!]!;
    return this.size > 2 ? Math.min(a, this.price[this.items[2]!]!) : a;
  }

  /** Moves place o, now free at the minimum price, to the top so it is taken first. */
  vacated(o: number): void {
    const { items, position } = this;
    let at = position[o - this.offset]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      items[at] = items[parent]!;
      position[items[at]! - this.offset] = at;
      at = parent;
    }
    items[0] = o;
    position[o - this.offset] = 0;
  }

  /** Restores heap order after the price of place o went up. */
  raised(o: number): void {
    const { items, position, price, size } = this;
    let at = position[o - this.offset]!;
    const key = price[o]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && price[items[child + 1]!]! < price[items[child]!]!) child++;
      if (price[items[child]!]! >= key) break;
      items[at] = items[child]!;
      position[items[at]! - this.offset] = at;
      at = child;
    }
    items[at] = o;
    position[o - this.offset] = at;
  }
}
