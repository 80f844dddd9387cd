import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityArb, fromArb } from '../time/test-helpers';
import { mergeIntervals } from '../time/intervals';
import type { Weekday } from '../time/types';
import { awkwardnessAt } from './awkwardness';
import { mutualSlots } from './slots';
import { stretchSlots, type StretchSearch, type StretchSlot } from './stretch';
import { I, insideAll, label, local, overlapsAny, slotPerson, weekdays } from './test-helpers';

const LA = 'America/Los_Angeles';
const BEIRUT = 'Asia/Beirut';

/** The San Francisco mentor (09–17) and Beirut mentee (09–18) over whole UTC days: no shared minute all spring. */
function pair(fromIso: string, dayCount: number, more: Partial<StretchSearch> = {}): StretchSearch {
  const fromMin = Date.parse(`${fromIso}T00:00Z`) / 60_000;
  const toMin = fromMin + dayCount * 1440;
  return {
    a: slotPerson(weekdays(BEIRUT, '09:00', '18:00'), fromMin, toMin),
    b: slotPerson(weekdays(LA, '09:00', '17:00'), fromMin, toMin),
    busy: I(),
    fromMin,
    toMin,
    notBeforeMin: fromMin,
    durationMin: 60,
    burden: { a: 0, b: 0 },
    ...more,
  };
}

/** 'a late Mon 19:00' from the bearer's clock. */
function describeSlot(s: StretchSlot): string {
  return `${s.bearer} ${s.awkwardness} ${label(s.start, s.bearer === 'a' ? BEIRUT : LA)}`;
}

