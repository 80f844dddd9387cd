import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandAvailability } from './expand';
import { totalMinutes } from './intervals';
import { expandSchedule, parseDate, zoneAt, zoneSpans } from './schedule';
import { availabilityArb, days, fromArb, list, utc, utcMin, WEEKDAYS } from './test-helpers';
import type { DateOverride, Intervals, Schedule, TravelPeriod, WeeklyWindow } from './types';
import { formatClock } from './windows';

function schedule(timeZone: string, windows: WeeklyWindow[], more: Partial<Pick<Schedule, 'overrides' | 'travel'>> = {}): Schedule {
  return { timeZone, windows, overrides: more.overrides ?? [], travel: more.travel ?? [] };
}

/** Epoch minutes of a local wall time, computed by Luxon. */
function local(zone: string, iso: string): number {
  return DateTime.fromISO(iso, { zone }).toMillis() / 60_000;
}

const NINE_TO_FIVE = days(WEEKDAYS, '09:00', '17:00');

describe('expandSchedule: without overrides or travel', () => {
  it('equals expandAvailability exactly, also when travel and overrides lie outside the range', () => {
    fc.assert(
      fc.property(availabilityArb, fromArb, (a, from) => {
        const to = from + 3 * 7 * 86_400_000;
        const plain = expandAvailability(a, from, to);
        expect(list(expandSchedule({ ...a, overrides: [], travel: [] }, from, to))).toEqual(list(plain));
        const far = { startsOn: '2019-01-01', endsOn: '2019-02-01', timeZone: 'Asia/Tokyo' };
        const farOverride = { date: '2019-01-07', available: false, windows: [] };
        expect(list(expandSchedule({ ...a, overrides: [farOverride], travel: [far] }, from, to))).toEqual(list(plain));
      }),
      { numRuns: 100 },
    );
  });
});

