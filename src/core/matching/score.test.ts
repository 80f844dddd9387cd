import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { precomputeAvailability } from '../time/expand';
import { zoneGapHours } from '../time/overlap';
import type { WeeklyWindow } from '../time/types';
import { CompiledMentors, OverlapMemo, compileMentee, scoreRow } from './cohort';
import { explainPair } from './score';
import { DEFAULT_WEIGHTS, type MatchMentor, type MatchPerson } from './types';

const FROM = Date.UTC(2026, 10, 30); // Monday 30 Nov 2026
const weekdays = (days: number[], start: string, end: string): WeeklyWindow[] =>
  days.map((d) => ({ weekday: d as WeeklyWindow['weekday'], start, end }));

function mentee(over: Partial<MatchPerson> = {}): MatchPerson {
  return {
    id: 'mentee',
    topics: ['system-design', 'career-growth', 'public-speaking', 'rust'],
    topicLabels: { 'system-design': 'System design', 'career-growth': 'Career growth', 'public-speaking': 'Public speaking', rust: 'Rust' },
    languages: ['ar', 'en'],
    timeZone: 'Asia/Beirut',
    cityId: 'LB:beirut:beirut',
    cityName: 'Beirut',
    country: 'LB',
    latitude: 33.87,
    longitude: 35.51,
    availability: weekdays([1, 2, 3, 4, 5], '09:00', '18:00'),
    ...over,
  };
}

function mentor(over: Partial<MatchMentor> = {}): MatchMentor {
  return {
    id: 'mentor',
    topics: ['system-design', 'career-growth', 'rust', 'kubernetes'],
    languages: ['en', 'ar'],
    timeZone: 'America/Los_Angeles',
    cityId: 'US:san-francisco:california',
    cityName: 'San Francisco',
    country: 'US',
    latitude: 37.74,
    longitude: -122.46,
    availability: weekdays([2, 3, 4], '06:00', '10:00'),
    capacity: 3,
    activeMentees: 1,
    preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false },
    ...over,
  };
}

function explain(e: MatchPerson, m: MatchMentor, viewerZone = e.timeZone) {
  return explainPair(e, m, {
    weights: DEFAULT_WEIGHTS,
    menteeIntervals: precomputeAvailability({ timeZone: e.timeZone, windows: [...e.availability] }, FROM, 4),
    mentorIntervals: precomputeAvailability({ timeZone: m.timeZone, windows: [...m.availability] }, FROM, 4),
    weeks: 4,
    zoneGapHours: zoneGapHours(e.timeZone, m.timeZone, FROM),
    viewerZone,
  });
}

describe('explainPair', () => {
  it('explains a Beirut mentee and a San Francisco mentor: shared hours, Arabic, 3 of 4 goals, far zones', () => {
    const x = explain(mentee(), mentor());
    // SF 06:00–10:00 is Beirut 16:00–20:00 in winter; the mentee works until 18:00: 2 h on Tue–Thu.
    expect(x.overlapMinutesPerWeek).toBe(360);
    expect(x.distanceClass).toBe('far-zone');
    expect(x.zoneGapHours).toBe(10);
    expect(x.excludedBy).toBeNull();
    // A 10-hour gap is far: the distance part falls from 0.4 at 3 h towards 0 at 12 h.
    const distance = 0.4 * (1 - 7 / 9);
    expect(x.breakdown).toEqual({ topics: 0.75, language: 1, overlap: 1, distance, capacity: 2 / 3 });
    expect(x.score).toBe(Math.round(((35 * 0.75 + 10 + 30 + 10 * distance + 15 * (2 / 3)) / 100) * 1000) / 10);
    expect(x.score).toBe(77.1);
    const overlap = x.reasons.find((r) => r.kind === 'overlap');
    expect(overlap).toMatchObject({ minutesPerWeek: 360 });
    expect(overlap && overlap.kind === 'overlap' && overlap.summary.groups[0]).toMatchObject({
      weekdayRanges: [{ from: 2, to: 4 }],
      start: '16:00',
      end: '18:00',
    });
    expect(x.reasons).toContainEqual({ kind: 'languages', languages: ['ar', 'en'] });
    expect(x.reasons).toContainEqual({ kind: 'topics', covered: 3, total: 4, labels: ['System design', 'Career growth', 'Rust'] });
  });

  it('sees the same shared time in the mentor’s zone when the mentor is the viewer', () => {
    const x = explain(mentee(), mentor(), 'America/Los_Angeles');
    const overlap = x.reasons.find((r) => r.kind === 'overlap');
    expect(overlap && overlap.kind === 'overlap' && overlap.summary.groups[0]).toMatchObject({ start: '06:00', end: '08:00' });
  });

  it('knows two people in one city can meet in person', () => {
    const x = explain(mentee(), mentor({ timeZone: 'Asia/Beirut', cityId: 'LB:beirut:beirut', cityName: 'Beirut', country: 'LB', latitude: 33.87, longitude: 35.51, preferences: { languages: [], maxZoneGapHours: null, openToInPerson: true } }));
    expect(x.distanceClass).toBe('same-city');
    expect(x.reasons).toContainEqual({ kind: 'distance', distanceClass: 'same-city', zoneGapHours: 0, city: 'Beirut', country: null, inPerson: true });
  });

  it('applies the hard filters: language, the mentor’s language preference and zone gap, capacity', () => {
    expect(explain(mentee({ languages: ['ja'] }), mentor()).excludedBy).toBe('no-shared-language');
    expect(explain(mentee({ languages: ['en'] }), mentor({ preferences: { languages: ['ar'], maxZoneGapHours: null, openToInPerson: false } })).excludedBy).toBe('mentor-language-preference');
    expect(explain(mentee(), mentor({ preferences: { languages: [], maxZoneGapHours: 8, openToInPerson: false } })).excludedBy).toBe('zone-gap-too-wide');
    expect(explain(mentee(), mentor({ activeMentees: 3 })).excludedBy).toBe('mentor-full');
    expect(explain(mentee(), mentor({ activeMentees: 3 })).score).toBe(0);
  });

  it('counts a dialect as its language (ar-LB speaks with ar)', () => {
    const x = explain(mentee({ languages: ['ar-LB'] }), mentor({ languages: ['ar'] }));
    expect(x.excludedBy).toBeNull();
    expect(x.breakdown.language).toBe(1);
  });
});

