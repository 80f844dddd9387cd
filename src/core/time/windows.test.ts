import { describe, expect, it } from 'vitest';
import type { WeeklyWindow } from './types';
import { canonicalZone, formatClock, parseClock, signature, validateAvailability, validateWindows } from './windows';

describe('validateWindows', () => {
  it('accepts well-formed windows, touching windows and 24:00 as an end', () => {
    expect(
      validateWindows([
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 2, start: '12:00', end: '13:30' },
        { weekday: 7, start: '20:00', end: '24:00' },
        { weekday: 1, start: '00:00', end: '00:01' },
      ]),
    ).toEqual([]);
  });

  it('names the field and the reason for bad formats and ranges', () => {
    const issues = validateWindows([
      { weekday: 8, start: '09:00', end: '10:00' },
      { weekday: 1, start: '9:00', end: '10:00' },
      { weekday: 1, start: '24:00', end: '24:00' },
      { weekday: 1, start: '10:00', end: '24:01' },
      { weekday: 1, start: '22:00', end: '02:00' },
      { weekday: 1, start: '10:00', end: '10:00' },
    ] as unknown as WeeklyWindow[]);
    expect(issues.map((i) => i.path)).toEqual(['0.weekday', '1.start', '2.start', '3.end', '4.end', '5.end']);
    expect(issues[4]!.message).toMatch(/after start/);
  });

  it('reports windows overlapping on one day, not on different days', () => {
    const issues = validateWindows([
      { weekday: 3, start: '09:00', end: '12:00' },
      { weekday: 4, start: '10:00', end: '11:00' },
      { weekday: 3, start: '11:00', end: '14:00' },
    ]);
    expect(issues).toEqual([{ path: '2.start', message: 'overlaps window 0 on the same day' }]);
  });

  it('validateAvailability checks the zone and prefixes window paths', () => {
    expect(
      validateAvailability({ timeZone: 'Mars/Olympus_Mons', windows: [{ weekday: 1, start: '10:00', end: '09:00' }] }).map((i) => i.path),
    ).toEqual(['timeZone', 'windows.0.end']);
    expect(validateAvailability({ timeZone: 'Asia/Kathmandu', windows: [] })).toEqual([]);
  });
});

describe('clock strings', () => {
  it('parses and formats HH:MM, with 24:00 only as an end', () => {
    expect(parseClock('09:45', false)).toBe(585);
    expect(parseClock('24:00', true)).toBe(1440);
    expect(parseClock('24:00', false)).toBeUndefined();
    for (const bad of ['12:60', '24:30', '25:00', '9:00', '09.00', '-1:00', '09:00 ', 900]) expect(parseClock(bad, true)).toBeUndefined();
    expect(formatClock(585)).toBe('09:45');
    expect(formatClock(1440)).toBe('24:00');
  });
});

describe('signature', () => {
  it('is the same for availabilities covering the same local time', () => {
    const a = signature({
      timeZone: 'Asia/Kolkata',
      windows: [
        { weekday: 2, start: '13:00', end: '17:00' },
        { weekday: 2, start: '09:00', end: '13:00' },
      ],
    });
    const b = signature({ timeZone: 'Asia/Calcutta', windows: [{ weekday: 2, start: '09:00', end: '17:00' }] });
    expect(a).toBe(b);
    expect(a).toMatch(/\|2 09:00-17:00$/);
  });

  it('differs by zone and by window', () => {
    const w = [{ weekday: 1 as const, start: '09:00', end: '17:00' }];
    expect(signature({ timeZone: 'Europe/London', windows: w })).not.toBe(signature({ timeZone: 'Europe/Lisbon', windows: w }));
    expect(signature({ timeZone: 'Europe/London', windows: w })).not.toBe(
      signature({ timeZone: 'Europe/London', windows: [{ weekday: 1, start: '09:00', end: '16:00' }] }),
    );
  });

  it('rejects unknown zones and malformed windows', () => {
    expect(() => canonicalZone('Not/A_Zone')).toThrow(RangeError);
    expect(() => signature({ timeZone: 'UTC', windows: [{ weekday: 1, start: '10:00', end: '09:00' }] })).toThrow(RangeError);
  });
});