describe('expandSchedule: travel', () => {
  const home = 'America/Los_Angeles';
  const trip: TravelPeriod = { startsOn: '2026-06-06', endsOn: '2026-06-14', timeZone: 'Europe/Berlin' };
  const s = schedule(home, NINE_TO_FIVE, { travel: [trip] });

  it('the weekly windows follow the owner: 09:00–17:00 in Berlin during the trip, in Los Angeles around it', () => {
    const x = expandSchedule(s, utc(2026, 6, 1), utc(2026, 6, 22));
    const expected: number[] = [];
    for (const day of ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04']) {
      expected.push(local(home, `${day}T09:00`), local(home, `${day}T17:00`));
    }
    // The trip starts at Saturday 00:00 in Berlin, which is still Friday 15:00 in Los Angeles.
    expected.push(local(home, '2026-06-05T09:00'), local('Europe/Berlin', '2026-06-06T00:00'));
    for (const day of ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12']) {
      expected.push(local('Europe/Berlin', `${day}T09:00`), local('Europe/Berlin', `${day}T17:00`));
    }
    for (const day of ['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19']) {
      expected.push(local(home, `${day}T09:00`), local(home, `${day}T17:00`));
    }
    expect(list(x)).toEqual(expected);
    expect(utcMin(2026, 6, 8, 7)).toBe(local('Europe/Berlin', '2026-06-08T09:00'));
  });

  it('zoneAt and zoneSpans switch at local midnight in the travel zone', () => {
    const start = local('Europe/Berlin', '2026-06-06T00:00');
    const end = local('Europe/Berlin', '2026-06-15T00:00');
    expect(zoneAt(s, (start - 1) * 60_000)).toBe(home);
    expect(zoneAt(s, start * 60_000)).toBe('Europe/Berlin');
    expect(zoneAt(s, (end - 1) * 60_000 + 59_999)).toBe('Europe/Berlin');
    expect(zoneAt(s, end * 60_000)).toBe(home);
    expect(zoneSpans(s, utcMin(2026, 6, 1), utcMin(2026, 6, 22))).toEqual([
      { zone: home, from: utcMin(2026, 6, 1), to: start },
      { zone: 'Europe/Berlin', from: start, to: end },
      { zone: home, from: end, to: utcMin(2026, 6, 22) },
    ]);
  });

  it('follows a clock change inside the trip (London, 2026-03-29): 09:00 is 09:00Z, then 08:00Z', () => {
    const t = schedule('Asia/Tokyo', NINE_TO_FIVE, { travel: [{ startsOn: '2026-03-21', endsOn: '2026-04-05', timeZone: 'Europe/London' }] });
    const x = expandSchedule(t, utc(2026, 3, 23), utc(2026, 4, 4));
    expect(list(x).slice(0, 2)).toEqual([utcMin(2026, 3, 23, 9), utcMin(2026, 3, 23, 17)]);
    expect(list(x).slice(10, 12)).toEqual([utcMin(2026, 3, 30, 8), utcMin(2026, 3, 30, 16)]);
    expect(totalMinutes(x)).toBe(10 * 8 * 60);
  });

  it('overlapping periods do not crash: the one that starts later wins', () => {
    const overlapping = schedule('UTC', NINE_TO_FIVE, {
      travel: [
        { startsOn: '2026-06-01', endsOn: '2026-06-30', timeZone: 'Asia/Tokyo' },
        { startsOn: '2026-06-10', endsOn: '2026-06-12', timeZone: 'America/New_York' },
      ],
    });
    expect(zoneAt(overlapping, utc(2026, 6, 9, 12))).toBe('Asia/Tokyo');
    expect(zoneAt(overlapping, utc(2026, 6, 11, 12))).toBe('America/New_York');
    expect(zoneAt(overlapping, utc(2026, 6, 13, 12))).toBe('Asia/Tokyo');
    const x = expandSchedule(overlapping, utc(2026, 6, 11), utc(2026, 6, 12));
    expect(list(x)).toEqual([local('America/New_York', '2026-06-11T09:00'), local('America/New_York', '2026-06-11T17:00')]);
  });

  it('rejects malformed dates and unknown zones', () => {
    expect(() => parseDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseDate('2026-2-3')).toThrow(RangeError);
    const bad = schedule('UTC', NINE_TO_FIVE, { travel: [{ startsOn: '2026-06-01', endsOn: '2026-06-02', timeZone: 'Nowhere/Else' }] });
    expect(() => expandSchedule(bad, utc(2026, 6, 1), utc(2026, 6, 8))).toThrow(RangeError);
  });
});

