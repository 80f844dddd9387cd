import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { dataOf, listenOnLoopback, openSse } from '../../../test/sse';
import { replyAddress } from '../conversations/message-mail';
import { PDF } from '../files/test-helpers';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';
import { startInboundSmtp, type InboundSmtp } from './smtp-listener';

const SECRET = 'inbound-secret-for-tests-0123456789';
const quiet = { info() {}, warn() {}, error() {} };

/** A reply as a mail program writes it: the new words, a signature, then the quoted original. */
function reply(o: { from: string; to: string; text: string; attachments?: { filename: string; content: Buffer; contentType: string }[] }): Promise<Buffer> {
  const text = `${o.text}\n\n-- \nMaya Chen\nStaff Engineer\n\nOn Tue, 24 Nov 2026 at 09:00, Meridian <no-reply@meridian.test> wrote:\n> Lina wrote to you.\n> “Could we talk?”\n`;
  return new MailComposer({ from: o.from, to: o.to, subject: 'Re: Lina sent you a message', text, attachments: o.attachments ?? [] }).compile().build();
}

describe.each(dialects)('replies by email on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { inboundEmailSecret: SECRET });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });
  beforeEach(() => t.clock.set('2026-11-24T09:00:00.000Z'));

  async function pair() {
    const mentee = await person(t, program, 'mentee', { name: 'Lina' });
    const mentor = await person(t, program, 'mentor', { name: 'Maya', profile: { mentor: mentorBlock(2) } });
    const id = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    await mail.deliver();
    return { mentee, mentor, id };
  }
  const post = async (who: Person, id: string, text: string) => {
    const res = await call('POST', `/partnerships/${id}/messages`, who.as, { body: text, format: 'text' });
    expect(res.statusCode, res.body).toBe(201);
  };
  const thread = async (who: Person, id: string) => (await call('GET', `/partnerships/${id}/messages`, who.as)).json().messages as { text: string; author: { side: string }; attachments: { name: string; contentType: string }[] }[];
  const webhook = (raw: Buffer, secret = SECRET) =>
    t.app.inject({ method: 'POST', url: '/api/v1/inbound-email', headers: { 'content-type': 'message/rfc822', 'x-inbound-secret': secret }, payload: raw });
  const fileCount = async () => Number((await t.database.db.selectFrom('files').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  describe('the webhook', () => {
    it('posts a reply into the thread as the person the address belongs to, without quote and signature', async () => {
      const { mentee, mentor, id } = await pair();
      await post(mentee, id, 'Could we talk?');
      const to = await replyAddress(t.database.db, t.ctx, id, mentor.user.id);
      t.clock.advance(1); // the reply sorts after the message it answers
      const res = await webhook(await reply({ from: `Maya <${mentor.user.email.toUpperCase()}>`, to, text: 'Yes, Tuesday works.' }));
      expect(res.statusCode, res.body).toBe(200);
      const messages = await thread(mentee, id);
      expect(messages.at(-1)).toMatchObject({ id: res.json().messageId, text: 'Yes, Tuesday works.', author: { side: 'mentor' } });
    });

    it('refuses a forged address, a stranger, an empty reply and a wrong secret, changing nothing', async () => {
      const { mentee, mentor, id } = await pair();
      await post(mentee, id, 'Could we talk?');
      const to = await replyAddress(t.database.db, t.ctx, id, mentor.user.id);
      const before = await thread(mentee, id);
      const files = await fileCount();
      const pdf = [{ filename: 'plan.pdf', content: PDF, contentType: 'application/pdf' }];

      const forged = await webhook(await reply({ from: mentor.user.email, to: `reply+${'0'.repeat(32)}@meridian.test`, text: 'Hi', attachments: pdf }));
      expect(forged.statusCode).toBe(422);
      expect(forged.json().error.message).toMatch(/No such conversation/);
      const elsewhere = await webhook(await reply({ from: mentor.user.email, to: 'someone@meridian.test', text: 'Hi' }));
      expect(elsewhere.statusCode).toBe(422);
      expect(elsewhere.json().error.message).toMatch(/not addressed to a conversation/);
      const stranger = await webhook(await reply({ from: 'stranger@example.org', to, text: 'Buy now', attachments: pdf }));
      expect(stranger.statusCode).toBe(422);
      expect(stranger.json().error.message).toMatch(/not sent from the email address/);
      const otherSide = await webhook(await reply({ from: mentee.user.email, to, text: 'Pretending' }));
      expect(otherSide.statusCode).toBe(422);
      const empty = await webhook(await reply({ from: mentor.user.email, to, text: '' }));
      expect(empty.statusCode).toBe(422);
      expect(empty.json().error.message).toMatch(/empty/);
      const badSecret = await webhook(await reply({ from: mentor.user.email, to, text: 'Hi' }), 'wrong-secret');
      expect(badSecret.statusCode).toBe(401);
      const noSecret = await t.app.inject({ method: 'POST', url: '/api/v1/inbound-email', headers: { 'content-type': 'text/plain' }, payload: 'x' });
      expect(noSecret.statusCode).toBe(401);

      expect(await thread(mentee, id)).toEqual(before);
      expect(await fileCount()).toBe(files);
    });

    it('leaves out attachments of a type that cannot be shared, and posts the rest', async () => {
      const { mentee, mentor, id } = await pair();
      const to = await replyAddress(t.database.db, t.ctx, id, mentor.user.id);
      const files = await fileCount();
      const exe = { filename: 'setup.exe', content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), contentType: 'application/octet-stream' };
      const pdf = { filename: 'plan.pdf', content: PDF, contentType: 'application/pdf' };
      const res = await webhook(await reply({ from: mentor.user.email, to, text: 'Two files', attachments: [exe, pdf] }));
      expect(res.statusCode, res.body).toBe(200);
      const last = (await thread(mentee, id)).at(-1)!;
      expect(last.text).toBe('Two files');
      expect(last.attachments.map((a) => a.name)).toEqual(['plan.pdf']);
      expect(await fileCount()).toBe(files + 1);
    });

    it('is not there when INBOUND_EMAIL_SECRET is unset', async () => {
      const off = await buildTestApp(dialect);
      try {
        const res = await off.app.inject({ method: 'POST', url: '/api/v1/inbound-email', headers: { 'content-type': 'message/rfc822', 'x-inbound-secret': 'x' }, payload: 'x' });
        expect(res.statusCode).toBe(404);
      } finally {
        await off.close();
      }
    });
  });

  describe('end to end over SMTP', () => {
    let smtp: InboundSmtp;
    let base: string;
    let sender: nodemailer.Transporter;
    beforeAll(async () => {
      smtp = await startInboundSmtp(t.ctx, { port: 0, host: '127.0.0.1', log: quiet });
      base = await listenOnLoopback(t.app);
      sender = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
    });
    afterAll(async () => {
      sender.close();
      await smtp.close();
    });

    it('a notification’s reply comes back into the thread and onto the other side’s stream, with its attachment', async () => {
      const { mentee, mentor, id } = await pair();
      const stream = await openSse(`${base}/api/v1/stream`, { cookie: mentee.as.headers.cookie });
      try {
        await stream.waitFor((e) => e.event === 'stream.ready');
        await post(mentee, id, 'Could we talk about my first promotion case?');
        await mail.deliver();
        const notification = await mail.to(mentor.user.email, 'Lina sent you a message');
        const to = notification.replyTo?.value[0]?.address ?? '';
        expect(to).toMatch(/^reply\+[0-9a-f]{32}@meridian\.test$/);
        t.clock.advance(1); // the reply sorts after the message it answers

        const raw = await reply({ from: `Maya <${mentor.user.email}>`, to, text: 'Yes — Tuesday works.\nHere is my plan.', attachments: [{ filename: 'plan.pdf', content: PDF, contentType: 'application/pdf' }] });
        const info = await sender.sendMail({ envelope: { from: mentor.user.email, to: [to] }, raw });
        expect(info.accepted).toEqual([to]);

        const last = (await thread(mentee, id)).at(-1)!;
        expect(last).toMatchObject({ text: 'Yes — Tuesday works.\nHere is my plan.', author: { side: 'mentor' } });
        expect(last.attachments).toMatchObject([{ name: 'plan.pdf', contentType: 'application/pdf' }]);
        const event = await stream.waitFor((e) => e.event === 'message.created' && dataOf<{ message: { text: string } }>(e).message.text.startsWith('Yes — Tuesday'));
        expect(dataOf<{ message: { author: { side: string } } }>(event).message.author.side).toBe('mentor');
      } finally {
        stream.close();
      }
    });

    it('bounces a forged address at RCPT and a stranger at DATA, with a human reason, changing nothing', async () => {
      const { mentee, mentor, id } = await pair();
      await post(mentee, id, 'Could we talk?');
      const to = await replyAddress(t.database.db, t.ctx, id, mentor.user.id);
      const before = await thread(mentee, id);

      const forgedTo = `reply+${'f'.repeat(32)}@meridian.test`;
      const forged = sender.sendMail({ envelope: { from: mentor.user.email, to: [forgedTo] }, raw: await reply({ from: mentor.user.email, to: forgedTo, text: 'Hi' }) });
      await expect(forged).rejects.toMatchObject({ responseCode: 550, response: expect.stringMatching(/No such conversation/) });

      const stranger = sender.sendMail({ envelope: { from: 'stranger@example.org', to: [to] }, raw: await reply({ from: 'stranger@example.org', to, text: 'Buy now' }) });
      await expect(stranger).rejects.toMatchObject({ responseCode: 550, response: expect.stringMatching(/not sent from the email address/) });

      expect(await thread(mentee, id)).toEqual(before);
    });
  });
});
