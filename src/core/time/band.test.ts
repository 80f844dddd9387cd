import { describe, expect, it } from 'vitest';
import { weekBand } from './band';
import { precomputeAvailability } from './expand';

const FROM = Date.UTC(2026, 10, 30, 8); // Monday 30 Nov 2026, 08:00 UTC
const minute = FROM / 60_000;

describe('weekBand', () => {
  it('shows a Beirut mentee and a San Francisco mentor on the mentee’s clock, day by day', () => {
    const mentee = precomputeAvailability({ timeZone: 'Asia/Beirut', windows: [1, 2, 3, 4, 5].map((d) => ({ weekday: d as 1, start: '09:00', end: '18:00' })) }, FROM, 4);
    const mentor = precomputeAvailability({ timeZone: 'America/Los_Angeles', windows: [2, 3, 4].map((d) => ({ weekday: d as 2, start: '06:00', end: '10:00' })) }, FROM, 4);
    const band = weekBand(mentee, mentor, 'Asia/Beirut', minute);
    expect(band.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const tuesday = band[1]!;
    expect(tuesday.mine).toEqual([[9 * 60, 18 * 60]]);
    // SF 06:00–10:00 is 16:00–20:00 in Beirut in winter.
    expect(tuesday.theirs).toEqual([[16 * 60, 20 * 60]]);
    expect(tuesday.shared).toEqual([[16 * 60, 18 * 60]]);
    expect(band[0]!.shared).toEqual([]);
    expect(band[5]!.mine).toEqual([]);
  });

  it('splits a window that crosses the viewer’s midnight across two days', () => {
    const tokyo = precomputeAvailability({ timeZone: 'Asia/Tokyo', windows: [{ weekday: 3, start: '07:00', end: '09:00' }] }, FROM, 4);
    const band = weekBand(tokyo, tokyo, 'Europe/London', minute);
    // Wed 07:00–09:00 in Tokyo is Tue 22:00–24:00 in London (UTC+9 vs UTC+0).
    expect(band[1]!.theirs).toEqual([[22 * 60, 24 * 60]]);
  });
});