const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Beirut', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Sydney'];
const cities = [
  { cityId: 'a', country: 'US', latitude: 37.7, longitude: -122.4 },
  { cityId: 'b', country: 'US', latitude: 37.8, longitude: -122.3 },
  { cityId: 'c', country: 'LB', latitude: 33.9, longitude: 35.5 },
  { cityId: null, country: null, latitude: null, longitude: null },
];
const windowArb = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  startHour: fc.integer({ min: 0, max: 20 }),
  hours: fc.integer({ min: 1, max: 4 }),
});
const personArb = fc.record({
  topics: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 }),
  languages: fc.uniqueArray(fc.constantFrom('en', 'ar', 'pt-BR', 'pt', 'ja'), { minLength: 1, maxLength: 3 }),
  zone: fc.constantFrom(...zones),
  city: fc.constantFrom(...cities),
  windows: fc.array(windowArb, { maxLength: 3 }),
  capacity: fc.integer({ min: 0, max: 3 }),
  active: fc.integer({ min: 0, max: 3 }),
  prefs: fc.uniqueArray(fc.constantFrom('en', 'ar'), { maxLength: 1 }),
  maxGap: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
});
type P = typeof personArb extends fc.Arbitrary<infer T> ? T : never;
function toWindows(p: P): WeeklyWindow[] {
  // One window per weekday keeps them valid (no overlaps).
  const byDay = new Map(p.windows.map((w) => [w.weekday, w]));
  return [...byDay.values()].map((w) => ({
    weekday: w.weekday as WeeklyWindow['weekday'],
    start: `${String(w.startHour).padStart(2, '0')}:00`,
    end: `${String(w.startHour + w.hours).padStart(2, '0')}:00`,
  }));
}
const toMentee = (p: P, i: number): MatchPerson => ({ id: `e${i}`, topics: p.topics, languages: p.languages, timeZone: p.zone, ...p.city, availability: toWindows(p) });
const toMentor = (p: P, j: number): MatchMentor => ({
  ...toMentee(p, j),
  id: `m${j}`,
  capacity: p.capacity,
  activeMentees: p.active,
  preferences: { languages: p.prefs, maxZoneGapHours: p.maxGap, openToInPerson: false },
});

describe('the compiled cohort scorer', () => {
  it('gives exactly the reference score, and NaN exactly where a hard filter excludes the pair', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 4 }), fc.array(personArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (es, ms, ignoreCapacity) => {
        const mentees = es.map(toMentee);
        const mentors = ms.map(toMentor);
        const compiled = new CompiledMentors(mentors, FROM, 4);
        const memo = new OverlapMemo(compiled);
        const row = new Float32Array(mentors.length);
        mentees.forEach((e) => {
          scoreRow(compiled, compileMentee(compiled, e), { weights: DEFAULT_WEIGHTS, ignoreCapacity }, memo, row);
          mentors.forEach((m, j) => {
            const ref = explainPair(e, m, {
              weights: DEFAULT_WEIGHTS,
              menteeIntervals: precomputeAvailability({ timeZone: e.timeZone, windows: [...e.availability] }, FROM, 4),
              mentorIntervals: precomputeAvailability({ timeZone: m.timeZone, windows: [...m.availability] }, FROM, 4),
              weeks: 4,
              zoneGapHours: zoneGapHours(e.timeZone, m.timeZone, FROM),
              viewerZone: e.timeZone,
              ignoreCapacity,
            });
            if (ref.excludedBy) expect(row[j]).toBeNaN();
            else expect(row[j]).toBeCloseTo(ref.score, 4);
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(personArb, personArb, (a, b) => {
        const x = explain(toMentee(a, 0), toMentor(b, 0));
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});
