import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMeeting, createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';

describe.each(dialects)('time log on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person; // mentee in Beirut (UTC+2)
  let maya: Person; // mentor in Los Angeles (UTC-8)
  let omar: Person; // mentor of another pair
  let partnershipId: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(2) } });
    omar = await person(t, program, 'mentor', { name: 'Omar', timeZone: 'Europe/Paris', profile: { mentor: mentorBlock(2) } });
    const pair = await createPartnership(t.ctx, { program, mentee: lina, mentor: maya });
    await createPartnership(t.ctx, { program, mentor: omar });
    partnershipId = pair.id;
    meetingId = (await createMeeting(t.ctx, { partnership: pair, startAt: '2026-11-25T16:00:00.000Z', durationMinutes: 60 })).id;
  });
  afterAll(() => t.close());

  const log = (who: Person, body: object) => call('POST', `/partnerships/${partnershipId}/time-log`, who.as, body);
  const timeLog = async (who: Person) => (await call('GET', `/partnerships/${partnershipId}/time-log`, who.as)).json();
  const tally = (minutes: number, count: number) => ({ minutes, count });
  const noKinds = { meeting: tally(0, 0), phone: tally(0, 0), email: tally(0, 0), chat: tally(0, 0), 'in-person': tally(0, 0), other: tally(0, 0) };

  it('counts a held meeting once, from its outcome, beside contact logged by hand', async () => {
    t.clock.set('2026-11-26T09:00:00.000Z');
    expect((await call('POST', `/meetings/${meetingId}/outcome`, maya.as, { held: true, minutesSpent: 70 })).statusCode).toBe(200);
    t.clock.advance(1);
    const call1 = await log(lina, { kind: 'phone', occurredOn: '2026-11-25', minutes: 20, preparationMinutes: 10, note: 'Quick call about the review' });
    expect(call1.statusCode).toBe(201);
    expect(call1.json().entry).toMatchObject({ source: 'log', kind: 'phone', by: 'mentee', byName: 'Lina', mine: true, minutes: 20, preparationMinutes: 10, meetingId: null });
    // A follow-up email names the meeting; that is not the meeting counted twice.
    const email = await log(maya, { kind: 'email', occurredOn: '2026-11-26', minutes: 15, meetingId });
    expect(email.statusCode).toBe(201);

    const twice = await log(lina, { kind: 'meeting', occurredOn: '2026-11-25', minutes: 60, meetingId });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0].path).toBe('meetingId');

    const body = await timeLog(lina);
    expect(body.entries.map((e: { source: string; kind: string; occurredOn: string; minutes: number; mine: boolean }) => [e.source, e.kind, e.occurredOn, e.minutes, e.mine])).toEqual([
      ['log', 'email', '2026-11-26', 15, false],
      ['log', 'phone', '2026-11-25', 20, true],
      // 16:00 UTC is 18:00 in Beirut on the 25th.
      ['meeting', 'meeting', '2026-11-25', 70, false],
    ]);
    expect(body.entries[2]).toMatchObject({ id: meetingId, meetingId, by: 'mentor', byName: 'Maya' });
    expect(body.totals).toEqual({
      minutes: 115,
      preparationMinutes: 10,
      count: 3,
      bySide: { mentee: tally(30, 1), mentor: tally(85, 2) },
      byKind: { ...noKinds, meeting: tally(70, 1), phone: tally(30, 1), email: tally(15, 1) },
    });
    expect((await timeLog(maya)).totals).toEqual(body.totals);

    // Correcting the outcome corrects the totals; a missed meeting counts nothing.
    await call('POST', `/meetings/${meetingId}/outcome`, lina.as, { held: true, minutesSpent: 50 });
    expect((await timeLog(maya)).totals).toMatchObject({ minutes: 95, byKind: { meeting: tally(50, 1) }, bySide: { mentee: tally(80, 2), mentor: tally(15, 1) } });
    await call('POST', `/meetings/${meetingId}/outcome`, lina.as, { held: false });
    const missed = await timeLog(maya);
    expect(missed.totals).toMatchObject({ minutes: 45, count: 2, byKind: { meeting: tally(0, 0) } });
    expect(missed.entries.some((e: { source: string }) => e.source === 'meeting')).toBe(false);
  });

  it('refuses bad entries with the field and the reason, on the author’s own calendar, and stores nothing', async () => {
    const before = await timeLog(lina);
    const bad = await log(lina, { kind: 'fax', occurredOn: '2026-11-25', minutes: 0, preparationMinutes: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['kind', 'minutes', 'preparationMinutes']);
    expect((await log(lina, { kind: 'chat', occurredOn: '2026-11-25', minutes: 601 })).json().error.fields).toEqual([
      { path: 'minutes', message: 'At most 600 minutes (10 hours).' },
    ]);
    expect((await log(lina, { kind: 'chat', occurredOn: '2026-11-20', minutes: 5 })).json().error.fields).toEqual([
      { path: 'occurredOn', message: 'The partnership started on 2026-11-24: log contact from then on.' },
    ]);
    // 23:00 UTC on the 26th: already the 27th in Beirut, still the 26th in Los Angeles.
    t.clock.set('2026-11-26T23:00:00.000Z');
    const tomorrow = await log(maya, { kind: 'chat', occurredOn: '2026-11-27', minutes: 5 });
    expect(tomorrow.json().error.fields).toEqual([{ path: 'occurredOn', message: 'The day must not be in the future.' }]);
    expect(await timeLog(lina)).toEqual(before);
    const today = await log(lina, { kind: 'chat', occurredOn: '2026-11-27', minutes: 5 });
    expect(today.statusCode).toBe(201);
    expect((await call('DELETE', `/time-log/${today.json().entry.id}`, lina.as)).statusCode).toBe(204);
  });

  it('lets only the author change or remove an entry; the partner reads it, strangers do not', async () => {
    const entry = (await log(lina, { kind: 'in-person', occurredOn: '2026-11-26', minutes: 45, note: 'Coffee at the conference' })).json().entry;
    expect((await call('PATCH', `/time-log/${entry.id}`, maya.as, { minutes: 90 })).statusCode).toBe(403);
    expect((await call('DELETE', `/time-log/${entry.id}`, maya.as)).statusCode).toBe(403);
    expect((await call('PATCH', `/time-log/${entry.id}`, omar.as, { minutes: 90 })).statusCode).toBe(404);
    const fixed = await call('PATCH', `/time-log/${entry.id}`, lina.as, { minutes: 40, preparationMinutes: 5 });
    expect(fixed.json().entry).toMatchObject({ minutes: 40, preparationMinutes: 5, note: 'Coffee at the conference' });
    const toMeeting = await call('PATCH', `/time-log/${entry.id}`, lina.as, { kind: 'meeting', meetingId });
    expect(toMeeting.json().error.fields[0].path).toBe('meetingId');
    const mine = (await timeLog(maya)).entries.find((e: { id: string }) => e.id === entry.id);
    expect(mine).toMatchObject({ mine: false, by: 'mentee', minutes: 40 });
    expect((await call('GET', `/partnerships/${partnershipId}/time-log`, omar.as)).statusCode).toBe(404);
    expect((await call('GET', `/partnerships/${partnershipId}/time-log`)).statusCode).toBe(401);
    expect((await call('DELETE', `/time-log/${entry.id}`, lina.as)).statusCode).toBe(204);
    expect((await call('PATCH', `/time-log/${entry.id}`, lina.as, { minutes: 1 })).statusCode).toBe(404);
  });
});
