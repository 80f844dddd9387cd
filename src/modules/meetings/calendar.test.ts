import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/app';
import { meetingsCalendar } from './calendar';
import type { MeetingRow } from './meetings.repository';

const meeting = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  partnership_id: '6f1c2d3e-0000-4000-8000-000000000002',
  program_name: 'Global Engineering',
  status: 'confirmed',
  channel: 'video',
  url: 'https://meet.jit.si/Meridian-abc',
  location: null,
  start_at: '2026-03-29T00:30:00.000Z',
  end_at: '2026-03-29T01:30:00.000Z',
  sequence: 3,
  created_at: '2026-03-01T10:00:00.000Z',
  updated_at: '2026-03-02T10:00:00.000Z',
  mentee_name: 'Lina',
  mentee_email: 'lina@example.org',
  mentor_name: 'Maya',
  mentor_email: 'maya@example.org',
} as unknown as MeetingRow;

describe('meeting calendars', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  // ical-generator writes a JS Date in the process's zone when given a `timezone`; Meridian gives
  // none and writes UTC, so the instant must survive any server zone, on a DST night too.
  it.each(['UTC', 'Europe/London', 'Pacific/Chatham', 'America/St_Johns'])('round-trips the exact instant with the process in %s', (zone) => {
    process.env.TZ = zone;
    const text = meetingsCalendar(testConfig(), [meeting], { method: 'REQUEST', locale: 'en', now: new Date('2026-03-02T10:00:00Z') });
    expect(text).toContain('DTSTART:20260329T003000Z');
    const cal = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe('Mentoring: Lina and Maya');
  });

  it('marks a cancellation and leaves out meetings without a time', () => {
    const text = meetingsCalendar(testConfig(), [meeting, { ...meeting, id: 'x', start_at: null, end_at: null } as MeetingRow], {
      method: 'CANCEL',
      locale: 'en',
      now: new Date('2026-03-02T10:00:00Z'),
    });
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
