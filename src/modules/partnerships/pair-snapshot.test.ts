import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, type MatchMentor, type MatchPerson } from '../../core/matching/types';
import type { WeeklyWindow } from '../../core/time/types';
import { pairDistanceClass, pairSnapshot } from './pair-snapshot';

const days = (list: number[], start: string, end: string): WeeklyWindow[] =>
  list.map((d) => ({ weekday: d as WeeklyWindow['weekday'], start, end }));

const someone = (id: string, timeZone: string, availability: WeeklyWindow[]): MatchPerson => ({
  id,
  topics: ['system-design'],
  languages: ['en'],
  timeZone,
  cityId: null,
  country: null,
  latitude: null,
  longitude: null,
  availability,
});

const asMentor = (p: MatchPerson, capacity = 2, activeMentees = 0): MatchMentor => ({
  ...p,
  capacity,
  activeMentees,
  preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false },
});

describe('pairSnapshot', () => {
  it('records distance class, zone gap, weekly overlap and score (Beirut and Tokyo on Tuesdays)', () => {
    const mentee = someone('a', 'Asia/Beirut', days([2], '09:00', '17:00'));
    const mentor = asMentor(someone('b', 'Asia/Tokyo', days([2], '09:00', '17:00')));
    // Shared 07:00–08:00 UTC each Tuesday; parts: topics 1, language 1, overlap 60/240, distance 0.4 × 5/9, capacity 1.
    expect(pairSnapshot(mentee, mentor, DEFAULT_WEIGHTS, new Date('2026-11-24T09:00:00Z'))).toEqual({
      distanceClass: 'far-zone',
      zoneGapMinutes: 420,
      overlapMinutesPerWeek: 60,
      score: 69.7,
    });
  });

  it('averages the four weeks across clock changes that happen on different dates', () => {
    // From Tue 2026-10-20: London leaves summer time on Oct 25, New York on Nov 1. Weekdays 09–17 local
    // share 3 h a day, 4 h in the week between, then 3 h again: (4×3 + 5×4 + 10×3 + 1×3) h / 4 weeks.
    const mentee = someone('a', 'America/New_York', days([1, 2, 3, 4, 5], '09:00', '17:00'));
    const mentor = asMentor(someone('b', 'Europe/London', days([1, 2, 3, 4, 5], '09:00', '17:00')));
    const s = pairSnapshot(mentee, mentor, DEFAULT_WEIGHTS, new Date('2026-10-20T15:00:00Z'));
    expect(s.overlapMinutesPerWeek).toBe((65 * 60) / 4);
    expect(s.zoneGapMinutes).toBe(300);
    expect(s.distanceClass).toBe('far-zone');
  });

  it('gives no score to a pair a hard filter rules out, but still records the rest', () => {
    const mentee = someone('a', 'Europe/Lisbon', days([2], '09:00', '17:00'));
    const mentor = asMentor({ ...someone('b', 'Europe/Lisbon', days([2], '09:00', '17:00')), languages: ['ja'] });
    expect(pairSnapshot(mentee, mentor, DEFAULT_WEIGHTS, new Date('2026-11-24T09:00:00Z'))).toMatchObject({
      score: null,
      overlapMinutesPerWeek: 480,
      distanceClass: 'near-zone',
    });
  });

  const zones = fc.constantFrom('UTC', 'Asia/Beirut', 'Asia/Tokyo', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/Berlin');
  const window = fc
    .record({ weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 46 }), length: fc.integer({ min: 1, max: 12 }) })
    .map(({ weekday, start, length }) => {
      const clock = (half: number) => `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`;
      return { weekday: weekday as WeeklyWindow['weekday'], start: clock(start), end: clock(Math.min(48, start + length)) };
    });
  const person = fc.record({ zone: zones, windows: fc.array(window, { maxLength: 3 }) });
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
  // Windows that overlap within a day are legal for the core only when merged; keep one per weekday.
  const distinct = (ws: WeeklyWindow[]) => ws.filter((w, i) => ws.findIndex((x) => x.weekday === w.weekday) === i);

  it('is symmetric in overlap and gap, and the same all day long (property)', () => {
    fc.assert(
      fc.property(person, person, instant, fc.integer({ min: 0, max: 86_399_999 }), (a, b, at, within) => {
        const pa = someone('a', a.zone, distinct(a.windows));
        const pb = someone('b', b.zone, distinct(b.windows));
        const now = new Date(at);
        const one = pairSnapshot(pa, asMentor(pb), DEFAULT_WEIGHTS, now);
        const other = pairSnapshot(pb, asMentor(pa), DEFAULT_WEIGHTS, now);
        expect(other.overlapMinutesPerWeek).toBe(one.overlapMinutesPerWeek);
        expect(other.zoneGapMinutes).toBe(one.zoneGapMinutes);
        const dayStart = at - (at % 86_400_000);
        expect(pairSnapshot(pa, asMentor(pb), DEFAULT_WEIGHTS, new Date(dayStart + within)).overlapMinutesPerWeek).toBe(
          pairSnapshot(pa, asMentor(pb), DEFAULT_WEIGHTS, new Date(dayStart)).overlapMinutesPerWeek,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives pairs not yet made the distance class the snapshot would record (property)', () => {
    const place = fc.constantFrom(
      { cityId: null, country: null, latitude: null, longitude: null },
      { cityId: 'PT:lisbon:lisboa', country: 'PT', latitude: 38.72, longitude: -9.14 },
      { cityId: null, country: 'PT', latitude: 41.15, longitude: -8.61 },
      { cityId: 'JP:tokyo:tokyo', country: 'JP', latitude: 35.69, longitude: 139.69 },
      { cityId: null, country: 'JP', latitude: 35.7, longitude: 139.7 },
    );
    fc.assert(
      fc.property(zones, place, zones, place, instant, (za, a, zb, b, at) => {
        const mentee = { ...someone('a', za, []), ...a };
        const mentor = asMentor({ ...someone('b', zb, []), ...b });
        const now = new Date(at);
        expect(pairDistanceClass(mentee, mentor, now)).toBe(pairSnapshot(mentee, mentor, DEFAULT_WEIGHTS, now).distanceClass);
      }),
      { numRuns: 200 },
    );
  });
});