describe('expandSchedule: overrides', () => {
  const zone = 'Europe/Berlin';
  const week = [utc(2026, 6, 1), utc(2026, 6, 8)] as const; // Mon 1 June – Sun 7 June
  const on = (day: string, start: string, end: string): [number, number] => [local(zone, `${day}T${start}`), local(zone, `${day}T${end}`)];

  it('a day off removes that date only', () => {
    const s = schedule(zone, NINE_TO_FIVE, { overrides: [{ date: '2026-06-03', available: false, windows: [] }] });
    const x = list(expandSchedule(s, ...week));
    expect(x).toEqual([...on('2026-06-01', '09:00', '17:00'), ...on('2026-06-02', '09:00', '17:00'), ...on('2026-06-04', '09:00', '17:00'), ...on('2026-06-05', '09:00', '17:00')]);
  });

  it('partly away removes the stated hours; extra hours add a window, even on a weekend', () => {
    const overrides: DateOverride[] = [
      { date: '2026-06-02', available: false, windows: [{ start: '12:00', end: '14:00' }] },
      { date: '2026-06-06', available: true, windows: [{ start: '10:00', end: '12:00' }] },
      { date: '2026-06-04', available: true, windows: [{ start: '17:00', end: '19:00' }] },
    ];
    const x = list(expandSchedule(schedule(zone, NINE_TO_FIVE, { overrides }), ...week));
    expect(x).toEqual([
      ...on('2026-06-01', '09:00', '17:00'),
      ...on('2026-06-02', '09:00', '12:00'),
      ...on('2026-06-02', '14:00', '17:00'),
      ...on('2026-06-03', '09:00', '17:00'),
      ...on('2026-06-04', '09:00', '19:00'),
      ...on('2026-06-05', '09:00', '17:00'),
      ...on('2026-06-06', '10:00', '12:00'),
    ]);
  });

  it('removal wins over extra hours on the same date', () => {
    const overrides: DateOverride[] = [
      { date: '2026-06-06', available: true, windows: [{ start: '10:00', end: '14:00' }] },
      { date: '2026-06-06', available: false, windows: [{ start: '11:00', end: '12:00' }] },
    ];
    const x = list(expandSchedule(schedule(zone, [], { overrides }), ...week));
    expect(x).toEqual([...on('2026-06-06', '10:00', '11:00'), ...on('2026-06-06', '12:00', '14:00')]);
  });

  it('during travel the date is read in the travel zone', () => {
    const s = schedule('America/Los_Angeles', NINE_TO_FIVE, {
      travel: [{ startsOn: '2026-06-06', endsOn: '2026-06-14', timeZone: 'Asia/Tokyo' }],
      overrides: [
        { date: '2026-06-10', available: false, windows: [] },
        { date: '2026-06-13', available: true, windows: [{ start: '10:00', end: '12:00' }] },
      ],
    });
    const x = list(expandSchedule(s, utc(2026, 6, 9), utc(2026, 6, 14)));
    const tokyo = (day: string, start: string, end: string) => [local('Asia/Tokyo', `${day}T${start}`), local('Asia/Tokyo', `${day}T${end}`)];
    expect(x).toEqual([
      ...tokyo('2026-06-09', '09:00', '17:00'),
      ...tokyo('2026-06-11', '09:00', '17:00'),
      ...tokyo('2026-06-12', '09:00', '17:00'),
      ...tokyo('2026-06-13', '10:00', '12:00'), // 01:00Z–03:00Z, not Los Angeles' Saturday morning
    ]);
    expect(x[6]).toBe(utcMin(2026, 6, 13, 1));
  });

  it('a whole day off on a fall-back day removes all 25 hours (Los Angeles, 2026-11-01)', () => {
    const la = 'America/Los_Angeles';
    const allSunday = schedule(la, [...days([7], '00:00', '24:00'), ...days([6, 1], '09:00', '17:00')]);
    const span = [utc(2026, 10, 31), utc(2026, 11, 3, 12)] as const;
    const before = expandSchedule(allSunday, ...span);
    expect(list(before)).toContain(local(la, '2026-11-01T00:00'));
    expect(totalMinutes(before)).toBe(25 * 60 + 2 * 8 * 60);
    const off = expandSchedule({ ...allSunday, overrides: [{ date: '2026-11-01', available: false, windows: [] }] }, ...span);
    expect(list(off)).toEqual([local(la, '2026-10-31T09:00'), local(la, '2026-10-31T17:00'), local(la, '2026-11-02T09:00'), local(la, '2026-11-02T17:00')]);
    // Extra hours over the whole repeated day also last 25 h.
    const extra = expandSchedule(schedule(la, [], { overrides: [{ date: '2026-11-01', available: true, windows: [{ start: '00:00', end: '24:00' }] }] }), ...span);
    expect(totalMinutes(extra)).toBe(25 * 60);
  });

  it('an override in a spring gap keeps only the real time (Beirut skips 00:00–01:00 on 2026-03-29)', () => {
    const s = schedule('Asia/Beirut', [], { overrides: [{ date: '2026-03-29', available: true, windows: [{ start: '00:00', end: '02:00' }] }] });
    expect(list(expandSchedule(s, utc(2026, 3, 28), utc(2026, 3, 30)))).toEqual([utcMin(2026, 3, 28, 22), utcMin(2026, 3, 28, 23)]);
  });
});

// ---- Property: every minute agrees with a Luxon oracle of the rules ----

