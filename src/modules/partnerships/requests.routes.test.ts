import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn } from '../../../test/users';
import { caller, mentorBlock, person, startMail, weekdays, type Mail, type Person } from './test-helpers';

describe.each(dialects)('mentorship requests on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let program: ProgramRef;
  let call: ReturnType<typeof caller>;
  let rania: Person;
  let yuki: Person;

  beforeAll(async () => {
    // Sessions outlive the clock jumps below.
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    // Tuesday 09:00–17:00 in Beirut (UTC+2) and in Tokyo (UTC+9) share 07:00–08:00 UTC.
    rania = await person(t, program, 'mentee', { name: 'Rania', timeZone: 'Asia/Beirut', profile: { availability: weekdays([2], '09:00', '17:00') } });
    yuki = await person(t, program, 'mentor', { name: 'Yuki', timeZone: 'Asia/Tokyo', profile: { availability: weekdays([2], '09:00', '17:00') } });
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });

  const ask = (who: Person, mentor: { id: string }, message = 'Could you help me grow into a tech lead?') =>
    call('POST', `/programs/${program.id}/requests`, who.as, { mentorId: mentor.id, message });
  const list = async (who: Person, query = '') => (await call('GET', `/programs/${program.id}/requests${query}`, who.as)).json().requests;

  it('sends a request: 201, expiring in 7 days, and the mentor is emailed in their zone with the mentee’s time beside', async () => {
    const res = await ask(rania, yuki, 'Hello Yuki! I lead a small team in Beirut and would love your help.');
    expect(res.statusCode).toBe(201);
    expect(res.json().request).toEqual({
      id: expect.any(String),
      programId: program.id,
      status: 'pending',
      message: 'Hello Yuki! I lead a small team in Beirut and would love your help.',
      mentee: { membershipId: rania.id, name: 'Rania', timeZone: 'Asia/Beirut' },
      mentor: { membershipId: yuki.id, name: 'Yuki', timeZone: 'Asia/Tokyo' },
      createdAt: '2026-11-24T09:00:00.000Z',
      expiresAt: '2026-12-01T09:00:00.000Z',
      decidedAt: null,
      declineReason: null,
      declineNote: null,
    });

    expect(await mail.deliver()).toBe(1);
    const m = await mail.to(yuki.user.email, 'Rania asks you to be their mentor');
    expect(m.text).toContain('Hello Yuki,');
    expect(m.text).toContain('“Hello Yuki! I lead a small team in Beirut and would love your help.”');
    // 09:00 UTC is 18:00 in Tokyo and 11:00 in Beirut; the expiry a week later likewise.
    expect(m.text).toMatch(/November 24, 2026 at 6:00\s?PM GMT\+9 \(Tuesday, November 24 at 11:00\s?AM GMT\+2 for Rania, who lives on Asia\/Beirut time\)/);
    expect(m.text).toMatch(/by Tuesday, December 1, 2026 at 6:00\s?PM GMT\+9 \(Tuesday, December 1 at 11:00\s?AM GMT\+2 for Rania\)/);
    const link = `http://meridian.test/programs/${program.id}/requests`;
    expect(m.text).toContain(link);
    expect(m.html).toContain(`href="${link}"`);
  });

  it('lists requests: the mentor’s inbox and the mentee’s outbox, newest first, filtered by status', async () => {
    const karim = await person(t, program, 'mentor', { name: 'Karim', timeZone: 'Asia/Beirut' });
    t.clock.advance(5);
    expect((await ask(rania, karim)).statusCode).toBe(201);
    t.clock.advance(-5);
    const outbox = await list(rania);
    expect(outbox.map((r: { mentor: { name: string } }) => r.mentor.name)).toEqual(['Karim', 'Yuki']);
    expect(await list(rania, '?role=mentee&status=pending')).toEqual(outbox);
    expect(await list(rania, '?status=declined')).toEqual([]);
    const inbox = await list(yuki, '?role=mentor');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ mentee: { name: 'Rania', timeZone: 'Asia/Beirut' }, status: 'pending', declineReason: null });
    const wrongRole = await call('GET', `/programs/${program.id}/requests?role=mentor`, rania.as);
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().error.fields[0].path).toBe('role');
    expect((await call('GET', `/programs/${program.id}/requests?status=lost`, rania.as)).statusCode).toBe(400);
    const withdrawn = await call('POST', `/requests/${outbox[0].id}/withdraw`, rania.as);
    expect(withdrawn.json().request).toMatchObject({ status: 'withdrawn', decidedAt: '2026-11-24T09:00:00.000Z' });
    await mail.deliver();
    const m = await mail.to(karim.user.email, 'Rania withdrew their request');
    expect(m.text).toMatch(/on Tuesday, November 24, 2026 at 11:05\s?AM GMT\+2 \(Tuesday, November 24 at 11:05\s?AM GMT\+2 their time\)/);
  });

  it('lets the mentee reword a pending request, and nobody else', async () => {
    const [mine] = await list(rania, '?status=pending');
    const res = await call('PATCH', `/requests/${mine.id}`, rania.as, { message: 'Reworded: mostly about leading people.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().request).toMatchObject({ message: 'Reworded: mostly about leading people.', expiresAt: mine.expiresAt });
    expect((await call('PATCH', `/requests/${mine.id}`, yuki.as, { message: 'Hijacked' })).statusCode).toBe(403);
    const empty = await call('PATCH', `/requests/${mine.id}`, rania.as, { message: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('message');
    expect((await list(yuki))[0].message).toBe('Reworded: mostly about leading people.');
  });

  it('refuses bad requests with a clear 4xx naming the field, and changes nothing', async () => {
    const other = await createProgram(t.ctx);
    const elsewhere = await person(t, other, 'mentor');
    const full = await person(t, program, 'mentor', { name: 'Full', profile: { mentor: mentorBlock(0) } });
    const japaneseOnly = await person(t, program, 'mentor', { name: 'Kenji', profile: { languages: ['ja'] } });
    const wantsArabic = await person(t, program, 'mentor', { name: 'Omar', profile: { mentor: mentorBlock(2, { languages: ['ar'] }) } });
    const near = await person(t, program, 'mentor', { name: 'Lena', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(2, { maxZoneGapHours: 3 }) } });
    const aMentor = await person(t, program, 'mentor');
    const admin = { as: await signIn(t.app, program.admin.email, FACTORY_PASSWORD) } as Person;
    const otherMentee = await person(t, program, 'mentee');
    const before = { requests: await list(rania), outbox: await countByStatus(t.database.db) };

    const cases: [string, Promise<{ statusCode: number; json(): { error: { code: string; message: string; fields?: { path: string }[] } } }>, number, string, string | undefined, RegExp?][] = [
      ['unknown mentor', ask(rania, { id: '00000000-0000-4000-8000-000000000000' }), 404, 'not_found', 'mentorId'],
      ['mentor of another program', ask(rania, elsewhere), 404, 'not_found', 'mentorId'],
      ['a mentee as mentor', ask(rania, otherMentee), 404, 'not_found', 'mentorId'],
      ['myself', ask(rania, rania), 422, 'unprocessable', 'mentorId'],
      ['asked by a mentor', ask(aMentor, yuki), 403, 'forbidden', undefined],
      ['asked by an admin', ask(admin, yuki), 403, 'forbidden', undefined],
      ['a second request to the same mentor', ask(rania, yuki), 409, 'already_requested', 'mentorId'],
      ['a full mentor', ask(rania, full), 409, 'mentor_full', 'mentorId'],
      ['no shared language', ask(rania, japaneseOnly), 422, 'unprocessable', 'mentorId', /share no language: Kenji mentors in Japanese/],
      ['the mentor’s language preference', ask(rania, wantsArabic), 422, 'unprocessable', 'mentorId', /asks mentees to speak Arabic/],
      ['too wide a zone gap', ask(rania, near), 422, 'unprocessable', 'mentorId', /at most 3 hours .* yours is 10 hours apart/],
      ['no message', call('POST', `/programs/${program.id}/requests`, rania.as, { mentorId: yuki.id }), 400, 'validation_failed', 'message'],
      ['a message too long', ask(rania, full, 'x'.repeat(2001)), 400, 'validation_failed', 'message'],
      ['a malformed mentor id', ask(rania, { id: 'yuki' }), 400, 'validation_failed', 'mentorId'],
    ];
    for (const [what, pending, status, code, field, message] of cases) {
      const res = await pending;
      expect(res.statusCode, what).toBe(status);
      expect(res.json().error.code, what).toBe(code);
      if (field) expect(res.json().error.fields?.[0]?.path, what).toBe(field);
      if (message) expect(res.json().error.message, what).toMatch(message);
    }
    expect({ requests: await list(rania), outbox: await countByStatus(t.database.db) }).toEqual(before);
  });

  it('caps open requests per mentee at the program’s setting (3 by default)', async () => {
    const mentee = await person(t, program, 'mentee');
    const mentors = [];
    for (let i = 0; i < 4; i++) mentors.push(await person(t, program, 'mentor'));
    for (const m of mentors.slice(0, 3)) expect((await ask(mentee, m)).statusCode).toBe(201);
    const fourth = await ask(mentee, mentors[3]!);
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json().error).toMatchObject({ code: 'too_many_open_requests', message: expect.stringContaining('3 open requests') });

    await t.database.db
      .insertInto('program_matching_settings')
      .values({ program_id: program.id, weights: '{}', max_open_requests: 4, request_expiry_days: 2, updated_at: t.clock.now().toISOString() })
      .execute();
    const res = await ask(mentee, mentors[3]!);
    expect(res.statusCode).toBe(201);
    expect(res.json().request.expiresAt).toBe('2026-11-26T09:00:00.000Z');
    await t.database.db.deleteFrom('program_matching_settings').where('program_id', '=', program.id).execute();
  });

  it('declines with a reason; the mentee is told kindly; acting again is 409 request_closed', async () => {
    const [r] = await list(yuki);
    const noReason = await call('POST', `/requests/${r.id}/decline`, yuki.as, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    expect((await call('POST', `/requests/${r.id}/decline`, yuki.as, { reason: 'busy' })).statusCode).toBe(400);
    expect((await call('POST', `/requests/${r.id}/decline`, rania.as, { reason: 'no-time' })).statusCode).toBe(403);

    const res = await call('POST', `/requests/${r.id}/decline`, yuki.as, { reason: 'no-time', note: 'Ask me again in March!' });
    expect(res.statusCode).toBe(200);
    expect(res.json().request).toMatchObject({ status: 'declined', declineReason: 'no-time', declineNote: 'Ask me again in March!' });
    expect((await list(rania, '?status=declined'))[0]).toMatchObject({ id: r.id, declineReason: 'no-time' });

    await mail.deliver();
    const m = await mail.to(rania.user.email, 'About your request to Yuki');
    expect(m.text).toContain('they don’t have time for a new mentee at the moment');
    expect(m.text).toContain('They added: “Ask me again in March!”');
    expect(m.text).toContain(`http://meridian.test/programs/${program.id}/mentors`);

    for (const [who, action, body] of [[yuki, 'decline', { reason: 'other' }], [yuki, 'accept', undefined], [rania, 'withdraw', undefined]] as const) {
      const again = await call('POST', `/requests/${r.id}/${action}`, who.as, body);
      expect(again.statusCode, action).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'request_closed', message: 'This request was declined.' });
    }
    expect((await call('PATCH', `/requests/${r.id}`, rania.as, { message: 'Please?' })).statusCode).toBe(409);
  });

  it('refuses to act on a request past its expiry even before the expiry job ran', async () => {
    const mentor = await person(t, program, 'mentor');
    const mentee = await person(t, program, 'mentee');
    const { request } = (await ask(mentee, mentor)).json();
    const start = t.clock.now().toISOString();
    t.clock.set(request.expiresAt);
    const late = await call('POST', `/requests/${request.id}/accept`, mentor.as);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'request_closed', message: 'This request has expired.' });
    t.clock.set(start);
  });
});
