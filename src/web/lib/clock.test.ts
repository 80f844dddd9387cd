import { describe, expect, it } from 'vitest';
import { clockChoices, clockToMinutes, minutesToClock, zoneDifferenceMinutes, zoneOffsetMinutes } from './clock';

describe('wall clock', () => {
  it('reads and writes HH:MM, with 24:00 as the end of the day', () => {
    expect(clockToMinutes('09:30')).toBe(570);
    expect(clockToMinutes('24:00')).toBe(1440);
    expect(clockToMinutes('24:30')).toBeNull();
    expect(clockToMinutes('9:30')).toBeNull();
    expect(minutesToClock(570)).toBe('09:30');
    expect(minutesToClock(1440)).toBe('24:00');
  });

  it('offers starts from midnight and ends up to 24:00, keeping an off-step saved value', () => {
    const starts = clockChoices('start', 30);
    expect(starts[0]).toBe('00:00');
    expect(starts.at(-1)).toBe('23:30');
    expect(clockChoices('end', 30).at(-1)).toBe('24:00');
    expect(clockChoices('start', 30, '09:15')).toContain('09:15');
    expect(clockChoices('start', 30, '09:15')).toHaveLength(49);
  });
});

describe('zone offsets', () => {
  const summer = new Date('2026-07-01T12:00:00Z');
  const winter = new Date('2026-01-15T12:00:00Z');

  it('follows daylight saving time', () => {
    expect(zoneOffsetMinutes('Asia/Beirut', summer)).toBe(180);
    expect(zoneOffsetMinutes('Asia/Beirut', winter)).toBe(120);
    expect(zoneOffsetMinutes('Asia/Kolkata', winter)).toBe(330);
    expect(zoneOffsetMinutes('America/St_Johns', winter)).toBe(-210);
    expect(zoneOffsetMinutes('UTC', winter)).toBe(0);
  });

  it('says how far ahead another zone is, and is antisymmetric', () => {
    expect(zoneDifferenceMinutes('Asia/Tokyo', 'Europe/Dublin', winter)).toBe(540);
    expect(zoneDifferenceMinutes('Europe/Dublin', 'Asia/Tokyo', winter)).toBe(-540);
    expect(zoneDifferenceMinutes('Europe/Dublin', 'Europe/London', summer)).toBe(0);
  });
});
