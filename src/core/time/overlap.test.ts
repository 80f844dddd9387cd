import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { precomputeAvailability } from './expand';
import { overlapMinutes } from './intervals';
import { zoneGapHours, weeklyOverlapMinutes } from './overlap';
import { availabilityArb, days, fromArb, person, utc, WEEKDAYS } from './test-helpers';
import type { WeeklyAvailability } from './types';

/** Shared minutes in each of `count` consecutive weeks from `from`. */
function perWeek(a: WeeklyAvailability, b: WeeklyAvailability, from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => weeklyOverlapMinutes(a, b, from + k * 7 * 86_400_000, 1));
}

describe('weeklyOverlapMinutes', () => {
  // SF 07:00–11:00 PST = 15:00–19:00Z; Beirut 18:00–22:00 EET = 16:00–20:00Z: 3 h a weekday.
  // SF Fri 20:00–24:00 = Sat 04:00–08:00Z meets Beirut Sat 08:00–10:00 = 06:00–08:00Z: 2 h.
  const sf = person('America/Los_Angeles', days(WEEKDAYS, '07:00', '11:00'), days([5], '20:00', '24:00'));
  const beirut = person('Asia/Beirut', days(WEEKDAYS, '18:00', '22:00'), days([6], '08:00', '10:00'));

  it('San Francisco vs Beirut in a normal week (including a Friday-evening/Saturday-morning overlap)', () => {
    expect(weeklyOverlapMinutes(sf, beirut, utc(2026, 1, 12), 1)).toBe(5 * 180 + 120);
    expect(weeklyOverlapMinutes(sf, beirut, utc(2026, 1, 12))).toBe(1020);
  });

  const ny = person('America/New_York', days(WEEKDAYS, '09:00', '17:00'));
  const london = person('Europe/London', days(WEEKDAYS, '09:00', '17:00'));

  it('New York vs London, March 2027: the weeks between the US (14th) and EU (28th) changes share an hour more a day', () => {
    expect(perWeek(ny, london, utc(2027, 3, 8), 4)).toEqual([900, 1200, 1200, 900]);
    expect(weeklyOverlapMinutes(ny, london, utc(2027, 3, 8), 4)).toBe(1050);
  });

  it('New York vs London, Oct/Nov 2026: the week between the EU (Oct 25) and US (Nov 1) changes', () => {
    expect(perWeek(ny, london, utc(2026, 10, 19), 3)).toEqual([900, 1200, 900]);
  });

  it('Sydney vs London across Sydney starting DST (2026-10-04) and London ending it (2026-10-25)', () => {
    const sydney = person('Australia/Sydney', days([2, 3, 4], '17:00', '20:00'));
    const londonMornings = person('Europe/London', days([2, 3, 4], '08:00', '11:00'));
    expect(perWeek(sydney, londonMornings, utc(2026, 9, 28), 5)).toEqual([540, 360, 360, 360, 180]);
  });

  it('Kolkata (+5:30) and Kathmandu (+5:45) against UTC windows, to the minute', () => {
    const utcPerson = person('UTC', days([1], '10:00', '14:00'));
    const kolkata = person('Asia/Kolkata', days([1], '09:00', '17:00')); // 03:30–11:30Z
    const kathmandu = person('Asia/Kathmandu', days([1], '09:00', '17:00')); // 03:15–11:15Z
    const from = utc(2026, 1, 12);
    expect(weeklyOverlapMinutes(kolkata, utcPerson, from, 1)).toBe(90);
    expect(weeklyOverlapMinutes(kathmandu, utcPerson, from, 1)).toBe(75);
    expect(weeklyOverlapMinutes(kolkata, kathmandu, from, 1)).toBe(465);
    expect(weeklyOverlapMinutes(kathmandu, person('UTC', days([1], '03:14', '03:16')), from, 1)).toBe(1);
  });

  it('may be fractional and rejects a non-positive number of weeks', () => {
    const once = person('UTC', [{ weekday: 1, start: '10:00', end: '10:01' }]);
    expect(weeklyOverlapMinutes(once, once, utc(2026, 1, 12), 2)).toBe(1);
    // 91 minutes on 2026-03-15 but only 60 on the spring-forward Sunday before it.
    const la = person('America/Los_Angeles', days([7], '01:00', '02:31'));
    expect(weeklyOverlapMinutes(la, la, utc(2026, 3, 2), 2)).toBe(75.5);
    expect(() => weeklyOverlapMinutes(once, once, 0, 0)).toThrow(RangeError);
  });

  it('is symmetric and never exceeds either side', () => {
    fc.assert(
      fc.property(availabilityArb, availabilityArb, fromArb, (a, b, from) => {
        const ab = weeklyOverlapMinutes(a, b, from);
        expect(weeklyOverlapMinutes(b, a, from)).toBe(ab);
        const xa = precomputeAvailability(a, from);
        expect(ab).toBeLessThanOrEqual(overlapMinutes(xa, xa) / 4);
      }),
      { numRuns: 100 },
    );
  });
});

describe('zoneGapHours', () => {
  it('San Francisco vs Beirut is 10 h in January and in July (both on summer time)', () => {
    expect(zoneGapHours('America/Los_Angeles', 'Asia/Beirut', utc(2026, 1, 15))).toBe(10);
    expect(zoneGapHours('America/Los_Angeles', 'Asia/Beirut', utc(2026, 7, 15))).toBe(10);
  });

  it('changes for the weeks when only one side has changed clocks', () => {
    expect(zoneGapHours('America/New_York', 'Europe/London', utc(2027, 3, 1))).toBe(5);
    expect(zoneGapHours('America/New_York', 'Europe/London', utc(2027, 3, 20))).toBe(4);
  });

  it('Kolkata vs Kathmandu is a quarter of an hour', () => {
    expect(zoneGapHours('Asia/Kolkata', 'Asia/Kathmandu', utc(2026, 1, 15))).toBe(0.25);
  });

  it('is measured round the clock: Honolulu (−10) vs Auckland summer (+13) is 1 h, and is symmetric', () => {
    expect(zoneGapHours('Pacific/Honolulu', 'Pacific/Auckland', utc(2026, 1, 15))).toBe(1);
    expect(zoneGapHours('Pacific/Auckland', 'Pacific/Honolulu', utc(2026, 7, 15))).toBe(2);
    expect(zoneGapHours('Pacific/Kiritimati', 'Etc/GMT+12', utc(2026, 1, 15))).toBe(2);
  });

  it('rejects unknown zones', () => {
    expect(() => zoneGapHours('UTC', 'Atlantis/Capital', 0)).toThrow(RangeError);
  });
});
