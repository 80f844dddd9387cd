import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateMyProfile } from '../profiles/profiles.service';
import { insertPartnership } from './partnerships.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, actorFor, createMembership, createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn } from '../../../test/users';
import { caller, mentorBlock, person, startMail, weekdays, type Mail, type Person } from './test-helpers';

describe.each(dialects)('accepting requests and partnerships on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let program: ProgramRef;
  let call: ReturnType<typeof caller>;
  let rania: Person;
  let yuki: Person;
  let karim: Person;
  let lena: Person;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    const tuesday = { availability: weekdays([2], '09:00', '17:00') };
    rania = await person(t, program, 'mentee', { name: 'Rania', timeZone: 'Asia/Beirut', profile: tuesday });
    yuki = await person(t, program, 'mentor', { name: 'Yuki', timeZone: 'Asia/Tokyo', profile: { ...tuesday, mentor: mentorBlock(1) } });
    karim = await person(t, program, 'mentor', { name: 'Karim', timeZone: 'Asia/Beirut' });
    lena = await person(t, program, 'mentor', { name: 'Lena', timeZone: 'Europe/Berlin' });
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });

  const ask = (who: Person, mentor: Person) =>
    call('POST', `/programs/${program.id}/requests`, who.as, { mentorId: mentor.id, message: `Hello ${mentor.user.name}!` });

  it('accepts: the partnership starts with its snapshot, the mentee’s other requests are withdrawn, everyone is told', async () => {
    const toYuki = (await ask(rania, yuki)).json().request;
    const toKarim = (await ask(rania, karim)).json().request;
    const toLena = (await ask(rania, lena)).json().request;
    await mail.deliver();

    expect((await call('POST', `/requests/${toYuki.id}/accept`, rania.as)).statusCode).toBe(403);
    t.clock.advance(60);
    const res = await call('POST', `/requests/${toYuki.id}/accept`, yuki.as);
    expect(res.statusCode).toBe(200);
    const { request, partnership } = res.json();
    expect(request).toMatchObject({ id: toYuki.id, status: 'accepted', decidedAt: '2026-11-24T10:00:00.000Z' });
    expect(partnership).toEqual({
      id: expect.any(String),
      programId: program.id,
      programName: 'Global Engineering',
      status: 'active',
      startedAt: '2026-11-24T10:00:00.000Z',
      endedAt: null,
      endedBy: null,
      endReason: null,
      endNote: null,
      mentor: { membershipId: yuki.id, name: 'Yuki', timeZone: 'Asia/Tokyo' },
      mentee: { membershipId: rania.id, name: 'Rania', timeZone: 'Asia/Beirut' },
      // Beirut is UTC+2 and Tokyo UTC+9 in November; their Tuesdays share 07:00–08:00 UTC.
      distanceClass: 'far-zone',
      zoneGapMinutes: 420,
      overlapMinutesPerWeek: 60,
      // topics 1, language 1, overlap 0.25, distance 0.4 × 5/9, capacity 1 with the default weights.
      score: 69.7,
      source: 'request',
      requestId: toYuki.id,
      viewerSide: 'mentor',
    });

    const outbox = await call('GET', `/programs/${program.id}/requests`, rania.as);
    const statuses = Object.fromEntries(outbox.json().requests.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(statuses).toEqual({ [toYuki.id]: 'accepted', [toKarim.id]: 'superseded', [toLena.id]: 'superseded' });

    expect(await mail.deliver()).toBe(3);
    const accepted = await mail.to(rania.user.email, 'Yuki accepted your request');
    expect(accepted.text).toContain('You share about 1 working hour a week. Yuki lives on Asia/Tokyo time.');
    expect(accepted.text).toContain('Your 2 other open requests were withdrawn, and those mentors were told.');
    expect(accepted.text).toContain(`http://meridian.test/partnerships/${partnership.id}`);
    for (const mentor of [karim, lena]) {
      const m = await mail.to(mentor.user.email, 'Rania found a mentor');
      expect(m.text).toContain('their request to you is withdrawn');
      expect(m.html).toContain(`http://meridian.test/programs/${program.id}/requests`);
    }
    expect(mail.count(yuki.user.email)).toBe(1);

    const again = await call('POST', `/requests/${toYuki.id}/accept`, yuki.as);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('request_closed');
    const superseded = await call('POST', `/requests/${toKarim.id}/accept`, karim.as);
    expect(superseded.json().error).toEqual({ code: 'request_closed', message: 'This request was withdrawn: Rania found another mentor.' });
  });

  it('shows partnerships to the pair and the program’s admins only', async () => {
    const mine = (await call('GET', '/partnerships', rania.as)).json().partnerships;
    expect(mine).toHaveLength(1);
    expect(mine[0].viewerSide).toBe('mentee');
    // The same partnership, each reader told their own side (an admin has none).
    expect((await call('GET', '/partnerships', yuki.as)).json().partnerships).toEqual([{ ...mine[0], viewerSide: 'mentor' }]);
    expect((await call('GET', '/partnerships', karim.as)).json().partnerships).toEqual([]);
    const one = `/partnerships/${mine[0].id}`;
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    for (const [who, viewerSide] of [[rania.as, 'mentee'], [yuki.as, 'mentor'], [admin, null]] as const) {
      const res = await call('GET', one, who);
      expect(res.statusCode).toBe(200);
      expect(res.json().partnership).toEqual({ ...mine[0], viewerSide });
    }
    expect((await call('GET', one, karim.as)).statusCode).toBe(404);
    expect((await call('GET', '/partnerships/00000000-0000-4000-8000-000000000000', rania.as)).statusCode).toBe(404);
  });

  it('refuses a second partnership for a mentee, and a mentor past capacity', async () => {
    const sami = await person(t, program, 'mentee', { name: 'Sami', timeZone: 'Asia/Beirut' });
    const matched = await ask(rania, karim);
    expect(matched.statusCode).toBe(409);
    expect(matched.json().error.code).toBe('already_matched');

    // Yuki's only place is taken.
    const full = await ask(sami, yuki);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('mentor_full');

    // A mentee paired by other means (a cohort matching run) while a request waits: that request cannot be accepted.
    const toKarim = (await ask(sami, karim)).json().request;
    await insertPartnership(t.database.db, {
      id: randomUUID(),
      program_id: program.id,
      mentee_membership_id: sami.id,
      mentor_membership_id: lena.id,
      status: 'active',
      distance_class: 'same-country',
      zone_gap_minutes: 0,
      overlap_minutes_per_week: 480,
      score: 80,
      source: 'matching-run',
      request_id: null,
      matching_run_id: null,
      started_at: t.clock.now().toISOString(),
      ended_at: null,
      end_reason: null,
    });
    const late = await call('POST', `/requests/${toKarim.id}/accept`, karim.as);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toEqual({ code: 'already_matched', message: 'Sami already has a mentor in this program.' });
    expect((await call('GET', '/partnerships', karim.as)).json().partnerships).toEqual([]);
  });

  it('lists a person’s partnerships across programs, as mentor in one and mentee in another, most recent first', async () => {
    const other = await createProgram(t.ctx, { name: 'Design Circle' });
    const dual = await person(t, program, 'mentor', { name: 'Dual' });
    const membership = await createMembership(t.ctx, { program: other, user: dual.user, role: 'mentee' });
    const profile = await updateMyProfile(t.ctx, actorFor(dual.user), {
      programId: other.id,
      headline: '',
      bio: '',
      topics: ['System design'],
      languages: ['en'],
      cityId: null,
      availability: weekdays([2], '09:00', '17:00'),
      channels: ['video'],
    });
    const mentoring = await createPartnership(t.ctx, { program, mentor: dual });
    t.clock.advance(1);
    const mentored = await createPartnership(t.ctx, { program: other, mentee: { ...dual, ...membership, profile } });
    const list = (await call('GET', '/partnerships', dual.as)).json().partnerships;
    expect(list.map((p: { id: string; programName: string }) => [p.id, p.programName])).toEqual([
      [mentored.id, 'Design Circle'],
      [mentoring.id, 'Global Engineering'],
    ]);
    expect(list[0].mentee.membershipId).toBe(membership.id);
    expect(list[1].mentor.membershipId).toBe(dual.id);
  });
});
