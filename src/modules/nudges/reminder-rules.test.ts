import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReminderLeads } from '../../shared/meeting-reminders';
import { dueLeads, reminderKey, settledAt, whenKind } from './reminder-rules';

const start = '2026-12-01T17:00:00.000Z';
const at = (iso: string) => new Date(iso);
const confirmedEarly = { startAt: start, confirmedAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z' };

describe('dueLeads', () => {
  it('is due from lead minutes before the start until the start, largest first', () => {
    expect(dueLeads(confirmedEarly, [1440, 60], at('2026-11-30T16:59:59.999Z'))).toEqual([]);
    expect(dueLeads(confirmedEarly, [1440, 60], at('2026-11-30T17:00:00.000Z'))).toEqual([1440]);
    expect(dueLeads(confirmedEarly, [60, 1440], at('2026-12-01T16:00:00.000Z'))).toEqual([1440, 60]);
    expect(dueLeads(confirmedEarly, [1440, 60], at('2026-12-01T16:59:00.000Z'))).toEqual([1440, 60]);
    expect(dueLeads(confirmedEarly, [1440, 60], at(start))).toEqual([]);
    expect(dueLeads(confirmedEarly, [], at('2026-12-01T16:30:00.000Z'))).toEqual([]);
  });

  it('skips a lead whose moment had passed when the time was confirmed', () => {
    const late = { startAt: start, confirmedAt: '2026-12-01T15:00:00.000Z', updatedAt: '2026-12-01T15:00:00.000Z' };
    expect(dueLeads(late, [1440, 60], at('2026-12-01T15:00:00.000Z'))).toEqual([]);
    expect(dueLeads(late, [1440, 60], at('2026-12-01T16:00:00.000Z'))).toEqual([60]);
    // Confirmed exactly at the reminder's moment still counts.
    const onTheDot = { ...late, confirmedAt: '2026-12-01T16:00:00.000Z', updatedAt: '2026-12-01T16:00:00.000Z' };
    expect(dueLeads(onTheDot, [60], at('2026-12-01T16:00:00.000Z'))).toEqual([60]);
  });

  it('takes a reschedule (a later update) as the moment the time was settled', () => {
    const moved = { startAt: start, confirmedAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-12-01T14:00:00.000Z' };
    expect(settledAt(moved)).toBe(Date.parse('2026-12-01T14:00:00.000Z'));
    expect(dueLeads(moved, [1440, 120, 60], at('2026-12-01T16:10:00.000Z'))).toEqual([120, 60]);
    expect(settledAt({ startAt: start, confirmedAt: null, updatedAt: '2026-11-01T00:00:00.000Z' })).toBe(Date.parse('2026-11-01T00:00:00.000Z'));
  });

  it('never returns a lead before its moment, after the start, or one settled too late (property)', () => {
    const base = Date.parse(start);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 * 1440 }), { maxLength: 4 }),
        fc.integer({ min: -8 * 1440, max: 60 }),
        fc.integer({ min: -10 * 1440, max: 0 }),
        (leads, nowOffset, settledOffset) => {
          const now = new Date(base + nowOffset * 60_000);
          const settled = new Date(base + settledOffset * 60_000).toISOString();
          const due = dueLeads({ startAt: start, confirmedAt: settled, updatedAt: settled }, leads, now);
          for (const lead of due) {
            expect(nowOffset).toBeGreaterThanOrEqual(-lead);
            expect(nowOffset).toBeLessThan(0);
            expect(settledOffset).toBeLessThanOrEqual(-lead);
          }
          expect(due).toEqual([...due].sort((a, b) => b - a));
        },
      ),
    );
  });
});

describe('reminder keys and wording', () => {
  it('keys each reminder by meeting, start, person and lead, so a new start re-arms it', () => {
    expect(reminderKey('m1', start, 'u1', 60)).toBe(`reminder:m1:${start}:u1:60`);
    expect(reminderKey('m1', '2026-12-02T17:00:00.000Z', 'u1', 60)).not.toBe(reminderKey('m1', start, 'u1', 60));
  });

  it('says how far off the meeting is', () => {
    expect(whenKind(9.6, 0)).toEqual({ kind: 'minutes', count: 10 });
    expect(whenKind(0.2, 0)).toEqual({ kind: 'minutes', count: 1 });
    expect(whenKind(59.4, 0)).toEqual({ kind: 'hours', count: 1 });
    expect(whenKind(119.5, 0)).toEqual({ kind: 'hours', count: 2 });
    expect(whenKind(8 * 60, 0)).toEqual({ kind: 'today', count: 0 });
    expect(whenKind(24 * 60, 1)).toEqual({ kind: 'tomorrow', count: 0 });
    expect(whenKind(48 * 60, 2)).toEqual({ kind: 'later', count: 2 });
  });

  it('reads stored choices, falling back to the default for anything unreadable', () => {
    expect(parseReminderLeads('[60,1440,60]')).toEqual([1440, 60]);
    expect(parseReminderLeads('[]')).toEqual([]);
    expect(parseReminderLeads('not json')).toEqual([1440, 60]);
    expect(parseReminderLeads('[-5, 1.5, "x", 30]')).toEqual([30]);
  });
});
