import type { Clock } from '../src/shared/clock';

/** A clock tests set and move by hand. */
export class TestClock implements Clock {
  private t: number;
  constructor(start = '2026-11-24T09:00:00.000Z') {
    this.t = Date.parse(start);
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(minutes: number): void {
    this.t += minutes * 60_000;
  }
  set(isoTime: string): void {
    this.t = Date.parse(isoTime);
  }
}
