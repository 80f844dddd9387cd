import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { intersectIntervals } from '../time/intervals';
import { utcMin } from '../time/test-helpers';
import { mutualSlots, type SlotSearch } from './slots';
import { covers, I, label, local, slotPerson, weekdays } from './test-helpers';

interface Side {
  zone: string;
  start: string;
  end: string;
}

/** Weekday windows of one side from Luxon alone, local date by local date. */
function luxonWindows(p: Side, from: DateTime, dayCount: number): [number, number][] {
  const out: [number, number][] = [];
  for (let d = -1; d <= dayCount; d++) {
    const date = from.plus({ days: d }).toISODate()!;
    if (DateTime.fromISO(date).weekday > 5) continue;
    const end = p.end === '24:00' ? `${from.plus({ days: d + 1 }).toISODate()!}T00:00` : `${date}T${p.end}`;
    out.push([local(p.zone, `${date}T${p.start}`), local(p.zone, end)]);
  }
  return out;
}

/** Expected slots, independently: both sides' windows via Luxon, intersected pairwise, then the grid rule. */
function luxonSlots(a: Side, b: Side, fromIso: string, dayCount: number, durationMin: number): number[] {
  const from = DateTime.fromISO(fromIso, { zone: 'utc' });
  const lo = from.toMillis() / 60_000;
  const hi = lo + dayCount * 1440;
  const stretches: [number, number][] = [];
  for (const [as, ae] of luxonWindows(a, from, dayCount)) {
    for (const [bs, be] of luxonWindows(b, from, dayCount)) {
      const s = Math.max(as, bs, lo);
      const e = Math.min(ae, be, hi);
      if (s < e) stretches.push([s, e]);
    }
  }
  stretches.sort((x, y) => x[0] - y[0]);
  return stretches.flatMap(([s, e]) => {
    const starts: number[] = [];
    for (let t = Math.ceil(s / 15) * 15; t + durationMin <= e; t += 30) starts.push(t);
    return starts;
  });
}

/** Mutual slots for two weekday people over whole UTC days from `fromIso`, hour-long, every 30 minutes. */
function slotsFor(a: Side, b: Side, fromIso: string, dayCount: number): number[] {
  const fromMin = DateTime.fromISO(fromIso, { zone: 'utc' }).toMillis() / 60_000;
  const toMin = fromMin + dayCount * 1440;
  const pa = slotPerson(weekdays(a.zone, a.start, a.end), fromMin, toMin);
  const pb = slotPerson(weekdays(b.zone, b.start, b.end), fromMin, toMin);
  const slots = Array.from(mutualSlots({ a: pa.intervals, b: pb.intervals, busy: I(), fromMin, toMin, notBeforeMin: fromMin, durationMin: 60 }));
  expect(slots).toEqual(luxonSlots(a, b, fromIso, dayCount, 60));
  return slots;
}

/** Local start labels per local weekday of `zone`, e.g. { Mon: ['09:00', …] }. */
function perDay(slots: number[], zone: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of slots) {
    const [day, time] = label(t, zone).split(' ') as [string, string];
    (out[day] ??= []).push(time);
  }
  return out;
}

function sameEveryDay(days: string[], times: string[]): Record<string, string[]> {
  return Object.fromEntries(days.map((d) => [d, times]));
}

const MON_FRI = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

