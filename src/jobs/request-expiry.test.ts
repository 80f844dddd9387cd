import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countByStatus } from '../modules/notifications/outbox.repository';
import { findRequest } from '../modules/partnerships/requests.repository';
import { person, startMail, type Mail } from '../modules/partnerships/test-helpers';
import { buildTestApp, type TestApp } from '../../test/app';
import { dialects } from '../../test/databases';
import { createParticipant, createPartnership, createProgram, createRequest, type ProgramRef } from '../../test/factories';
import { expireOverdueRequests } from './request-expiry';

const DAY = 24 * 60;

describe.each(dialects)('request expiry job on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let program: ProgramRef;

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    mail = await startMail(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
  });
  afterEach(async () => {
    await mail.close();
    await t.close();
  });

  const status = async (id: string) => (await findRequest(t.database.db, id))!.status;

  it('expires a request when its 7 days are up, once, and emails both sides at a real SMTP server', async () => {
    const mentee = await createParticipant(t.ctx, { program, role: 'mentee', user: { name: 'Lucas', timeZone: 'America/Sao_Paulo' } });
    const mentor = await createParticipant(t.ctx, { program, role: 'mentor', user: { name: 'Priya', timeZone: 'Asia/Kolkata' } });
    const request = await createRequest(t.ctx, { program, mentee, mentor });
    const answered = await createPartnership(t.ctx, { program });
    await mail.deliver();

    t.clock.advance(7 * DAY - 1);
    expect(await expireOverdueRequests(t.ctx)).toBe(0);
    expect(await status(request.id)).toBe('pending');

    t.clock.advance(1);
    expect(await expireOverdueRequests(t.ctx)).toBe(1);
    expect(await findRequest(t.database.db, request.id)).toMatchObject({ status: 'expired', decided_at: '2026-12-01T09:00:00.000Z' });
    expect(await status(answered.requestId)).toBe('accepted');
    expect(await expireOverdueRequests(t.ctx)).toBe(0);

    expect(await mail.deliver()).toBe(2);
    const toMentor = await mail.to(mentor.user.email, 'Lucas’s request expired');
    expect(toMentor.text).toContain('Hello Priya,');
    expect(toMentor.text).toContain('You didn’t answer Lucas’s request in “Global Engineering” in time');
    // 09:00 UTC is 14:30 in Kolkata and 06:00 in São Paulo.
    expect(toMentor.text).toMatch(/December 1, 2026 at 2:30\s?PM GMT\+5:30 \(Tuesday, December 1 at 6:00\s?AM GMT-3 for Lucas\)/);
    expect(toMentor.html).toContain(`http://meridian.test/programs/${program.id}/requests`);
    const toMentee = await mail.to(mentee.user.email, 'Your request to Priya expired');
    expect(toMentee.text).toMatch(/expired on Tuesday, December 1, 2026 at 6:00\s?AM GMT-3/);
    expect(toMentee.text).toContain('Try another mentor');
    expect(toMentee.text).toContain(`http://meridian.test/programs/${program.id}/mentors`);
    await expireOverdueRequests(t.ctx);
    expect(await mail.deliver()).toBe(0);
  });

  it('expires each request exactly once when several instances run at the same moment', async () => {
    const mentor = await createParticipant(t.ctx, { program, role: 'mentor' });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await createRequest(t.ctx, { program, mentor })).id);
    const before = (await countByStatus(t.database.db)).pending ?? 0;

    t.clock.advance(8 * DAY);
    const counts = await Promise.all([expireOverdueRequests(t.ctx, 2), expireOverdueRequests(t.ctx, 2), expireOverdueRequests(t.ctx, 2)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    for (const id of ids) expect(await status(id)).toBe('expired');
    expect((await countByStatus(t.database.db)).pending).toBe(before + 12);
  });

  it('catches up after downtime in batches, and follows the program’s expiry setting', async () => {
    await t.database.db
      .insertInto('program_matching_settings')
      .values({ program_id: program.id, weights: '{}', max_open_requests: 3, request_expiry_days: 2, updated_at: t.clock.now().toISOString() })
      .execute();
    const mentee = await person(t, program, 'mentee');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createRequest(t.ctx, { program, mentee })).id);
    const later = (await createRequest(t.ctx, { program })).id;

    t.clock.advance(2 * DAY);
    // Nothing ran for two days; one run with a small batch still expires all that is due.
    expect(await expireOverdueRequests(t.ctx, 2)).toBe(4);
    for (const id of [...ids, later]) expect(await status(id)).toBe('expired');
  });
});