const ZONES = ['America/Los_Angeles', 'Europe/London', 'Asia/Beirut', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Auckland', 'Asia/Tokyo'];
const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Zone at a minute by the rules, from Luxon: later-starting periods win. */
function oracleZone(s: Schedule, minute: number): string {
  const periods = s.travel
    .map((p) => ({
      zone: p.timeZone,
      from: DateTime.fromISO(p.startsOn, { zone: p.timeZone }).toMillis() / 60_000,
      to: DateTime.fromISO(DateTime.fromISO(p.endsOn, { zone: 'utc' }).plus({ days: 1 }).toISODate()!, { zone: p.timeZone }).toMillis() / 60_000,
    }))
    .sort((x, y) => x.from - y.from);
  let zone = s.timeZone;
  for (const p of periods) if (p.from <= minute && minute < p.to) zone = p.zone;
  return zone;
}

function oracleAvailable(s: Schedule, minute: number): boolean {
  const dt = DateTime.fromMillis(minute * 60_000, { zone: oracleZone(s, minute) });
  const date = dt.toISODate();
  const clock = formatClock(dt.hour * 60 + dt.minute);
  const inside = (w: { start: string; end: string }) => w.start <= clock && clock < w.end;
  const today = s.overrides.filter((o) => o.date === date);
  if (today.some((o) => !o.available && (o.windows.length === 0 || o.windows.some(inside)))) return false;
  return today.some((o) => o.available && o.windows.some(inside)) || s.windows.some((w) => w.weekday === dt.weekday && inside(w));
}

function covers(x: Intervals, minute: number): boolean {
  for (let k = 0; k < x.length; k += 2) if (x[k]! <= minute && minute < x[k + 1]!) return true;
  return false;
}

const clockWindowArb = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 600 }))
  .map(([start, length]) => ({ start: formatClock(start), end: formatClock(Math.min(1440, start + length)) }));

const scheduleCaseArb = fc.record({
  base: availabilityArb,
  from: fromArb,
  travel: fc.array(fc.record({ day: fc.integer({ min: -3, max: 20 }), length: fc.integer({ min: 0, max: 9 }), zone: fc.constantFrom(...ZONES) }), { maxLength: 2 }),
  overrides: fc.array(fc.record({ day: fc.integer({ min: -1, max: 21 }), available: fc.boolean(), windows: fc.array(clockWindowArb, { maxLength: 2 }) }), { maxLength: 4 }),
  probes: fc.array(fc.integer({ min: 0, max: 3 * 10080 - 1 }), { maxLength: 25 }),
});

describe('expandSchedule: properties', () => {
  it('covers exactly the minutes the rules make available (checked minute by minute against Luxon)', () => {
    fc.assert(
      fc.property(scheduleCaseArb, ({ base, from, travel, overrides, probes }) => {
        const s: Schedule = {
          ...base,
          travel: travel.map((t) => ({ startsOn: isoDate(from + t.day * DAY_MS), endsOn: isoDate(from + (t.day + t.length) * DAY_MS), timeZone: t.zone })),
          overrides: overrides.map((o) => ({ date: isoDate(from + o.day * DAY_MS), available: o.available, windows: o.windows })),
        };
        const to = from + 3 * 7 * DAY_MS;
        const x = expandSchedule(s, from, to);
        for (let k = 0; k < x.length; k += 2) expect(x[k]! < x[k + 1]! && (k === 0 || x[k - 1]! < x[k]!)).toBe(true);
        const lo = Math.floor(from / 60_000);
        const hi = Math.floor(to / 60_000);
        const spanEdges = zoneSpans(s, lo, hi).flatMap((z) => [z.from - 1, z.from]);
        const edges = [...list(x), ...spanEdges].flatMap((m) => [m - 1, m]);
        for (const m of [...probes.map((p) => lo + p), ...edges]) {
          if (m < lo || m >= hi) continue;
          expect(covers(x, m), `${s.timeZone} at ${new Date(m * 60_000).toISOString()}`).toBe(oracleAvailable(s, m));
        }
      }),
      { numRuns: 200 },
    );
  });
});
