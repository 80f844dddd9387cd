import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { availabilityArb, fromArb } from '../time/test-helpers';
import type { Awkwardness, Weekday, WeeklyAvailability } from '../time/types';
import { formatClock } from '../time/windows';
import { AWKWARDNESS_COST, awkwardnessAt, awkwardnessCost } from './awkwardness';
import { local, schedule, slotPerson, weekdays, WEEKDAYS } from './test-helpers';
import { days } from '../time/test-helpers';

const LA = 'America/Los_Angeles';
const span = [local(LA, '2026-06-01T00:00'), local(LA, '2026-06-15T00:00')] as const;

describe('awkwardnessAt', () => {
  const officeHours = slotPerson(weekdays(LA, '09:00', '17:00'), ...span);
  const at = (iso: string, minutes = 60) => awkwardnessAt(local(LA, iso), minutes, officeHours);

  it('working inside the windows; otherwise night, weekend, early or late by the local clock', () => {
    expect(at('2026-06-01T10:00')).toBe('working');
    expect(at('2026-06-01T16:00')).toBe('working');
    expect(at('2026-06-01T16:30')).toBe('late'); // half outside is outside
    expect(at('2026-06-01T08:30')).toBe('early');
    expect(at('2026-06-01T07:00')).toBe('early');
    expect(at('2026-06-01T06:30')).toBe('night'); // 06:30–07:00 is night
    expect(at('2026-06-01T21:00')).toBe('late');
    expect(at('2026-06-01T21:30')).toBe('night');
    expect(at('2026-06-01T23:00', 30)).toBe('night');
    expect(at('2026-06-06T10:00')).toBe('weekend');
    expect(at('2026-06-06T23:00')).toBe('night'); // night outranks weekend
  });

  it('uses the person’s own weekend', () => {
    const friSat = { ...officeHours, weekend: [5, 6] as Weekday[] };
    expect(awkwardnessAt(local(LA, '2026-06-05T18:00'), 60, friSat)).toBe('weekend');
    expect(awkwardnessAt(local(LA, '2026-06-07T18:00'), 60, friSat)).toBe('late');
    expect(awkwardnessAt(local(LA, '2026-06-05T10:00'), 60, friSat)).toBe('working'); // their windows say so
  });

  it('reads the travel zone’s clock while travelling', () => {
    const traveller = schedule(LA, days(WEEKDAYS, '09:00', '17:00'), { travel: [{ startsOn: '2026-06-06', endsOn: '2026-06-14', timeZone: 'Asia/Tokyo' }] });
    const p = slotPerson(traveller, ...span);
    expect(awkwardnessAt(local('Asia/Tokyo', '2026-06-09T10:00'), 60, p)).toBe('working');
    expect(awkwardnessAt(local('Asia/Tokyo', '2026-06-09T08:00'), 60, p)).toBe('early'); // 16:00 at home
    expect(awkwardnessAt(local('Asia/Tokyo', '2026-06-09T23:00'), 60, p)).toBe('night'); // 07:00 at home
  });

  it('costs: working 0, early and late 1, weekend 2, night 3', () => {
    expect(AWKWARDNESS_COST).toEqual({ working: 0, early: 1, late: 1, weekend: 2, night: 3 });
    expect((['working', 'early', 'late', 'weekend', 'night'] as const).map(awkwardnessCost)).toEqual([0, 1, 1, 2, 3]);
  });
});

/** The rules read minute by minute from Luxon DateTimes. */
function oracle(a: WeeklyAvailability, start: number, minutes: number, weekend: number[]): Awkwardness {
  const at = (m: number) => DateTime.fromMillis(m * 60_000, { zone: a.timeZone });
  let working = true;
  let night = false;
  for (let m = start; m < start + minutes; m++) {
    const dt = at(m);
    const clock = formatClock(dt.hour * 60 + dt.minute);
    if (!a.windows.some((w) => w.weekday === dt.weekday && w.start <= clock && clock < w.end)) working = false;
    if (dt.hour >= 22 || dt.hour < 7) night = true;
  }
  if (working) return 'working';
  if (night) return 'night';
  const first = at(start);
  if (weekend.includes(first.weekday)) return 'weekend';
  return first.hour < 12 ? 'early' : 'late';
}

describe('awkwardnessAt: property', () => {
  it('agrees with a minute-by-minute Luxon reading, across clock changes', () => {
    fc.assert(
      fc.property(
        availabilityArb,
        fromArb,
        fc.integer({ min: 0, max: 6 * 1440 }),
        fc.integer({ min: 1, max: 240 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        (a, from, offset, minutes, weekend) => {
          const fromMin = Math.floor(from / 60_000);
          const p = slotPerson({ ...a, overrides: [], travel: [] }, fromMin, fromMin + 7 * 1440, weekend as Weekday[]);
          const start = fromMin + offset;
          expect(awkwardnessAt(start, minutes, p)).toBe(oracle(a, start, minutes, weekend));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// 2026 clock changes (UTC): meetings starting near them cross the change or straddle night's edges.
const CHANGES: [string, string][] = [
  ['America/Los_Angeles', '2026-03-08T10:00Z'],
  ['America/Los_Angeles', '2026-11-01T09:00Z'],
  ['Asia/Beirut', '2026-03-28T22:00Z'],
  ['Asia/Beirut', '2026-10-24T21:00Z'],
  ['America/Santiago', '2026-04-05T03:00Z'],
  ['America/Santiago', '2026-09-06T04:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30Z'],
  ['Europe/London', '2026-03-29T01:00Z'],
];

describe('awkwardnessAt: around clock changes', () => {
  it('agrees with Luxon for meetings that start within 8 hours of a change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANGES),
        availabilityArb,
        fc.integer({ min: -480, max: 480 }),
        fc.integer({ min: 1, max: 240 }),
        ([zone, iso], base, offset, minutes) => {
          const a = { ...base, timeZone: zone };
          const change = Date.parse(iso) / 60_000;
          const p = slotPerson({ ...a, overrides: [], travel: [] }, change - 2 * 1440, change + 2 * 1440);
          expect(awkwardnessAt(change + offset, minutes, p)).toBe(oracle(a, change + offset, minutes, [6, 7]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
