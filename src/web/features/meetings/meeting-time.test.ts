import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daytimeOfHour, daytimeOfLocal, localDate, wallClock, wallTimeIn } from './meeting-time';

describe('meeting time helpers', () => {
  it('finds the local day of an instant in each zone', () => {
    // 22:30 UTC on 1 December is already the 2nd in Beirut and still the 1st in San Francisco.
    expect(localDate('2026-12-01T22:30:00Z', 'Asia/Beirut')).toBe('2026-12-02');
    expect(localDate('2026-12-01T22:30:00Z', 'America/Los_Angeles')).toBe('2026-12-01');
  });

  it('reads the wall time in a zone, midnight as 00', () => {
    expect(wallTimeIn('2026-12-01T22:00:00Z', 'Asia/Beirut')).toBe('2026-12-02T00:00');
    expect(wallTimeIn('2026-12-01T17:00:00Z', 'America/Los_Angeles')).toBe('2026-12-01T09:00');
  });

  it('adds and counts calendar days across month ends and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-14', 13)).toBe('2027-03-27');
    expect(daysBetween('2027-03-01', '2027-03-29')).toBe(28);
  });

  it('keeps a wall time as written', () => {
    const at = new Date(wallClock('2026-12-01T09:15'));
    expect(at.toISOString()).toBe('2026-12-01T09:15:00.000Z');
    expect(Number.isNaN(wallClock('nonsense'))).toBe(true);
  });

  it('words the hour as day, evening or night', () => {
    expect([6, 7, 17, 18, 21, 22, 0].map(daytimeOfHour)).toEqual(['night', 'day', 'day', 'evening', 'evening', 'night', 'night']);
    expect(daytimeOfLocal('2026-12-01T19:00')).toBe('evening');
  });
});
