import { createHash } from 'node:crypto';

/** A seeded random source (mulberry32): the demo's variety is the same on every start. */
export interface DemoRandom {
  /** In [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
}

/** A random source seeded by a key, so each pair's story does not shift when another is added. */
export function demoRandom(key: string): DemoRandom {
  let a = createHash('sha256').update(`meridian-demo-random:${key}`).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, chance: (p) => next() < p, pick: (xs) => xs[int(0, xs.length - 1)]! };
}
