import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { expandAvailability, precomputeAll, precomputeAvailability } from './expand';
import { mergeIntervals, totalMinutes } from './intervals';
import { zoneGapHours } from './overlap';
import { summariseOverlap } from './summary';
import { availabilityArb, days, fromArb, list, person, utc, utcMin } from './test-helpers';
import { MS_PER_WEEK, type Intervals, type WeeklyAvailability } from './types';
import { formatClock } from './windows';
import { clearZoneTimelineCache } from './zone-timeline';

const sunday = (start: string, end: string) => person('America/Los_Angeles', days([7], start, end));
const LA_SPRING = [utc(2026, 3, 2), utc(2026, 3, 9)] as const; // contains Sun 2026-03-08, 02:00 → 03:00
const LA_FALL = [utc(2026, 10, 26), utc(2026, 11, 2)] as const; // contains Sun 2026-11-01, 02:00 → 01:00

describe('expandAvailability: plain weeks', () => {
  it('maps local windows to UTC and merges across midnight', () => {
    const a = person('America/Los_Angeles', days([1], '20:00', '24:00'), days([2], '00:00', '02:00'));
    // Mon 2026-01-12 20:00 PST = Tue 04:00Z, through Tue 02:00 PST = 10:00Z.
    expect(list(expandAvailability(a, utc(2026, 1, 12), utc(2026, 1, 19)))).toEqual([utcMin(2026, 1, 13, 4), utcMin(2026, 1, 13, 10)]);
  });

  it('clips to [from, to), truncating the bounds to whole minutes', () => {
    const a = person('UTC', days([1], '09:00', '17:00'));
    const x = expandAvailability(a, utc(2026, 1, 12, 10) + 59_999, utc(2026, 1, 12, 11, 30) + 1);
    expect(list(x)).toEqual([utcMin(2026, 1, 12, 10), utcMin(2026, 1, 12, 11, 30)]);
    expect(expandAvailability(a, utc(2026, 1, 12), utc(2026, 1, 12))).toHaveLength(0);
  });

  it('handles 30- and 45-minute offsets to the minute', () => {
    const w = days([1], '09:00', '17:00');
    expect(list(expandAvailability(person('Asia/Kolkata', w), utc(2026, 1, 12), utc(2026, 1, 13)))).toEqual([
      utcMin(2026, 1, 12, 3, 30),
      utcMin(2026, 1, 12, 11, 30),
    ]);
    expect(list(expandAvailability(person('Asia/Kathmandu', w), utc(2026, 1, 12), utc(2026, 1, 13)))).toEqual([
      utcMin(2026, 1, 12, 3, 15),
      utcMin(2026, 1, 12, 11, 15),
    ]);
  });
});

describe('expandAvailability: spring forward (nonexistent local times are skipped)', () => {
  it('a window covering 02:00–03:00 on 2026-03-08 in Los Angeles lasts 2 h, not 3', () => {
    const x = expandAvailability(sunday('01:00', '04:00'), ...LA_SPRING);
    expect(list(x)).toEqual([utcMin(2026, 3, 8, 9), utcMin(2026, 3, 8, 11)]);
    expect(totalMinutes(x)).toBe(120);
  });

  it('a window inside the gap is empty; one straddling its end keeps the real part', () => {
    expect(expandAvailability(sunday('02:00', '03:00'), ...LA_SPRING)).toHaveLength(0);
    expect(list(expandAvailability(sunday('02:30', '03:30'), ...LA_SPRING))).toEqual([utcMin(2026, 3, 8, 10), utcMin(2026, 3, 8, 10, 30)]);
  });

  it('the same window a week earlier lasts 3 h', () => {
    expect(totalMinutes(expandAvailability(sunday('01:00', '04:00'), utc(2026, 2, 23), utc(2026, 3, 2)))).toBe(180);
  });

  it('Australia/Lord_Howe moves only 30 minutes (2026-10-04, 02:00 → 02:30)', () => {
    const a = person('Australia/Lord_Howe', days([7], '01:00', '04:00'));
    const x = expandAvailability(a, utc(2026, 9, 28), utc(2026, 10, 5));
    // 01:00 at +10:30 is 14:30Z the day before; 04:00 at +11:00 is 17:00Z.
    expect(list(x)).toEqual([utcMin(2026, 10, 3, 14, 30), utcMin(2026, 10, 3, 17)]);
    expect(totalMinutes(x)).toBe(150);
  });
});

describe('expandAvailability: fall back (a repeated local hour counts twice)', () => {
  it('00:00–03:00 on 2026-11-01 in Los Angeles lasts 4 h', () => {
    const x = expandAvailability(sunday('00:00', '03:00'), ...LA_FALL);
    expect(list(x)).toEqual([utcMin(2026, 11, 1, 7), utcMin(2026, 11, 1, 11)]);
  });

  it('01:00–02:00 covers both occurrences of that hour', () => {
    expect(list(expandAvailability(sunday('01:00', '02:00'), ...LA_FALL))).toEqual([utcMin(2026, 11, 1, 8), utcMin(2026, 11, 1, 10)]);
  });

  it('01:00–01:30 is two half-hours, an hour apart', () => {
    expect(list(expandAvailability(sunday('01:00', '01:30'), ...LA_FALL))).toEqual([
      utcMin(2026, 11, 1, 8),
      utcMin(2026, 11, 1, 8, 30),
      utcMin(2026, 11, 1, 9),
      utcMin(2026, 11, 1, 9, 30),
    ]);
  });

  it('Australia/Lord_Howe repeats 01:30–02:00 (2026-04-05): 01:00–03:00 lasts 150 min', () => {
    const a = person('Australia/Lord_Howe', days([7], '01:00', '03:00'));
    const x = expandAvailability(a, utc(2026, 3, 30), utc(2026, 4, 6));
    expect(list(x)).toEqual([utcMin(2026, 4, 4, 14), utcMin(2026, 4, 4, 16, 30)]);
  });
});