describe('mutualSlots across clock changes', () => {
  const sf: Side = { zone: 'America/Los_Angeles', start: '09:00', end: '17:00' };
  const beirutOffice: Side = { zone: 'Asia/Beirut', start: '09:00', end: '18:00' };
  const beirutLong: Side = { zone: 'Asia/Beirut', start: '09:00', end: '21:00' };

  it('San Francisco 09–17 and Beirut 09–18 never share a minute in March or autumn 2026 (they need stretch slots)', () => {
    expect(slotsFor(sf, beirutOffice, '2026-03-02', 35)).toEqual([]);
    expect(slotsFor(sf, beirutOffice, '2026-10-19', 21)).toEqual([]);
  });

  it('with Beirut open until 21:00: 2 h, then 3 h once the US changes (2026-03-08), 2 h again once Lebanon does (2026-03-29)', () => {
    const winter = slotsFor(sf, beirutLong, '2026-03-02', 7);
    expect(perDay(winter, sf.zone)).toEqual(sameEveryDay(MON_FRI, ['09:00', '09:30', '10:00']));
    expect(perDay(winter, beirutLong.zone)).toEqual(sameEveryDay(MON_FRI, ['19:00', '19:30', '20:00']));
    expect(winter[0]).toBe(utcMin(2026, 3, 2, 17));

    for (const week of ['2026-03-09', '2026-03-23']) {
      const usOnly = slotsFor(sf, beirutLong, week, 7);
      expect(perDay(usOnly, sf.zone)).toEqual(sameEveryDay(MON_FRI, ['09:00', '09:30', '10:00', '10:30', '11:00']));
      expect(perDay(usOnly, beirutLong.zone)).toEqual(sameEveryDay(MON_FRI, ['18:00', '18:30', '19:00', '19:30', '20:00']));
    }

    const both = slotsFor(sf, beirutLong, '2026-03-30', 7);
    expect(perDay(both, sf.zone)).toEqual(sameEveryDay(MON_FRI, ['09:00', '09:30', '10:00']));
    expect(perDay(both, beirutLong.zone)).toEqual(sameEveryDay(MON_FRI, ['19:00', '19:30', '20:00']));
    expect(both[0]).toBe(utcMin(2026, 3, 30, 16));
  });

  it('autumn: Lebanon first (2026-10-25), the US a week later (2026-11-01)', () => {
    const summer = slotsFor(sf, beirutLong, '2026-10-19', 7);
    expect(perDay(summer, beirutLong.zone)).toEqual(sameEveryDay(MON_FRI, ['19:00', '19:30', '20:00']));
    const lebanonOnly = slotsFor(sf, beirutLong, '2026-10-26', 7);
    expect(perDay(lebanonOnly, sf.zone)).toEqual(sameEveryDay(MON_FRI, ['09:00', '09:30', '10:00', '10:30', '11:00']));
    expect(perDay(lebanonOnly, beirutLong.zone)).toEqual(sameEveryDay(MON_FRI, ['18:00', '18:30', '19:00', '19:30', '20:00']));
    const winter = slotsFor(sf, beirutLong, '2026-11-02', 7);
    expect(perDay(winter, sf.zone)).toEqual(sameEveryDay(MON_FRI, ['09:00', '09:30', '10:00']));
    expect(winter[0]).toBe(utcMin(2026, 11, 2, 17));
  });

  it('London and New York 09–17: 3 h, 4 h in the three weeks only the US has changed, then 3 h', () => {
    const ny: Side = { zone: 'America/New_York', start: '09:00', end: '17:00' };
    const london: Side = { zone: 'Europe/London', start: '09:00', end: '17:00' };
    const three = ['09:00', '09:30', '10:00', '10:30', '11:00'];
    expect(perDay(slotsFor(ny, london, '2026-03-02', 7), ny.zone)).toEqual(sameEveryDay(MON_FRI, three));
    for (const week of ['2026-03-09', '2026-03-16', '2026-03-23']) {
      const gap = slotsFor(ny, london, week, 7);
      expect(perDay(gap, ny.zone)).toEqual(sameEveryDay(MON_FRI, [...three, '11:30', '12:00']));
      expect(perDay(gap, london.zone).Mon![0]).toBe('13:00');
    }
    const after = slotsFor(ny, london, '2026-03-30', 7);
    expect(perDay(after, london.zone)).toEqual(sameEveryDay(MON_FRI, ['14:00', '14:30', '15:00', '15:30', '16:00']));
  });

  it('Sydney mornings and Santiago evenings: same local times across 2026-04-05 (both change), 3 h between Santiago (09-06) and Sydney (10-04)', () => {
    const sydney: Side = { zone: 'Australia/Sydney', start: '07:00', end: '12:00' };
    const santiago: Side = { zone: 'America/Santiago', start: '15:00', end: '21:00' };
    const four = ['17:00', '17:30', '18:00', '18:30', '19:00', '19:30', '20:00'];
    // Santiago's Friday evening is Sydney's Saturday, Sydney's Monday morning is Santiago's Sunday.
    const before = slotsFor(sydney, santiago, '2026-03-30', 7);
    const after = slotsFor(sydney, santiago, '2026-04-06', 7);
    for (const week of [before, after]) {
      expect(perDay(week, santiago.zone)).toEqual(sameEveryDay(['Mon', 'Tue', 'Wed', 'Thu'], four));
      expect(perDay(week, sydney.zone)).toEqual(
        sameEveryDay(['Tue', 'Wed', 'Thu', 'Fri'], ['07:00', '07:30', '08:00', '08:30', '09:00', '09:30', '10:00']),
      );
    }
    expect(after[0]! - before[0]!).toBe(7 * 1440 + 60); // the same local times, an hour later in UTC
    const between = slotsFor(sydney, santiago, '2026-09-14', 7);
    expect(perDay(between, santiago.zone)).toEqual(sameEveryDay(['Mon', 'Tue', 'Wed', 'Thu'], ['18:00', '18:30', '19:00', '19:30', '20:00']));
    const spring = slotsFor(sydney, santiago, '2026-10-05', 7);
    expect(perDay(spring, santiago.zone)).toEqual(sameEveryDay(['Mon', 'Tue', 'Wed', 'Thu'], four));
  });

  it('Kathmandu (+05:45) and Kolkata (+05:30): starts fall on each owner’s local grid', () => {
    const kathmandu: Side = { zone: 'Asia/Kathmandu', start: '09:00', end: '17:00' };
    const kolkata: Side = { zone: 'Asia/Kolkata', start: '10:00', end: '18:00' };
    const slots = slotsFor(kathmandu, kolkata, '2026-06-01', 7);
    const monday = perDay(slots, kolkata.zone).Mon!;
    expect(monday[0]).toBe('10:00');
    expect(monday).toHaveLength(12); // 10:00 … 15:30 Kolkata; the last ends at Kathmandu 17:00 − 15 min
    expect(perDay(slots, kathmandu.zone).Mon![0]).toBe('10:15');
    expect(slots[0]).toBe(utcMin(2026, 6, 1, 4, 30));

    // A Kathmandu edge on the hour stays on it: 13:00 +05:45 is 07:15Z.
    const afternoon: Side = { zone: 'Asia/Kathmandu', start: '13:00', end: '17:00' };
    const london: Side = { zone: 'Europe/London', start: '07:00', end: '10:00' };
    const withLondon = slotsFor(afternoon, london, '2026-01-05', 7);
    expect(perDay(withLondon, afternoon.zone).Mon).toEqual(['13:00', '13:30', '14:00', '14:30']);
    expect(perDay(withLondon, london.zone).Mon![0]).toBe('07:15');
  });

  it('Lord Howe’s 30-minute changes (2026-04-05, 2026-10-04) shift a UTC evening by half an hour', () => {
    const lordHowe: Side = { zone: 'Australia/Lord_Howe', start: '08:00', end: '12:00' };
    const reykjavik: Side = { zone: 'Atlantic/Reykjavik', start: '20:00', end: '24:00' };
    const summer = ['08:00', '08:30', '09:00', '09:30', '10:00'];
    const winter = ['08:00', '08:30', '09:00', '09:30'];
    const nights = ['Tue', 'Wed', 'Thu', 'Fri'];
    expect(perDay(slotsFor(lordHowe, reykjavik, '2026-03-30', 7), lordHowe.zone)).toEqual(sameEveryDay(nights, summer));
    const afterApril = slotsFor(lordHowe, reykjavik, '2026-04-06', 7);
    expect(perDay(afterApril, lordHowe.zone)).toEqual(sameEveryDay(nights, winter));
    expect(label(afterApril[0]!, 'UTC')).toBe('Mon 21:30');
    expect(perDay(slotsFor(lordHowe, reykjavik, '2026-09-28', 7), lordHowe.zone)).toEqual(sameEveryDay(nights, winter));
    expect(perDay(slotsFor(lordHowe, reykjavik, '2026-10-05', 7), lordHowe.zone)).toEqual(sameEveryDay(nights, summer));
  });
});

