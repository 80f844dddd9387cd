/**
 * Indexed binary min-heap for Dijkstra over nodes 0..size-1, with decrease-key.
 * `key` doubles as the distance array; `reset` clears only the nodes a search
 * touched, so many small searches on a large graph stay cheap.
 */
const FRESH = 0;
const QUEUED = 1;
const SETTLED = 2;

export class MinHeap {
  readonly key: Float64Array;
  /** Nodes in the order they were polled since the last reset. */
  readonly settled: Int32Array;
  settledCount = 0;
  size = 0;
  private readonly state: Uint8Array;
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(nodes: number) {
    this.key = new Float64Array(nodes).fill(Infinity);
    this.settled = new Int32Array(nodes);
    this.state = new Uint8Array(nodes);
    this.items = new Int32Array(nodes);
    this.position = new Int32Array(nodes);
    this.touched = new Int32Array(nodes);
  }

  /** Lowers the key of an unsettled node (inserting it if new); true if it improved. */
  improve(node: number, key: number): boolean {
    const state = this.state[node]!;
    if (state === SETTLED || key >= this.key[node]!) return false;
    this.key[node] = key;
    if (state === FRESH) {
      this.state[node] = QUEUED;
      this.touched[this.touchedCount++] = node;
      this.items[this.size] = node;
      this.position[node] = this.size;
      this.siftUp(this.size++);
    } else {
      this.siftUp(this.position[node]!);
    }
    return true;
  }

  /** Removes and returns the node with the smallest key, marking it settled. */
  poll(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    if (this.size > 0) {
      items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    this.state[top] = SETTLED;
    this.settled[this.settledCount++] = top;
    return top;
  }

  reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const node = this.touched[k]!;
      this.key[node] = Infinity;
      this.state[node] = FRESH;
    }
    this.touchedCount = 0;
    this.settledCount = 0;
    this.size = 0;
  }

  private siftUp(at: number): void {
    const items = this.items;
    const key = this.key;
    const node = items[at]!;
    const k = key[node]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent]!;
      if (key[above]! <= k) break;
      items[at] = above;
      this.position[above] = at;
      at = parent;
    }
    items[at] = node;
    this.position[node] = at;
  }

  private siftDown(at: number): void {
    const items = this.items;
    const key = this.key;
    const size = this.size;
    const node = items[at]!;
    const k = key[node]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && key[items[child + 1]!]! < key[items[child]!]!) child++;
      const below = items[child]!;
      if (key[below]! >= k) break;
      items[at] = below;
      this.position[below] = at;
      at = child;
    }
    items[at] = node;
    this.position[node] = at;
  }
}
