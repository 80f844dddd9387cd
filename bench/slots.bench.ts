import { performance } from 'node:perf_hooks';
import { mutualSlots, stretchSlots, type SlotPerson } from '../src/core/scheduling';
import { mergeIntervals, type DateOverride, type Schedule, type TravelPeriod, type Weekday, type WeeklyWindow } from '../src/core/time';
import { expandSchedule } from '../src/core/time/schedule';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** mulberry32: small, fast, deterministic for a given seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Where mentors and mentees live, including half- and quarter-hour offsets and southern DST.
const ZONES = [
  'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Mexico_City', 'America/Bogota',
  'America/Sao_Paulo', 'America/Santiago', 'America/St_Johns', 'Europe/London', 'Europe/Berlin', 'Europe/Istanbul',
  'Africa/Lagos', 'Africa/Nairobi', 'Africa/Cairo', 'Asia/Beirut', 'Asia/Dubai', 'Asia/Tehran', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Chatham',
  'Pacific/Auckland',
];

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function pick<T>(next: () => number, xs: readonly T[]): T {
  return xs[Math.floor(next() * xs.length)]!;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A realistic week (one or two blocks on some days); some people add overrides or a trip inside the span. */
function randomSchedule(next: () => number, fromMs: number, weeks: number): Schedule {
  const windows: WeeklyWindow[] = [];
  for (let day = 1; day <= 7; day++) {
    if (next() > (day >= 6 ? 0.2 : 0.7)) continue;
    const blocks = next() < 0.35 ? 2 : 1;
    let earliest = 6 * 60;
    for (let b = 0; b < blocks; b++) {
      const start = earliest + Math.floor(next() * 12) * 30;
      const end = Math.min(24 * 60, start + (2 + Math.floor(next() * 8)) * 30);
      windows.push({ weekday: day as Weekday, start: hhmm(start), end: hhmm(end) });
      earliest = end + 60;
      if (earliest >= 23 * 60) break;
    }
  }
  const spanDays = weeks * 7;
  const overrides: DateOverride[] = [];
  if (next() < 0.3) {
    for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
      const date = isoDate(fromMs + Math.floor(next() * spanDays) * DAY_MS);
      const start = (8 + Math.floor(next() * 10)) * 60;
      const r = next();
      if (r < 0.4) overrides.push({ date, available: false, windows: [] });
      else overrides.push({ date, available: r < 0.7, windows: [{ start: hhmm(start), end: hhmm(start + 120) }] });
    }
  }
  const travel: TravelPeriod[] = [];
  if (next() < 0.15) {
    const first = Math.floor(next() * spanDays);
    travel.push({ startsOn: isoDate(fromMs + first * DAY_MS), endsOn: isoDate(fromMs + (first + 3 + Math.floor(next() * 8)) * DAY_MS), timeZone: pick(next, ZONES) });
  }
  return { timeZone: pick(next, ZONES), windows, overrides, travel };
}

/** Both people's confirmed meetings, widened by the buffer and merged, as the service passes them. */
function randomBusy(next: () => number, fromMin: number, spanMin: number, bufferMin: number): Int32Array {
  const pairs: number[] = [];
  for (let k = Math.floor(next() * 5); k > 0; k--) {
    const start = fromMin + Math.floor((next() * spanMin) / 15) * 15;
    pairs.push(start - bufferMin, start + 30 + Math.floor(next() * 3) * 15 + bufferMin);
  }
  return mergeIntervals(pairs);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Four weeks of slots for N random pairs: expandSchedule for both people, mutualSlots, and
 * stretchSlots when there are fewer than two mutual slots a week (as the service does). Times each
 * pair end to end, cold zone caches included.
 */
export async function slotsBenchmark(args: string[]): Promise<object> {
  const pairs = flag(args, 'pairs', 10_000);
  const seed = flag(args, 'seed', 1);
  const weeks = 4;
  const fromMs = Date.UTC(2026, 2, 2); // spans the US, EU and Lebanese March changes
  const toMs = fromMs + weeks * WEEK_MS;
  const fromMin = fromMs / 60_000;
  const toMin = toMs / 60_000;
  const next = random(seed);
  const inputs = Array.from({ length: pairs }, () => ({
    a: randomSchedule(next, fromMs, weeks),
    b: randomSchedule(next, fromMs, weeks),
    busy: randomBusy(next, fromMin, toMin - fromMin, 15),
    burden: { a: Math.floor(next() * 3), b: Math.floor(next() * 3) },
  }));

  const times: number[] = [];
  let stretchPairs = 0;
  let mutualTotal = 0;
  let stretchTotal = 0;
  for (const input of inputs) {
    const t0 = performance.now();
    const a: SlotPerson = { intervals: expandSchedule(input.a, fromMs, toMs), schedule: input.a, weekend: [6, 7] };
    const b: SlotPerson = { intervals: expandSchedule(input.b, fromMs, toMs), schedule: input.b, weekend: [5, 6] };
    const search = { busy: input.busy, fromMin, toMin, notBeforeMin: fromMin + 24 * 60, durationMin: 60 };
    const mutual = mutualSlots({ ...search, a: a.intervals, b: b.intervals });
    let stretch = 0;
    if (mutual.length < 2 * weeks) stretch = stretchSlots({ ...search, a, b, burden: input.burden }).length;
    times.push(performance.now() - t0);
    mutualTotal += mutual.length;
    if (mutual.length < 2 * weeks) stretchPairs++;
    stretchTotal += stretch;
  }
  const sorted = [...times].sort((x, y) => x - y);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    benchmark: 'slots',
    pairs,
    seed,
    weeks,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted[sorted.length - 1]!),
    stretchPairs,
    meanMutualSlots: round(mutualTotal / pairs),
    meanStretchSlots: round(stretchTotal / Math.max(1, stretchPairs)),
  };
}