describe('mutualSlots: busy, notice, duration, step, limit', () => {
  const day = utcMin(2026, 6, 1);
  const h = (hours: number, minutes = 0) => day + hours * 60 + minutes;
  const base: SlotSearch = { a: I(h(9), h(17)), b: I(h(8), h(13), h(14), h(18)), busy: I(), fromMin: day, toMin: day + 1440, notBeforeMin: day, durationMin: 60 };
  const times = (q: SlotSearch) => Array.from(mutualSlots(q)).map((t) => label(t, 'UTC').slice(4));

  it('free time is a ∩ b, every 30 minutes while the meeting fits', () => {
    expect(times(base)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '14:00', '14:30', '15:00', '15:30', '16:00']);
  });

  it('busy time (already widened by the buffer) splits free stretches', () => {
    // A 10:00–11:00 meeting with a 15-minute buffer blocks 09:45–11:15; the next start rounds up to 11:15.
    expect(times({ ...base, busy: I(h(9, 45), h(11, 15), h(15), h(20)) })).toEqual(['11:15', '11:45', '14:00']);
  });

  it('no start before the minimum notice; a start off the grid rounds up to the next quarter hour', () => {
    expect(times({ ...base, notBeforeMin: h(11, 1) })).toEqual(['11:15', '11:45', '14:00', '14:30', '15:00', '15:30', '16:00']);
    expect(times({ ...base, fromMin: h(14, 50), notBeforeMin: h(10) })).toEqual(['15:00', '15:30', '16:00']);
  });

  it('a meeting longer than every free stretch has no slot', () => {
    expect(times({ ...base, durationMin: 241 })).toEqual([]);
    expect(times({ ...base, durationMin: 240 })).toEqual(['09:00']);
  });

  it('stepMin spaces starts; limit keeps the earliest; toMin ends the search', () => {
    expect(times({ ...base, stepMin: 60 })).toEqual(['09:00', '10:00', '11:00', '12:00', '14:00', '15:00', '16:00']);
    expect(times({ ...base, stepMin: 15, durationMin: 30, limit: 3 })).toEqual(['09:00', '09:15', '09:30']);
    expect(times({ ...base, toMin: h(15, 59) })).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '14:00', '14:30']);
    expect(times({ ...base, limit: 0 })).toEqual([]);
  });

  it('rejects a non-positive duration or step', () => {
    expect(() => mutualSlots({ ...base, durationMin: 0 })).toThrow(RangeError);
    expect(() => mutualSlots({ ...base, stepMin: 0 })).toThrow(RangeError);
  });
});