/** Every rule a stretch slot must satisfy, checked minute by minute. */
function checkSlots(q: StretchSearch, slots: StretchSlot[]): void {
  const perDay = new Map<string, number>();
  slots.forEach((s, k) => {
    const end = s.start + q.durationMin;
    const host = s.bearer === 'a' ? q.b : q.a;
    const bearer = q[s.bearer];
    expect(insideAll(host.intervals, s.start, end)).toBe(true);
    expect(insideAll(bearer.intervals, s.start, end)).toBe(false);
    expect(overlapsAny(q.busy, s.start, end)).toBe(false);
    expect(s.start).toBeGreaterThanOrEqual(Math.max(q.fromMin, q.notBeforeMin));
    expect(end).toBeLessThanOrEqual(q.toMin);
    expect(s.start % 15).toBe(0);
    expect(s.awkwardness).toBe(awkwardnessAt(s.start, q.durationMin, bearer));
    if (k > 0) expect(s.cost).toBeGreaterThanOrEqual(slots[k - 1]!.cost);
    const key = `${s.bearer}|${Math.floor(s.start / 1440)}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  });
  for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(2);
}

describe('stretchSlots: San Francisco mentor and Beirut mentee', () => {
  it('with no mutual time and equal burden, alternates who stretches: Beirut evenings and San Francisco early mornings', () => {
    const q = pair('2026-03-02', 7);
    expect(mutualSlots({ ...q, a: q.a.intervals, b: q.b.intervals })).toHaveLength(0);
    const slots = stretchSlots(q);
    checkSlots(q, slots);
    expect(slots.map(describeSlot)).toEqual([
      'a late Mon 19:00',
      'b early Mon 07:00',
      'a late Mon 19:30',
      'b early Tue 07:00',
      'a late Tue 19:00',
      'b early Wed 07:00',
      'a late Tue 19:30',
      'b early Thu 07:00',
      'a late Wed 19:00',
      'b early Fri 07:00',
      'a late Wed 19:30',
      'a late Thu 19:00', // b has no more early or late times this week
    ]);
    expect(slots.every((s) => s.cost === 1)).toBe(true);
  });

  it('the side that has borne fewer awkward meetings stretches first', () => {
    const slots = stretchSlots(pair('2026-03-02', 7, { burden: { a: 3, b: 1 } }));
    expect(slots.slice(0, 5).map(describeSlot)).toEqual(['b early Mon 07:00', 'b early Tue 07:00', 'b early Wed 07:00', 'b early Thu 07:00', 'b early Fri 07:00']);
    expect(slots.slice(5).every((s) => s.bearer === 'a')).toBe(true);
    const menteeFirst = stretchSlots(pair('2026-03-02', 7, { burden: { a: 0, b: 2 } }));
    expect(menteeFirst.slice(0, 10).every((s) => s.bearer === 'a')).toBe(true);
  });

  it('the stretch follows the clock changes: San Francisco may start 07:00, 07:30 or 08:00 in the weeks only the US has changed', () => {
    const usOnly = stretchSlots(pair('2026-03-09', 7, { burden: { a: 1, b: 0 }, limit: 10 }));
    expect(usOnly.map(describeSlot)).toEqual([
      'b early Mon 07:00',
      'b early Mon 07:30',
      'b early Tue 07:00',
      'b early Tue 07:30',
      'b early Wed 07:00',
      'b early Wed 07:30',
      'b early Thu 07:00',
      'b early Thu 07:30',
      'b early Fri 07:00',
      'b early Fri 07:30',
    ]);
    // Beirut's evening choice starts at 18:00 that week, 19:00 once Lebanon has changed too.
    expect(stretchSlots(pair('2026-03-09', 7, { burden: { a: 0, b: 1 } }))[0]!.start).toBe(local(BEIRUT, '2026-03-09T18:00'));
    expect(stretchSlots(pair('2026-03-30', 7, { burden: { a: 0, b: 1 } }))[0]!.start).toBe(local(BEIRUT, '2026-03-30T19:00'));
  });

  it('ranks by cost: early and late, then weekend, night last; nothing is inside both availabilities or neither', () => {
    const q = pair('2026-03-02', 14, { limit: 1000 });
    const slots = stretchSlots(q);
    checkSlots(q, slots);
    const kinds = [...new Set(slots.map((s) => s.awkwardness))];
    expect(kinds).toEqual(['late', 'early', 'night']);
    expect(slots[slots.length - 1]!.awkwardness).toBe('night');
    // San Francisco's Friday afternoon is Beirut's Friday night; Beirut's Monday morning is San Francisco's Sunday night.
    expect(slots.filter((s) => s.awkwardness === 'night').length).toBeGreaterThan(0);
  });

  it('offers weekend times when one side’s weekday falls on the other’s weekend', () => {
    // Sydney's Monday 09:00–12:00 is Sunday 15:00–18:00 in San Francisco.
    const fromMin = Date.parse('2026-06-01T00:00Z') / 60_000 - 1440;
    const toMin = fromMin + 7 * 1440;
    const q: StretchSearch = {
      a: slotPerson(weekdays('Australia/Sydney', '09:00', '12:00'), fromMin, toMin),
      b: slotPerson(weekdays(LA, '09:00', '12:00'), fromMin, toMin),
      busy: I(),
      fromMin,
      toMin,
      notBeforeMin: fromMin,
      durationMin: 60,
      burden: { a: 0, b: 0 },
      limit: 1000,
    };
    const slots = stretchSlots(q);
    checkSlots(q, slots);
    const weekend = slots.filter((s) => s.awkwardness === 'weekend');
    // Two per UTC day: Sunday 17:00 onwards is already Monday in UTC, where cheaper late times took the places.
    expect(weekend.map((s) => label(s.start, LA))).toEqual(['Sun 16:00', 'Sun 16:30']);
    expect(weekend.every((s) => s.bearer === 'b')).toBe(true);
  });

  it('respects busy time, notice and the limit', () => {
    const base = pair('2026-03-02', 7);
    const monday = base.fromMin;
    const busy = I(monday + 16 * 60, monday + 20 * 60); // Monday 16:00–20:00Z blocks Beirut's Monday evening
    const q = { ...base, busy, notBeforeMin: monday + 15 * 60 + 1, limit: 4 };
    const slots = stretchSlots(q);
    checkSlots(q, slots);
    expect(slots.map(describeSlot)).toEqual(['a late Tue 19:00', 'b early Tue 07:00', 'a late Tue 19:30', 'b early Wed 07:00']);
    expect(stretchSlots({ ...base, limit: 0 })).toEqual([]);
  });
});

// ---- Property: random people, random busy time ----

const busyArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 14 * 1440 }), fc.integer({ min: 15, max: 600 })), { maxLength: 6 });

describe('stretchSlots: properties', () => {
  it('every slot obeys the rules; ranking by cost, then burden, then start', () => {
    fc.assert(
      fc.property(
        availabilityArb,
        availabilityArb,
        fromArb,
        busyArb,
        fc.record({ a: fc.nat(3), b: fc.nat(3) }),
        fc.constantFrom(30, 45, 60, 90),
        fc.integer({ min: 1, max: 30 }),
        (x, y, from, busyPairs, burden, durationMin, limit) => {
          const fromMin = Math.floor(from / 60_000 / 15) * 15;
          const toMin = fromMin + 14 * 1440;
          const busy = mergeIntervals(busyPairs.flatMap(([s, len]) => [fromMin + s, fromMin + s + len]));
          const q: StretchSearch = {
            a: slotPerson({ ...x, overrides: [], travel: [] }, fromMin, toMin, [6, 7] as Weekday[]),
            b: slotPerson({ ...y, overrides: [], travel: [] }, fromMin, toMin, [5, 6] as Weekday[]),
            busy,
            fromMin,
            toMin,
            notBeforeMin: fromMin + 600,
            durationMin,
            burden,
            limit,
          };
          const slots = stretchSlots(q);
          expect(slots.length).toBeLessThanOrEqual(limit);
          checkSlots(q, slots);
          for (let k = 1; k < slots.length; k++) {
            const [p, s] = [slots[k - 1]!, slots[k]!];
            if (p.cost !== s.cost) continue;
            if (burden.a !== burden.b && p.bearer !== s.bearer) expect(p.bearer).toBe(burden.a < burden.b ? 'a' : 'b');
          }
          for (const side of ['a', 'b'] as const) {
            const own = slots.filter((s) => s.bearer === side);
            for (let k = 1; k < own.length; k++) {
              if (own[k]!.cost === own[k - 1]!.cost) expect(own[k]!.start).toBeGreaterThan(own[k - 1]!.start);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
