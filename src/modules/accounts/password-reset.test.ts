import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../jobs/outbox-delivery';
import { createMailTransport, type MailTransport } from '../notifications/mail-transport';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { startTestMailbox, type TestMailbox } from '../../../test/smtp';
import { signIn, signUp } from '../../../test/users';

const quiet = { info() {}, warn() {} };

describe.each(dialects)('password reset on %s', (dialect) => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let transport: MailTransport;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mailbox = await startTestMailbox();
    transport = createMailTransport({ smtpUrl: mailbox.url, from: 'no-reply@meridian.test', dataDir: os.tmpdir() }, quiet);
  });
  afterAll(async () => {
    transport.close();
    await t.close();
    await mailbox.close();
  });

  const deliver = () => deliverDueMail({ db: t.database.db, clock: t.clock, transport, log: quiet });

  async function requestLink(email: string): Promise<string> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
    expect(res.statusCode).toBe(202);
    await deliver();
    const mail = await mailbox.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(email) && m.subject === 'Reset your Meridian password' && !used.has(m.messageId ?? ''));
    used.add(mail.messageId ?? '');
    const link = /http:\/\/meridian\.test\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    expect(mail.html).toContain(link![0]);
    return link![1]!;
  }
  const used = new Set<string>();

  it('emails a single-use link that sets a new password and ends old sessions', async () => {
    const p = await signUp(t.app, { timeZone: 'Asia/Beirut' });
    const token = await requestLink(p.user.email);
    const confirm = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password } });
    expect((await confirm('my new long password')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers })).statusCode).toBe(401);
    await signIn(t.app, p.user.email, 'my new long password');
    const again = await confirm('another new password');
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'invalid_token', fields: [{ path: 'token' }] });
  });

  it('expires the link after an hour', async () => {
    const p = await signUp(t.app);
    const token = await requestLink(p.user.email);
    t.clock.advance(61);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'too late now!!' } });
    expect(res.statusCode).toBe(410);
    await signIn(t.app, p.user.email, p.password);
  });

  it('answers the same for an unknown email, and sends nothing', async () => {
    const before = mailbox.messages.length;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'nobody@example.org' } });
    expect(res.statusCode).toBe(202);
    expect((await deliver()).sent).toBe(0);
    expect(mailbox.messages.length).toBe(before);
  });

  it('shows the expiry time in the recipient’s own zone', async () => {
    const p = await signUp(t.app, { timeZone: 'Asia/Tokyo' });
    t.clock.set('2026-11-24T09:00:00.000Z');
    await requestLink(p.user.email);
    const mail = mailbox.messages.at(-1)!;
    // 10:00 UTC is 19:00 in Tokyo.
    expect(mail.text).toMatch(/7:00\s?PM GMT\+9/);
  });
});
