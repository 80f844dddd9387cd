import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { actorFor, FACTORY_PASSWORD, createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn } from '../../../test/users';
import { caller, mentorBlock, person, startMail, weekdays, type Mail, type Person } from '../partnerships/test-helpers';
import { addTravel } from './availability-changes.service';

/** The one VEVENT of an iCalendar text, parsed by ical.js. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]!);
  return { cal, event, vevent: events[0]! };
}

function inviteOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, `calendar part in “${mail.subject}”`).toBeDefined();
  return parseIcs(part!.content.toString('utf8'));
}

describe.each(dialects)('meetings across time zones on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person; // mentee in Beirut, free 17:00–21:00 on weekdays
  let maya: Person; // mentor in Los Angeles, free 08:00–12:00 on weekdays
  let other: Person; // a mentor of another pair
  let partnershipId: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut', profile: { availability: weekdays([1, 2, 3, 4, 5], '17:00', '21:00') } });
    maya = await person(t, program, 'mentor', {
      name: 'Maya',
      timeZone: 'America/Los_Angeles',
      profile: { availability: weekdays([1, 2, 3, 4, 5], '08:00', '12:00'), mentor: mentorBlock(2) },
    });
    other = await person(t, program, 'mentor', { name: 'Omar', timeZone: 'Europe/Paris', profile: { mentor: mentorBlock(2) } });
    partnershipId = (await createPartnership(t.ctx, { program, mentee: lina, mentor: maya })).id;
    await mail.deliver();
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });
  beforeEach(() => t.clock.set('2026-11-24T09:00:00.000Z'));

  const slots = (who: Person, query: string) => call('GET', `/partnerships/${partnershipId}/slots?${query}`, who.as);

  it('lists mutual slots inside both people’s hours, after the notice, labelled on both clocks', async () => {
    // Tuesday 09:00 UTC now; 12 h notice rules out Tuesday's shared 16:00–19:00 UTC.
    const res = await slots(lina, 'from=2026-11-24&to=2026-11-25&duration=60');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.slots.map((s: { start: string }) => s.start)).toEqual([
      '2026-11-25T16:00:00.000Z',
      '2026-11-25T16:30:00.000Z',
      '2026-11-25T17:00:00.000Z',
      '2026-11-25T17:30:00.000Z',
      '2026-11-25T18:00:00.000Z',
    ]);
    expect(body.stretchOffered).toBe(false);
    expect(body.slots[0]).toMatchObject({
      end: '2026-11-25T17:00:00.000Z',
      kind: 'mutual',
      bearer: null,
      mentee: { timeZone: 'Asia/Beirut', place: 'Beirut', local: '2026-11-25T18:00', weekday: 3, awkwardness: 'working', daytime: 'evening' },
      mentor: { timeZone: 'America/Los_Angeles', place: 'Los Angeles', local: '2026-11-25T08:00', weekday: 3, awkwardness: 'working', daytime: 'day' },
      label: 'Wed 6:00 PM Beirut · 8:00 AM Los Angeles',
    });
    // The mentor reads the same slot on their own clock first.
    expect((await slots(maya, 'from=2026-11-25&to=2026-11-25&duration=60&timeZone=America/Los_Angeles')).json().slots[0].label).toBe(
      'Wed 8:00 AM Los Angeles · 6:00 PM Beirut',
    );
  });

  it('rejects bad slot queries with the field and the reason', async () => {
    const backwards = await slots(lina, 'from=2026-11-30&to=2026-11-25');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ path: 'to', message: 'The last day must not be before the first.' }]);
    const zone = await slots(lina, 'from=2026-11-25&timeZone=Mars/Olympus');
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.fields[0].path).toBe('timeZone');
    expect((await slots(lina, 'duration=50')).json().error.fields[0]).toEqual({ path: 'duration', message: 'Use a multiple of 15 minutes.' });
    expect((await slots(lina, 'from=2026-11-25&to=2027-02-25')).statusCode).toBe(400);
    expect((await slots(other, 'from=2026-11-25')).statusCode).toBe(404);
    expect((await call('GET', `/partnerships/${partnershipId}/slots`)).statusCode).toBe(401);
  });

  it('proposes, confirms, moves and cancels a meeting, with invitations both calendars accept', async () => {
    const proposed = await call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, {
      proposals: [
        { start: '2026-11-26T16:00:00Z', durationMinutes: 60 },
        { start: '2026-11-26T17:00:00.000+00:00', durationMinutes: 60 },
      ],
      channel: 'video',
      agenda: 'Career path; code review habits',
    });
    expect(proposed.statusCode).toBe(201);
    const meeting = proposed.json().meeting;
    expect(meeting).toMatchObject({
      status: 'proposed',
      viewerSide: 'mentee',
      proposedBy: 'mentee',
      awaiting: 'mentor',
      channel: 'video',
      start: null,
      agenda: 'Career path; code review habits',
      proposals: [
        { start: '2026-11-26T16:00:00.000Z', mentee: { local: '2026-11-26T18:00' }, mentor: { local: '2026-11-26T08:00' } },
        { start: '2026-11-26T17:00:00.000Z' },
      ],
    });
    expect(meeting.url).toMatch(/^https:\/\/meet\.jit\.si\/Meridian-[A-Za-z0-9_-]{20}$/);
    await mail.deliver();
    const proposalMail = await mail.to(maya.user.email, 'Lina proposes 2 times to meet');
    expect(proposalMail.text).toContain('8:00 AM');
    expect(proposalMail.text).toContain('for Lina in Beirut');

    // The proposer cannot confirm; a time not proposed is refused; the mentor confirms one.
    expect((await call('POST', `/meetings/${meeting.id}/confirm`, lina.as, { start: '2026-11-26T16:00:00Z' })).statusCode).toBe(403);
    const notProposed = await call('POST', `/meetings/${meeting.id}/confirm`, maya.as, { start: '2026-11-26T16:30:00Z' });
    expect(notProposed.statusCode).toBe(400);
    expect(notProposed.json().error.fields).toEqual([{ path: 'start', message: 'Choose one of the proposed times.' }]);
    const confirmed = await call('POST', `/meetings/${meeting.id}/confirm`, maya.as, { start: '2026-11-26T17:00:00Z' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().meeting).toMatchObject({
      status: 'confirmed',
      start: '2026-11-26T17:00:00.000Z',
      end: '2026-11-26T18:00:00.000Z',
      proposals: [],
      sequence: 0,
      mentee: { local: '2026-11-26T19:00', awkwardness: 'working' },
      mentor: { local: '2026-11-26T09:00', awkwardness: 'working' },
    });
    expect((await call('POST', `/meetings/${meeting.id}/confirm`, maya.as, { start: '2026-11-26T17:00:00Z' })).json().error.code).toBe('meeting_closed');

    await mail.deliver();
    for (const who of [lina, maya]) {
      const m = await mail.to(who.user.email, /^Confirmed: meeting with/);
      expect(m.html).toContain('<p>');
      const { cal, event, vevent } = inviteOf(m);
      expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.uid).toBe(`meeting-${meeting.id}@meridian.test`);
      expect(event.sequence).toBe(0);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-26T17:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-26T18:00:00.000Z');
      expect(event.location).toBe(meeting.url);
      expect(event.description).toContain(`http://meridian.test/partnerships/${partnershipId}`);
      expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:no-reply@meridian.localhost');
      const attendees = event.attendees.map((a) => String(a.getFirstValue()).toLowerCase());
      expect(attendees.sort()).toEqual([`mailto:${lina.user.email}`, `mailto:${maya.user.email}`].sort());
    }
    expect((await mail.to(lina.user.email, /^Confirmed/)).text).toContain('(Thu 9:00 AM for Maya in Los Angeles)');

    // Moved by the mentor: same UID, SEQUENCE 1, the new time exactly.
    const moved = await call('POST', `/meetings/${meeting.id}/reschedule`, maya.as, { start: '2026-11-27T16:30:00Z', reason: 'A clash at work' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().meeting).toMatchObject({ start: '2026-11-27T16:30:00.000Z', sequence: 1, changeReason: 'A clash at work', status: 'confirmed' });
    await mail.deliver();
    const update = inviteOf(await mail.to(lina.user.email, /^Moved: meeting with Maya/));
    expect(update.event.uid).toBe(`meeting-${meeting.id}@meridian.test`);
    expect(update.event.sequence).toBe(1);
    expect(update.event.startDate.toJSDate().toISOString()).toBe('2026-11-27T16:30:00.000Z');

    // The .ics download matches.
    const ics = await call('GET', `/meetings/${meeting.id}/ics`, lina.as);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(parseIcs(ics.body).event.startDate.toJSDate().toISOString()).toBe('2026-11-27T16:30:00.000Z');
    expect((await call('GET', `/meetings/${meeting.id}/ics`, other.as)).statusCode).toBe(404);

    // Cancelled by the mentee: METHOD:CANCEL, SEQUENCE 2, to both.
    expect((await call('POST', `/meetings/${meeting.id}/cancel`, lina.as, { reason: '' })).statusCode).toBe(400);
    const cancelled = await call('POST', `/meetings/${meeting.id}/cancel`, lina.as, { reason: 'I am ill' });
    expect(cancelled.json().meeting).toMatchObject({ status: 'cancelled', cancelledBy: 'mentee', changeReason: 'I am ill', sequence: 2 });
    await mail.deliver();
    for (const who of [lina, maya]) {
      const { cal, event } = inviteOf(await mail.to(who.user.email, /^Cancelled: meeting with/));
      expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(event.sequence).toBe(2);
      expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    }
    expect((await call('POST', `/meetings/${meeting.id}/reschedule`, maya.as, { start: '2026-11-30T16:30:00Z' })).json().error.code).toBe('meeting_closed');
  });

  it('refuses times in the past, outside both people’s hours or clashing with another meeting, and changes nothing', async () => {
    const propose = (start: string) =>
      call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, { proposals: [{ start, durationMinutes: 60 }], channel: 'phone' });
    const past = await propose('2026-11-23T16:00:00Z');
    expect(past.statusCode).toBe(422);
    expect(past.json().error.fields[0].path).toBe('proposals.0.start');
    // 03:00 UTC: 05:00 in Beirut, 19:00 the evening before in Los Angeles: nobody's hours.
    const outside = await propose('2026-11-26T03:00:00Z');
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({ code: 'outside_availability', fields: [{ path: 'proposals.0.start' }] });

    const first = (await propose('2026-12-01T16:00:00Z')).json().meeting;
    await call('POST', `/meetings/${first.id}/confirm`, maya.as, { start: '2026-12-01T16:00:00Z' });
    const clash = await propose('2026-12-01T16:30:00Z');
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('time_conflict');
    // The buffer keeps suggested slots 15 minutes clear of it.
    const day = (await slots(lina, 'from=2026-12-01&to=2026-12-01&duration=30')).json().slots.map((s: { start: string }) => s.start);
    expect(day).toEqual(['2026-12-01T17:15:00.000Z', '2026-12-01T17:45:00.000Z', '2026-12-01T18:15:00.000Z']);

    const list = (await call('GET', `/partnerships/${partnershipId}/meetings`, lina.as)).json();
    expect(list.upcoming.map((m: { id: string }) => m.id)).toEqual([first.id]);
    // Someone else's partnership, anonymous, and a stranger reading a meeting.
    expect((await call('POST', `/partnerships/${partnershipId}/meetings`, other.as, { proposals: [{ start: '2026-12-02T16:00:00Z', durationMinutes: 60 }] })).statusCode).toBe(404);
    expect((await call('GET', `/meetings/${first.id}`, other.as)).statusCode).toBe(404);
    expect((await call('GET', `/partnerships/${partnershipId}/meetings`)).statusCode).toBe(401);
  });

  it('keeps the agenda the mentee’s and records the outcome only after the start', async () => {
    const m = (
      await call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, {
        proposals: [{ start: '2026-11-30T16:00:00Z', durationMinutes: 45 }],
        channel: 'in-person',
        location: 'Café Younes, Hamra',
      })
    ).json().meeting;
    expect(m).toMatchObject({ channel: 'in-person', location: 'Café Younes, Hamra', url: null, durationMinutes: 45 });
    const byMentor = await call('PATCH', `/meetings/${m.id}`, maya.as, { agenda: 'Mine now' });
    expect(byMentor.statusCode).toBe(403);
    expect(byMentor.json().error.fields[0].path).toBe('agenda');
    expect((await call('PATCH', `/meetings/${m.id}`, lina.as, { agenda: '1. Promotion case' })).json().meeting.agenda).toBe('1. Promotion case');
    const noPlace = await call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, {
      proposals: [{ start: '2026-12-03T16:00:00Z', durationMinutes: 45 }],
      channel: 'in-person',
    });
    expect(noPlace.json().error.fields).toEqual([{ path: 'location', message: 'Say where you will meet.' }]);

    await call('POST', `/meetings/${m.id}/confirm`, maya.as, { start: '2026-11-30T16:00:00Z' });
    const early = await call('POST', `/meetings/${m.id}/outcome`, lina.as, { held: true });
    expect(early.statusCode).toBe(409);
    // Sessions stay alive a week without use: the meeting is within it.
    t.clock.set('2026-11-30T17:00:00.000Z');
    const held = await call('POST', `/meetings/${m.id}/outcome`, maya.as, { held: true, minutesSpent: 70 });
    expect(held.json().meeting).toMatchObject({ status: 'held', minutesSpent: 70 });
    expect((await call('PATCH', `/meetings/${m.id}`, lina.as, { agenda: 'late' })).statusCode).toBe(409);
  });

  it('serves a private calendar feed that dies when regenerated', async () => {
    const feed = await call('GET', '/account/calendar-feed', lina.as);
    expect(feed.statusCode).toBe(200);
    const url = new URL(feed.json().url);
    expect(url.pathname).toMatch(/^\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    expect((await call('GET', '/account/calendar-feed', lina.as)).json().url).toBe(url.href);
    const got = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(got.statusCode).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(got.body));
    const starts = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    // Confirmed and held meetings with a time; not the cancelled one.
    expect(starts).toContain('2026-12-01T16:00:00.000Z');
    expect(starts).toContain('2026-11-30T16:00:00.000Z');
    expect(starts).not.toContain('2026-11-27T16:30:00.000Z');

    const fresh = (await call('POST', '/account/calendar-feed', lina.as)).json().url as string;
    expect(fresh).not.toBe(url.href);
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: new URL(fresh).pathname })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/calendar/not-a-token.ics' })).statusCode).toBe(404);
  });

  it('follows date overrides and travel when finding slots', async () => {
    // Maya takes Friday 4 December off and spends the next week in London, keeping 08:00–12:00 local.
    const off = await call('POST', '/account/availability-overrides', maya.as, { date: '2026-12-04', available: false });
    expect(off.statusCode).toBe(201);
    const friday = (await slots(lina, 'from=2026-12-04&to=2026-12-04')).json();
    expect(friday.slots.filter((s: { kind: string }) => s.kind === 'mutual')).toEqual([]);
    const trip = await call('POST', '/account/travel', maya.as, { startsOn: '2026-12-07', endsOn: '2026-12-11', timeZone: 'Europe/London' });
    expect(trip.statusCode).toBe(201);
    // London 08:00–12:00 is 08:00–12:00 UTC; Lina is free 15:00–19:00 UTC: no shared hours, so stretch slots are offered.
    const week = (await slots(lina, 'from=2026-12-07&to=2026-12-07')).json();
    expect(week.stretchOffered).toBe(true);
    expect(week.slots.length).toBeGreaterThan(0);
    for (const s of week.slots) {
      expect(s.kind).toBe('stretch');
      expect(s.mentor.timeZone === 'Europe/London' || s.mentor.place === 'London').toBe(true);
    }
    const bad = await call('POST', '/account/travel', maya.as, { startsOn: '2026-12-10', endsOn: '2026-12-08', timeZone: 'Narnia/Capital' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['endsOn', 'timeZone']);
    const overlap = await call('POST', '/account/travel', maya.as, { startsOn: '2026-12-10', endsOn: '2026-12-14', timeZone: 'Europe/Paris' });
    expect(overlap.statusCode).toBe(409);
    const changes = (await call('GET', '/account/availability-changes', maya.as)).json();
    expect(changes.travel).toHaveLength(1);
    expect((await call('DELETE', `/account/travel/${changes.travel[0].id}`, lina.as)).statusCode).toBe(404);
    expect((await call('DELETE', `/account/travel/${changes.travel[0].id}`, maya.as)).statusCode).toBe(204);
    expect((await call('DELETE', `/account/availability-overrides/${changes.overrides[0].id}`, maya.as)).statusCode).toBe(204);
  });

  it('lets one of two simultaneous confirmations win and keeps admins and strangers out', async () => {
    await mail.deliver();
    const m = (
      await call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, {
        proposals: [{ start: '2026-11-25T17:00:00Z', durationMinutes: 30 }, { start: '2026-11-25T18:00:00Z', durationMinutes: 30 }],
        channel: 'phone',
      })
    ).json().meeting;
    const [a, b] = await Promise.all([
      call('POST', `/meetings/${m.id}/confirm`, maya.as, { start: '2026-11-25T17:00:00Z' }),
      call('POST', `/meetings/${m.id}/confirm`, maya.as, { start: '2026-11-25T18:00:00Z' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = (a.statusCode === 200 ? a : b).json().meeting;
    expect((await call('GET', `/meetings/${m.id}`, lina.as)).json().meeting).toMatchObject({ status: 'confirmed', start: winner.start, sequence: 0 });
    // One confirmation, so one invitation each.
    const confirmations = () => mail.mailbox.messages.filter((x) => x.subject?.startsWith('Confirmed: meeting with Maya')).length;
    const before = confirmations();
    await mail.deliver();
    expect(confirmations() - before).toBe(1);

    // The program's admin sees the partnership but not its meetings; a mentor of another pair neither.
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    expect((await call('GET', `/partnerships/${partnershipId}`, admin)).statusCode).toBe(200);
    for (const [method, url] of [
      ['GET', `/partnerships/${partnershipId}/meetings`],
      ['GET', `/partnerships/${partnershipId}/slots`],
      ['GET', `/meetings/${m.id}`],
      ['GET', `/meetings/${m.id}/ics`],
      ['POST', `/meetings/${m.id}/cancel`],
    ] as const) {
      for (const who of [admin, other.as]) {
        const res = await call(method, url, who, method === 'POST' ? { reason: 'Not mine to cancel' } : undefined);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    expect((await call('GET', `/meetings/${m.id}`, lina.as)).json().meeting.status).toBe('confirmed');
  });

  it('tells each time on the clock a traveller will be on: Maya in Tokyo that week', async () => {
    await addTravel(t.ctx, actorFor(maya.user), { startsOn: '2026-12-08', endsOn: '2026-12-11', timeZone: 'Asia/Tokyo', note: '' });
    // Wednesday 9 December 16:00 UTC: 18:00 in Beirut, 01:00 on Thursday in Tokyo.
    const start = '2026-12-09T16:00:00Z';
    const m = (await call('POST', `/partnerships/${partnershipId}/meetings`, lina.as, { proposals: [{ start, durationMinutes: 30 }], channel: 'phone', location: '+961 1 234 567' })).json().meeting;
    await mail.deliver();
    // The newest of each kind: earlier tests sent the same subjects.
    const newest = (subject: RegExp) => mail.mailbox.messages.filter((x) => subject.test(x.subject ?? '')).at(-1)!;
    expect(newest(/^Lina proposes a time to meet$/).text).toMatch(/Thursday, December 10(, 2026)? at 1:00\sAM GMT\+9/);
    expect((await call('POST', `/meetings/${m.id}/confirm`, maya.as, { start })).statusCode).toBe(200);
    await mail.deliver();
    expect(newest(/^Confirmed: meeting with Maya on/).text).toContain('for Maya in Tokyo)');
    expect(newest(/^Confirmed: meeting with Lina on/).text).toMatch(/1:00\sAM GMT\+9 \(Wed 6:00\sPM for Lina in Beirut\)/);
  });
});
