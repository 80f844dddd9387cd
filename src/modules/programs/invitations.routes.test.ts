import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../jobs/outbox-delivery';
import { createMailTransport } from '../notifications/mail-transport';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { startTestMailbox, type TestMailbox } from '../../../test/smtp';
import { signUp, type SignedIn } from '../../../test/users';
import { findInvitationByCode, listRecipientsOfInvitation } from './invitations.repository';

const quiet = { info() {}, warn() {} };

describe.each(dialects)('invitations on %s', (dialect) => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let admin: SignedIn;
  let programId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mailbox = await startTestMailbox();
    admin = await signUp(t.app, { name: 'Nadia' });
    programId = (await call('POST', '/programs', admin, { name: 'Data Mentors' })).json().program.id;
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who?: SignedIn, payload?: object) {
    return t.app.inject({ method, url: `/api/v1${url}`, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });
  }
  const invite = async (body: object, program = programId) => {
    const res = await call('POST', `/programs/${program}/invitations`, admin, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { code: string; url: string; emailed: number; invitation: Record<string, unknown> };
  };
  const invitations = async () => (await call('GET', `/programs/${programId}/invitations`, admin)).json().invitations;
  const members = async () => (await call('GET', `/programs/${programId}/members`, admin)).json().members;
  const deliver = () =>
    deliverDueMail({
      db: t.database.db,
      clock: t.clock,
      transport: createMailTransport({ smtpUrl: mailbox.url, from: 'no-reply@meridian.test', dataDir: os.tmpdir() }, quiet),
      log: quiet,
    });

  it('makes a 30-day link that a second person accepts; the admin then sees them among the members', async () => {
    const created = await invite({ role: 'mentee' });
    expect(created.code).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(created.url).toBe(`http://meridian.test/join/${created.code}`);
    expect(created.emailed).toBe(0);
    expect(created.invitation).toEqual({
      code: created.code,
      url: created.url,
      role: 'mentee',
      programId,
      createdAt: '2026-11-24T09:00:00.000Z',
      expiresAt: '2026-12-24T09:00:00.000Z',
    });

    const shown = await call('GET', `/invitations/${created.code}`);
    expect(shown.json().invitation).toEqual({ code: created.code, role: 'mentee', programId, programName: 'Data Mentors', valid: true });

    const sami = await signUp(t.app, { name: 'Sami', timeZone: 'Africa/Nairobi' });
    const accepted = await call('POST', `/invitations/${created.code}/accept`, sami);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().membership).toMatchObject({ programId, userId: sami.user.id, role: 'mentee', status: 'active' });

    expect(await members()).toContainEqual({
      membershipId: accepted.json().membership.id,
      userId: sami.user.id,
      name: 'Sami',
      email: sami.user.email,
      role: 'mentee',
      status: 'active',
      timeZone: 'Africa/Nairobi',
      joinedAt: expect.any(String),
    });
    expect((await call('GET', `/programs/${programId}`, sami)).json().program.myRoles).toEqual(['mentee']);

    const again = await call('POST', `/invitations/${created.code}/accept`, sami);
    expect(again.statusCode).toBe(200);
    expect(again.json().membership.id).toBe(accepted.json().membership.id);
    expect((await invitations()).find((i: { code: string }) => i.code === created.code)).toMatchObject({
      uses: 1,
      revokedAt: null,
      recipients: 0,
    });
  });

  it('emails the link to each address once, and the mail reaches a real SMTP server', async () => {
    const omar = await signUp(t.app, { name: 'Omar', timeZone: 'Asia/Tokyo' });
    const res = await invite({ role: 'mentor', emails: ['Lina@Example.org', ' lina@example.ORG', omar.user.email] });
    expect(res.emailed).toBe(2);
    expect((await deliver()).sent).toBe(2);

    const lina = await mailbox.waitFor((m) => JSON.stringify(m.to).includes('lina@example.org'));
    expect(lina.subject).toBe('Nadia invites you to Data Mentors as a mentor');
    expect(lina.text).toContain(`Hello,`);
    expect(lina.text).toContain(res.url);
    expect(lina.html).toContain(res.url);
    expect(lina.text).toMatch(/valid until .*2026.* UTC/);
    const toOmar = await mailbox.waitFor((m) => JSON.stringify(m.to).includes(omar.user.email));
    expect(toOmar.text).toContain('Hello Omar,');
    // 09:00 UTC is 18:00 in Tokyo.
    expect(toOmar.text).toMatch(/6:00\s?PM GMT\+9/);

    // The recipient row is marked when that person accepts.
    const linaSignedUp = await signUp(t.app, { email: 'lina@example.org', name: 'Lina' });
    expect((await call('POST', `/invitations/${res.code}/accept`, linaSignedUp)).statusCode).toBe(201);
    const row = await findInvitationByCode(t.database.db, res.code);
    const recipients = await listRecipientsOfInvitation(t.database.db, row!.id);
    expect(recipients.map((r) => [r.email, r.accepted_at !== null])).toEqual(
      [['lina@example.org', true], [omar.user.email, false]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect((await invitations()).find((i: { code: string }) => i.code === res.code)).toMatchObject({ uses: 1, recipients: 2 });
  });

  it('refuses a list with one bad email with 400 naming it, and writes nothing', async () => {
    const before = { invitations: (await invitations()).length, outbox: await countByStatus(t.database.db) };
    const res = await call('POST', `/programs/${programId}/invitations`, admin, { role: 'mentee', emails: ['ok@example.org', 'not an email'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('emails.1');
    const tooMany = Array.from({ length: 501 }, (_, i) => `p${i}@example.org`);
    expect((await call('POST', `/programs/${programId}/invitations`, admin, { role: 'mentee', emails: tooMany })).statusCode).toBe(400);
    expect((await call('POST', `/programs/${programId}/invitations`, admin, { role: 'admin' })).statusCode).toBe(400);
    expect({ invitations: (await invitations()).length, outbox: await countByStatus(t.database.db) }).toEqual(before);
  });

  it('revokes a link: it shows as invalid, accepting is 410, revoking again is harmless', async () => {
    const { code } = await invite({ role: 'mentee' });
    expect((await call('DELETE', `/invitations/${code}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/invitations/${code}`)).json().invitation.valid).toBe(false);
    const late = await call('POST', `/invitations/${code}/accept`, await signUp(t.app));
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('invitation_expired');
    expect((await call('DELETE', `/invitations/${code}`, admin)).statusCode).toBe(204);
    expect((await invitations()).find((i: { code: string }) => i.code === code)).toMatchObject({
      revokedAt: '2026-11-24T09:00:00.000Z',
      uses: 0,
    });
  });

  it('expires a link after 30 days', async () => {
    const { code } = await invite({ role: 'mentee' });
    const start = t.clock.now().toISOString();
    t.clock.advance(30 * 24 * 60 - 1);
    expect((await call('POST', `/invitations/${code}/accept`, await signUp(t.app))).statusCode).toBe(201);
    t.clock.advance(1);
    const late = await call('POST', `/invitations/${code}/accept`, await signUp(t.app));
    expect(late.statusCode).toBe(410);
    expect((await call('GET', `/invitations/${code}`)).json().invitation.valid).toBe(false);
    t.clock.set(start);
  });

  it('answers 409 already_member to a mentee joining the same program as mentor', async () => {
    const { code: menteeCode } = await invite({ role: 'mentee' });
    const { code: mentorCode } = await invite({ role: 'mentor' });
    const p = await signUp(t.app);
    expect((await call('POST', `/invitations/${menteeCode}/accept`, p)).statusCode).toBe(201);
    const res = await call('POST', `/invitations/${mentorCode}/accept`, p);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_member');
    expect((await call('GET', `/programs/${programId}`, p)).json().program.myRoles).toEqual(['mentee']);
  });

  it('lets a person mentor in one program and be mentored in another, and an admin join their own as mentor', async () => {
    const other = (await call('POST', '/programs', admin, { name: 'Design Circle' })).json().program.id;
    const { code: mentorHere } = await invite({ role: 'mentor' });
    const { code: menteeThere } = await invite({ role: 'mentee' }, other);
    const p = await signUp(t.app);
    expect((await call('POST', `/invitations/${mentorHere}/accept`, p)).statusCode).toBe(201);
    expect((await call('POST', `/invitations/${menteeThere}/accept`, p)).statusCode).toBe(201);
    const mine = (await call('GET', '/programs', p)).json().programs as { id: string; myRoles: string[] }[];
    expect(Object.fromEntries(mine.map((x) => [x.id, x.myRoles]))).toEqual({ [programId]: ['mentor'], [other]: ['mentee'] });

    expect((await call('POST', `/invitations/${mentorHere}/accept`, admin)).statusCode).toBe(201);
    expect((await call('GET', `/programs/${programId}`, admin)).json().program.myRoles).toEqual(['admin', 'mentor']);
  });

  it('re-activates a removed member who accepts again, keeping their membership', async () => {
    const { code } = await invite({ role: 'mentee' });
    const p = await signUp(t.app);
    const first = (await call('POST', `/invitations/${code}/accept`, p)).json().membership;
    expect((await call('DELETE', `/memberships/${first.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/programs/${programId}`, p)).statusCode).toBe(404);
    const back = await call('POST', `/invitations/${code}/accept`, p);
    expect(back.statusCode).toBe(201);
    expect(back.json().membership).toMatchObject({ id: first.id, status: 'active' });
    expect((await members()).map((m: { userId: string }) => m.userId)).toContain(p.user.id);
  });

  it('needs sign-in to accept; unknown codes are 404 and malformed ones 400', async () => {
    const { code } = await invite({ role: 'mentee' });
    expect((await call('POST', `/invitations/${code}/accept`)).statusCode).toBe(401);
    expect((await call('GET', '/invitations/AAAAAAAAAAAA')).statusCode).toBe(404);
    expect((await call('POST', '/invitations/AAAAAAAAAAAA/accept', admin)).statusCode).toBe(404);
    const bad = await call('GET', '/invitations/no!');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('code');
  });
});