// ---- Properties on small random inputs, against a minute-by-minute scan ----

const intervalsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 600 }), { maxLength: 16 })
  .map((xs) => {
    const sorted = xs.sort((p, q) => p - q);
    return Int32Array.from(sorted.length % 2 ? sorted.slice(1) : sorted);
  });

const searchArb = fc
  .record({
    a: intervalsArb,
    b: intervalsArb,
    busy: intervalsArb,
    fromMin: fc.integer({ min: 0, max: 200 }),
    span: fc.integer({ min: 0, max: 500 }),
    notBeforeMin: fc.integer({ min: 0, max: 400 }),
    durationMin: fc.integer({ min: 1, max: 120 }),
    stepMin: fc.constantFrom(15, 30, 45, 60, 90),
  })
  .map(({ span, ...q }): SlotSearch => ({ ...q, toMin: q.fromMin + span }));

/** The free minutes of a search, found by scanning each minute. */
function freeMinutes(q: SlotSearch): boolean[] {
  const free: boolean[] = [];
  for (let m = 0; m <= 700; m++) {
    free[m] = m >= q.fromMin && m >= q.notBeforeMin && m < q.toMin && covers(q.a, m) && covers(q.b, m) && !covers(q.busy, m);
  }
  return free;
}

describe('mutualSlots: properties', () => {
  it('every slot is inside a and b, clear of busy, not before notice, on the grid and spaced by the step', () => {
    fc.assert(
      fc.property(searchArb, (q) => {
        const slots = Array.from(mutualSlots(q));
        const free = freeMinutes(q);
        for (const t of slots) {
          expect(t % 15).toBe(0);
          for (let m = t; m < t + q.durationMin; m++) expect(free[m]).toBe(true);
        }
        for (let k = 1; k < slots.length; k++) {
          expect(slots[k]!).toBeGreaterThan(slots[k - 1]!);
          // Within one stretch starts are exactly a step apart; a new stretch begins after a non-free minute.
          const gap = slots[k]! - slots[k - 1]!;
          if (gap !== q.stepMin) expect(free.slice(slots[k - 1]!, slots[k]!).every(Boolean)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('misses no start: equals a brute-force scan of free stretches', () => {
    fc.assert(
      fc.property(searchArb, (q) => {
        const free = freeMinutes(q);
        const expected: number[] = [];
        for (let m = 0; m <= 700; m++) {
          if (!free[m] || (m > 0 && free[m - 1])) continue;
          let end = m;
          while (free[end]) end++;
          for (let t = Math.ceil(m / 15) * 15; t + q.durationMin <= end; t += q.stepMin!) expected.push(t);
        }
        expect(Array.from(mutualSlots(q))).toEqual(expected);
        // With a 15-minute step every free grid start is offered.
        const quarter = Array.from(mutualSlots({ ...q, stepMin: 15 }));
        const fits = (t: number) => {
          const minutes = free.slice(t, t + q.durationMin);
          return minutes.length === q.durationMin && minutes.every(Boolean);
        };
        expect(quarter).toEqual(Array.from({ length: 701 }, (_, t) => t).filter((t) => t % 15 === 0 && fits(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('is symmetric in a and b and never offers more than intersecting offers', () => {
    fc.assert(
      fc.property(searchArb, (q) => {
        expect(Array.from(mutualSlots({ ...q, a: q.b, b: q.a }))).toEqual(Array.from(mutualSlots(q)));
        expect(Array.from(mutualSlots({ ...q, a: intersectIntervals(q.a, q.b), b: intersectIntervals(q.a, q.b) }))).toEqual(Array.from(mutualSlots(q)));
      }),
    );
  });
});
