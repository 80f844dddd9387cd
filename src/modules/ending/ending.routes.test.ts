import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMeeting, createPartnership, createProgram, type ProgramRef, type TestPartnership } from '../../../test/factories';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';

function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, `calendar part in “${mail.subject}”`).toBeDefined();
  const cal = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  return { method: cal.getFirstPropertyValue('method'), event: new ICAL.Event(cal.getFirstSubcomponent('vevent')!) };
}

describe.each(dialects)('ending a partnership on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person; // mentee
  let maya: Person; // her mentor
  let karim: Person; // another mentor Lina asks next
  let pair: TestPartnership;
  let meetings: { upcoming: string; later: string; proposed: string; held: string };

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(1) } });
    karim = await person(t, program, 'mentor', { name: 'Karim', timeZone: 'Asia/Beirut', profile: { mentor: mentorBlock(2) } });
    pair = await createPartnership(t.ctx, { program, mentee: lina, mentor: maya });
    meetings = {
      held: (await createMeeting(t.ctx, { partnership: pair, status: 'held', startAt: '2026-11-20T16:00:00.000Z' })).id,
      upcoming: (await createMeeting(t.ctx, { partnership: pair, startAt: '2026-11-26T16:00:00.000Z' })).id,
      later: (await createMeeting(t.ctx, { partnership: pair, startAt: '2026-12-03T16:00:00.000Z' })).id,
      proposed: (await createMeeting(t.ctx, { partnership: pair, status: 'proposed', startAt: null })).id,
    };
    await mail.deliver();
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });

  const end = (who: Person, body: object, p: { id: string } = pair) => call('POST', `/partnerships/${p.id}/end`, who.as, body);
  const reflect = (who: Person, body: object) => call('POST', `/partnerships/${pair.id}/reflection`, who.as, body);
  const statusOf = async () =>
    (await t.database.db.selectFrom('partnerships').select(['status', 'ended_at']).where('id', '=', pair.id).executeTakeFirstOrThrow()).status;

  it('refuses a bad ending with the field and the reason, and an early reflection, changing nothing', async () => {
    const bad = await end(maya, { reason: 'bored' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('reason');
    expect((await end(maya, { reason: 'other' })).json().error.fields).toEqual([{ path: 'note', message: 'Say in a few words why it ends.' }]);
    const early = await reflect(lina, { rating: 5, learned: 'A lot', wouldRecommend: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('partnership_active');
    expect(await statusOf()).toBe('active');
    expect(await mail.deliver()).toBe(0);
  });

  it('completes the partnership: future meetings cancelled with calendar cancellations, both emailed', async () => {
    const res = await end(maya, { reason: 'goals-met', note: 'Lina is ready to lead reviews on her own.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      partnership: {
        id: pair.id,
        status: 'completed',
        endedAt: '2026-11-24T09:00:00.000Z',
        endedBy: 'mentor',
        endReason: 'goals-met',
        endNote: 'Lina is ready to lead reviews on her own.',
        viewerSide: 'mentor',
      },
      cancelledMeetings: 3,
    });
    const rows = await t.database.db.selectFrom('meetings').select(['id', 'status', 'sequence', 'cancelled_by', 'change_reason']).execute();
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[meetings.held]!.status).toBe('held');
    for (const id of [meetings.upcoming, meetings.later]) {
      expect(byId[id]).toMatchObject({ status: 'cancelled', cancelled_by: 'mentor', change_reason: 'The mentoring partnership ended.' });
      expect(Number(byId[id]!.sequence)).toBe(1);
    }
    expect(byId[meetings.proposed]!.status).toBe('cancelled');

    // Two calendar cancellations each, the ending email and the close-out survey; the withdrawn proposal goes quietly.
    expect(await mail.deliver()).toBe(8);
    expect(await mail.to(lina.user.email, 'A short survey about your mentoring with Maya')).toBeDefined();
    for (const who of [lina, maya]) {
      const cancels = mail.mailbox.messages.filter((m) => JSON.stringify(m.to).includes(who.user.email) && m.subject?.startsWith('Cancelled: meeting with'));
      expect(cancels).toHaveLength(2);
      const starts = cancels.map((m) => {
        const { method, event } = calendarOf(m);
        expect(method).toBe('CANCEL');
        expect(event.sequence).toBe(1);
        expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
        return event.startDate.toJSDate().toISOString();
      });
      expect(starts.sort()).toEqual(['2026-11-26T16:00:00.000Z', '2026-12-03T16:00:00.000Z']);
    }
    const toLina = await mail.to(lina.user.email, 'Your mentoring with Maya is complete');
    expect(toLina.text).toContain('Maya completed your mentoring partnership in “Global Engineering”. Reason: the goals are met.');
    expect(toLina.text).toContain('Maya wrote: “Lina is ready to lead reviews on her own.”');
    expect(toLina.text).toContain('3 planned meetings were cancelled.');
    expect(toLina.text).toContain(`you can ask another mentor: http://meridian.test/programs/${program.id}/mentors`);
    expect(toLina.text).toContain(`http://meridian.test/partnerships/${pair.id}#reflection`);
    const toMaya = await mail.to(maya.user.email, 'Your mentoring with Lina is complete');
    expect(toMaya.text).toContain('You completed your mentoring partnership with Lina');
    expect(toMaya.text).toContain('Your place is free again for a new mentee.');
    expect(toMaya.text).not.toContain('wrote:');

    const again = await end(lina, { reason: 'no-time' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('partnership_closed');
  });

  it('keeps the pair’s work as it was once ended, except time logged for before the end', async () => {
    const closed = [
      await call('PUT', `/partnerships/${pair.id}/agreement`, lina.as, {
        goals: 'More',
        meetingFrequency: 'weekly',
        meetingLengthMinutes: 60,
        channels: ['video'],
        confidentiality: 'Ours',
        endsOn: '2027-03-01',
      }),
      await call('POST', `/partnerships/${pair.id}/goals`, lina.as, { title: 'Another' }),
      await call('POST', `/partnerships/${pair.id}/action-items`, maya.as, { text: 'Another' }),
      await call('POST', `/partnerships/${pair.id}/notes`, maya.as, { visibility: 'private', body: 'Another' }),
      await call('POST', `/partnerships/${pair.id}/meetings`, lina.as, { proposals: [{ start: '2026-12-10T16:00:00Z', durationMinutes: 60 }] }),
    ];
    expect(closed.map((r) => [r.statusCode, r.json().error.code])).toEqual([
      [409, 'partnership_closed'],
      [409, 'partnership_closed'],
      [409, 'partnership_closed'],
      [409, 'partnership_closed'],
      [409, 'meeting_closed'],
    ]);
    expect((await call('GET', `/partnerships/${pair.id}/goals`, lina.as)).statusCode).toBe(200);
    t.clock.set('2026-11-27T09:00:00.000Z');
    expect((await call('POST', `/partnerships/${pair.id}/time-log`, lina.as, { kind: 'chat', occurredOn: '2026-11-24', minutes: 10 })).statusCode).toBe(201);
    const after = await call('POST', `/partnerships/${pair.id}/time-log`, lina.as, { kind: 'chat', occurredOn: '2026-11-25', minutes: 10 });
    expect(after.json().error.fields).toEqual([{ path: 'occurredOn', message: 'The partnership ended on 2026-11-24: log contact up to then.' }]);
    t.clock.set('2026-11-24T09:00:00.000Z');
  });

  it('asks each side for one reflection, which the partner never reads', async () => {
    const bad = await reflect(lina, { rating: 6, learned: '', wouldRecommend: 'yes' });
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['learned', 'rating', 'wouldRecommend']);
    const mine = await reflect(lina, { rating: 5, learned: 'How to run a design review and say no kindly.', wouldRecommend: true });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().reflection).toEqual({
      side: 'mentee',
      rating: 5,
      learned: 'How to run a design review and say no kindly.',
      wouldRecommend: true,
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    const twice = await reflect(lina, { rating: 1, learned: 'Changed my mind', wouldRecommend: false });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_reflected');
    expect((await call('GET', `/partnerships/${pair.id}/reflection`, lina.as)).json()).toMatchObject({ mine: { rating: 5 }, partnerReflected: false, canReflect: false });
    expect((await call('GET', `/partnerships/${pair.id}/reflection`, maya.as)).json()).toEqual({ mine: null, partnerReflected: true, canReflect: true });
    const hers = await reflect(maya, { rating: 4, learned: 'Patience across ten hours of time difference.', wouldRecommend: true });
    expect(hers.json().reflection.side).toBe('mentor');
  });

  it('lets the mentee ask another mentor once it has ended', async () => {
    const res = await call('POST', `/programs/${program.id}/requests`, lina.as, { mentorId: karim.id, message: 'Hello Karim, my first mentoring is complete; could you help with what comes next?' });
    expect(res.statusCode).toBe(201);
    // Maya's one place is free again too.
    const next = await person(t, program, 'mentee', { name: 'Noor' });
    expect((await call('POST', `/programs/${program.id}/requests`, next.as, { mentorId: maya.id, message: 'Hello Maya, could you mentor me?' })).statusCode).toBe(201);
  });

  it('ends early with status ended, and lets only one of two simultaneous ends win', async () => {
    const other = await createPartnership(t.ctx, { program, mentor: karim });
    const mentee = await person(t, program, 'mentee', { name: 'Sami' });
    const second = await createPartnership(t.ctx, { program, mentee, mentor: karim });
    const early = await end(karim, { reason: 'not-a-good-fit', note: 'Our hours never meet.' }, other);
    expect(early.json().partnership).toMatchObject({ status: 'ended', endReason: 'not-a-good-fit', endedBy: 'mentor' });
    const [a, b] = await Promise.all([end(karim, { reason: 'no-time' }, second), end(mentee, { reason: 'completed' }, second)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = (a.statusCode === 200 ? a : b).json().partnership;
    const row = await t.database.db.selectFrom('partnerships').select(['status', 'end_reason']).where('id', '=', second.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: winner.status, end_reason: winner.endReason });
  });
});
