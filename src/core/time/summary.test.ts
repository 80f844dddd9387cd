import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandAvailability, precomputeAvailability } from './expand';
import { intersectIntervals, totalMinutes } from './intervals';
import { localPieces, summariseOverlap } from './summary';
import { availabilityArb, days, fromArb, person, utc, utcMin, WEEKDAYS } from './test-helpers';

const ny = person('America/New_York', days(WEEKDAYS, '09:00', '17:00'));
const london = person('Europe/London', days(WEEKDAYS, '09:00', '17:00'));

describe('summariseOverlap', () => {
  it('groups a plain week into one weekday range and local clock range per viewer', () => {
    const shared = intersectIntervals(precomputeAvailability(ny, utc(2027, 3, 1), 1), precomputeAvailability(london, utc(2027, 3, 1), 1));
    expect(summariseOverlap(shared, 'America/New_York', 1)).toEqual({
      timeZone: 'America/New_York',
      weeks: 1,
      totalMinutes: 900,
      minutesPerWeek: 900,
      groups: [{ weekdays: [1, 2, 3, 4, 5], weekdayRanges: [{ from: 1, to: 5 }], start: '09:00', end: '12:00', totalMinutes: 900, minutesPerWeek: 900 }],
    });
    expect(summariseOverlap(shared, 'Europe/London', 1).groups[0]).toMatchObject({ start: '14:00', end: '17:00' });
  });

  it('shows the weeks when only one side has changed clocks as their own group', () => {
    const from = utc(2027, 3, 8);
    const shared = intersectIntervals(precomputeAvailability(ny, from), precomputeAvailability(london, from));
    const s = summariseOverlap(shared, 'America/New_York', 4);
    expect(s.minutesPerWeek).toBe(1050);
    expect(s.groups.map((g) => [g.weekdayRanges, g.start, g.end, g.minutesPerWeek])).toEqual([
      [[{ from: 1, to: 5 }], '09:00', '13:00', 600],
      [[{ from: 1, to: 5 }], '09:00', '12:00', 450],
    ]);
  });

  it('puts a piece on the viewer’s own weekday, with 24:00 for a piece ending at midnight', () => {
    const sf = person('America/Los_Angeles', days([5], '20:00', '24:00'));
    const beirut = person('Asia/Beirut', days([6], '08:00', '10:00'));
    const from = utc(2026, 1, 12);
    const shared = intersectIntervals(precomputeAvailability(sf, from, 1), precomputeAvailability(beirut, from, 1));
    expect(summariseOverlap(shared, 'America/Los_Angeles', 1).groups).toEqual([
      { weekdays: [5], weekdayRanges: [{ from: 5, to: 5 }], start: '22:00', end: '24:00', totalMinutes: 120, minutesPerWeek: 120 },
    ]);
    expect(summariseOverlap(shared, 'Asia/Beirut', 1).groups[0]).toMatchObject({ weekdays: [6], start: '08:00', end: '10:00' });
  });

  it('splits at the viewer’s midnight and compresses weekday runs (Mon–Wed, Fri)', () => {
    const a = person('UTC', days([1, 2, 3, 5], '22:00', '24:00'), days([2, 3, 4, 6], '00:00', '02:00'));
    const s = summariseOverlap(precomputeAvailability(a, utc(2026, 1, 12), 1), 'UTC', 1);
    expect(s.groups.map((g) => [g.weekdayRanges, g.start, g.end])).toEqual([
      [[{ from: 1, to: 3 }, { from: 5, to: 5 }], '22:00', '24:00'],
      [[{ from: 2, to: 4 }, { from: 6, to: 6 }], '00:00', '02:00'],
    ]);
  });

  it('keeps a piece across a clock change whole: clock range 01:00–04:00, 120 real minutes', () => {
    const la = person('America/Los_Angeles', days([7], '01:00', '04:00'));
    const x = expandAvailability(la, utc(2026, 3, 2), utc(2026, 3, 9));
    expect(localPieces(x, 'America/Los_Angeles')).toEqual([{ day: utcMin(2026, 3, 8) / 1440, weekday: 7, start: 60, end: 240, minutes: 120 }]);
    const fall = expandAvailability(person('America/Los_Angeles', days([7], '00:00', '03:00')), utc(2026, 10, 26), utc(2026, 11, 2));
    expect(summariseOverlap(fall, 'America/Los_Angeles', 1).groups[0]).toMatchObject({ start: '00:00', end: '03:00', totalMinutes: 240 });
  });

  it('is empty for no shared time', () => {
    expect(summariseOverlap(new Int32Array(0), 'UTC', 4)).toEqual({ timeZone: 'UTC', weeks: 4, totalMinutes: 0, minutesPerWeek: 0, groups: [] });
  });

  it('accounts for every shared minute, in any viewer zone', () => {
    fc.assert(
      fc.property(availabilityArb, availabilityArb, fromArb, availabilityArb, (a, b, from, viewer) => {
        const shared = intersectIntervals(precomputeAvailability(a, from), precomputeAvailability(b, from));
        const s = summariseOverlap(shared, viewer.timeZone, 4);
        expect(s.minutesPerWeek).toBe(totalMinutes(shared) / 4);
        expect(s.groups.reduce((sum, g) => sum + g.totalMinutes, 0)).toBe(totalMinutes(shared));
        for (let k = 1; k < s.groups.length; k++) expect(s.groups[k]!.totalMinutes).toBeLessThanOrEqual(s.groups[k - 1]!.totalMinutes);
      }),
      { numRuns: 150 },
    );
  });
});
