import { performance } from 'node:perf_hooks';
import {
  clearZoneTimelineCache,
  intersectIntervals,
  overlapMinutes,
  precomputeAll,
  precomputeAvailability,
  type Intervals,
  type Weekday,
  type WeeklyAvailability,
  type WeeklyWindow,
} from '../src/core/time';

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
  'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Mexico_City',
  'America/Bogota', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Santiago', 'America/St_Johns',
  'Europe/London', 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Paris', 'Europe/Warsaw', 'Europe/Istanbul', 'Africa/Lagos',
  'Africa/Nairobi', 'Africa/Johannesburg', 'Africa/Cairo', 'Asia/Beirut', 'Asia/Dubai', 'Asia/Tehran', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Auckland',
];

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A realistic week: some weekdays with one or two blocks (morning / evening), sometimes a weekend block. */
function randomAvailability(next: () => number): WeeklyAvailability {
  const timeZone = ZONES[Math.floor(next() * ZONES.length)]!;
  const windows: WeeklyWindow[] = [];
  for (let day = 1; day <= 7; day++) {
    const weekend = day >= 6;
    if (next() > (weekend ? 0.2 : 0.7)) continue;
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
  return { timeZone, windows };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Precomputes N people's 4-week Intervals (cold zone cache), then scores one mentee against
 * everyone: the suggestion-request hot path.
 */
export async function overlapBenchmark(args: string[]): Promise<object> {
  const people = flag(args, 'people', 20_000);
  const seed = flag(args, 'seed', 1);
  const weeks = flag(args, 'weeks', 4);
  const fromMs = Date.UTC(2027, 2, 8); // spans the US/EU March mismatch weeks
  const next = random(seed);
  const everyone = Array.from({ length: people }, () => randomAvailability(next));
  const mentee = randomAvailability(next);

  clearZoneTimelineCache();
  const p0 = performance.now();
  const expanded: Intervals[] = everyone.map((a) => precomputeAvailability(a, fromMs, weeks));
  const precomputeMs = performance.now() - p0;

  const w0 = performance.now();
  for (const a of everyone) precomputeAvailability(a, fromMs, weeks);
  const warmPrecomputeMs = performance.now() - w0;

  const d0 = performance.now();
  const shared = precomputeAll(everyone, fromMs, weeks);
  const dedupedPrecomputeMs = performance.now() - d0;
  const distinctAvailabilities = new Set(shared).size;

  const menteeIntervals = precomputeAvailability(mentee, fromMs, weeks);
  const overlapRuns: number[] = [];
  const intersectRuns: number[] = [];
  let checksum = 0;
  for (let run = 0; run < 7; run++) {
    const o0 = performance.now();
    for (const x of expanded) checksum += overlapMinutes(menteeIntervals, x);
    overlapRuns.push(performance.now() - o0);
    const i0 = performance.now();
    for (const x of expanded) checksum += intersectIntervals(menteeIntervals, x).length;
    intersectRuns.push(performance.now() - i0);
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    benchmark: 'overlap',
    people,
    seed,
    weeks,
    zones: ZONES.length,
    precomputeMs: round(precomputeMs),
    perPersonUs: round((precomputeMs / people) * 1000),
    warmPrecomputeMs: round(warmPrecomputeMs),
    dedupedPrecomputeMs: round(dedupedPrecomputeMs),
    distinctAvailabilities,
    overlapAllMs: round(median(overlapRuns)),
    intersectAllMs: round(median(intersectRuns)),
    intervalsPerPerson: round(expanded.reduce((n, x) => n + x.length / 2, 0) / people),
    checksum,
  };
}