describe('precompute', () => {
  it('precomputeAvailability covers whole weeks; precomputeAll shares work by signature', () => {
    const a = person('Europe/Berlin', days([1, 3], '09:00', '12:00'));
    const same = person('Europe/Berlin', days([3], '09:00', '12:00'), days([1], '09:00', '10:00'), days([1], '10:00', '12:00'));
    const x = precomputeAvailability(a, utc(2026, 6, 1), 4);
    expect(totalMinutes(x)).toBe(4 * 2 * 180);
    const [p, q, r] = precomputeAll([a, same, person('Europe/Paris', days([1], '09:00', '12:00'))], utc(2026, 6, 1));
    expect(p).toBe(q);
    expect(list(p!)).toEqual(list(x));
    expect(totalMinutes(r!)).toBe(4 * 180);
  });

  it('rejects unknown zones and malformed windows', () => {
    expect(() => expandAvailability(person('Nowhere/Else', days([1], '09:00', '10:00')), 0, MS_PER_WEEK)).toThrow(RangeError);
    expect(() => expandAvailability(person('UTC', days([1], '10:00', '09:00')), 0, MS_PER_WEEK)).toThrow(RangeError);
  });
});

/** Independent oracle: does the owner's wall clock at minute t (via Luxon DateTime) fall inside a window? */
function wallClockInside(a: WeeklyAvailability, minute: number): boolean {
  const dt = DateTime.fromMillis(minute * 60_000, { zone: a.timeZone });
  const clock = formatClock(dt.hour * 60 + dt.minute);
  return a.windows.some((w) => w.weekday === dt.weekday && w.start <= clock && clock < w.end);
}

function covers(x: Intervals, minute: number): boolean {
  for (let k = 0; k < x.length; k += 2) if (x[k]! <= minute && minute < x[k + 1]!) return true;
  return false;
}

function isValidIntervals(x: Intervals): boolean {
  for (let k = 0; k < x.length; k += 2) if (!(x[k]! < x[k + 1]!) || (k > 0 && !(x[k - 1]! < x[k]!))) return false;
  return true;
}

describe('expandAvailability: properties', () => {
  it('covers exactly the minutes whose local wall time is inside a window (checked against Luxon DateTime)', () => {
    fc.assert(
      fc.property(availabilityArb, fromArb, fc.array(fc.integer({ min: 0, max: 4 * 10080 - 1 }), { maxLength: 30 }), (a, from, probes) => {
        const x = precomputeAvailability(a, from, 4);
        expect(isValidIntervals(x)).toBe(true);
        const lo = Math.floor(from / 60_000);
        const edges = list(x).flatMap((m) => [m - 1, m]);
        for (const m of [...probes.map((p) => lo + p), ...edges]) {
          if (m < lo || m >= lo + 4 * 10080) continue;
          expect(covers(x, m), `${a.timeZone} at ${new Date(m * 60_000).toISOString()}`).toBe(wallClockInside(a, m));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('four weeks at once equal the four single weeks joined', () => {
    fc.assert(
      fc.property(availabilityArb, fromArb, (a, from) => {
        const whole = precomputeAvailability(a, from, 4);
        const parts = [0, 1, 2, 3].map((k) => precomputeAvailability(a, from + k * MS_PER_WEEK, 1));
        expect(parts.reduce((sum, p) => sum + totalMinutes(p), 0)).toBe(totalMinutes(whole));
        expect(list(mergeIntervals(parts.flatMap(list)))).toEqual(list(whole));
      }),
      { numRuns: 200 },
    );
  });
});

describe('process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    clearZoneTimelineCache();
  });

  it('results do not depend on the process TZ', () => {
    const samples = fc.sample(fc.tuple(availabilityArb, fromArb), { numRuns: 40, seed: 7 });
    const compute = () =>
      samples.map(([a, from]) => {
        const x = precomputeAvailability(a, from, 4);
        return { x: list(x), summary: summariseOverlap(x, a.timeZone, 4), gap: zoneGapHours(a.timeZone, 'Asia/Kathmandu', from) };
      });
    const before = compute();
    expect(process.env.TZ).toBe('America/Sao_Paulo');
    for (const tz of ['Pacific/Kiritimati', 'Australia/Lord_Howe']) {
      process.env.TZ = tz;
      clearZoneTimelineCache();
      expect(new Date(utc(2026, 1, 1)).getTimezoneOffset()).not.toBe(180); // the switch took effect
      expect(compute()).toEqual(before);
    }
  });
});
