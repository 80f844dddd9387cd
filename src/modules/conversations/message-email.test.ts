import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendMessageDigests } from '../../jobs/message-digests';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { listenOnLoopback, openSse } from '../../../test/sse';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';
import { findReplyToken } from './messages.repository';

/** The quoted message in an email: its own paragraph, in curly quotes. */
const quoted = (text: string | undefined) => /^“(.*)”$/m.exec(text ?? '')?.[1];

describe.each(dialects)('message emails on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let base: string;
  let program: ProgramRef;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mail = await startMail(t);
    call = caller(t);
    base = await listenOnLoopback(t.app);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });
  beforeEach(() => t.clock.set('2026-11-24T09:00:00.000Z'));

  async function pair(mentorZone = 'Europe/Lisbon') {
    const mentee = await person(t, program, 'mentee', { name: 'Lina' });
    const mentor = await person(t, program, 'mentor', { name: 'Maya', timeZone: mentorZone, profile: { mentor: mentorBlock(2) } });
    const id = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    await mail.deliver(); // the request's own emails
    return { mentee, mentor, id };
  }
  const post = async (who: Person, id: string, text: string) => {
    const res = await call('POST', `/partnerships/${id}/messages`, who.as, { body: text, format: 'text' });
    expect(res.statusCode, res.body).toBe(201);
  };
  const messagesTo = (who: Person) => mail.mailbox.messages.filter((m) => JSON.stringify(m.to).includes(who.user.email) && /sent you a message|unread message/.test(m.subject ?? ''));
  const choose = async (who: Person, messageEmails: string) => {
    const res = await call('PATCH', '/me', who.as, { messageEmails });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.messageEmails).toBe(messageEmails);
  };

  it('emails a new message to the other side at once, with a reply address for the thread', async () => {
    const { mentee, mentor, id } = await pair();
    expect((await call('GET', '/me', mentor.as)).json().user.messageEmails).toBe('immediate');
    await post(mentee, id, 'Could we talk about\nmy first promotion case?');
    await mail.deliver();
    const email = await mail.to(mentor.user.email, 'Lina sent you a message');
    expect(email.text).toContain('Lina wrote to you in your conversation in “Global Engineering”');
    expect(email.text).toContain('“Could we talk about my first promotion case?”');
    expect(email.text).toContain(`http://meridian.test/partnerships/${id}#messages`);
    const replyTo = email.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(/^reply\+[0-9a-f]{32}@meridian\.test$/);
    // The token leads back to the thread and the person replying.
    const token = /^reply\+([0-9a-f]+)@/.exec(replyTo)![1]!;
    expect(await findReplyToken(t.database.db, token)).toEqual({ partnership_id: id, user_id: mentor.user.id });
    // The author is not emailed about their own message.
    expect(messagesTo(mentee)).toHaveLength(0);
  });

  it('sends one email per conversation until it is read, or an hour has passed', async () => {
    const { mentee, mentor, id } = await pair();
    await post(mentee, id, 'One');
    t.clock.advance(5);
    await post(mentee, id, 'Two');
    await mail.deliver();
    expect(messagesTo(mentor)).toHaveLength(1);
    await call('POST', `/partnerships/${id}/messages/read`, mentor.as, {});
    t.clock.advance(5);
    await post(mentee, id, 'Three, after you read');
    await mail.deliver();
    t.clock.advance(61);
    await post(mentee, id, 'Four, an hour later');
    await mail.deliver();
    expect(messagesTo(mentor).map((m) => quoted(m.text))).toEqual(['One', 'Three, after you read', 'Four, an hour later']);
    // The same reply address each time.
    expect(new Set(messagesTo(mentor).map((m) => m.replyTo?.value[0]?.address)).size).toBe(1);
  });

  it('does not email someone who has Meridian open (a live stream), and does once they leave', async () => {
    const { mentee, mentor, id } = await pair();
    const stream = await openSse(`${base}/api/v1/stream`, { cookie: mentor.as.headers.cookie });
    await stream.waitFor((e) => e.event === 'stream.ready');
    await post(mentee, id, 'You are here');
    await stream.waitFor((e) => e.event === 'message.created');
    await mail.deliver();
    expect(messagesTo(mentor)).toHaveLength(0);
    stream.close();
    await expect.poll(() => t.events.onlineUsers(t.database.db, [mentor.user.id])).toEqual(new Set());
    await post(mentee, id, 'Now you are not');
    await mail.deliver();
    expect(messagesTo(mentor).map((m) => quoted(m.text))).toEqual(['Now you are not']);
  });

  it('sends a digest once each morning on the reader’s clock instead, with only what is new and unread', async () => {
    const { mentee, mentor, id } = await pair('America/Los_Angeles');
    await choose(mentor, 'digest');
    await post(mentee, id, 'Hello from Beirut');
    t.clock.advance(1);
    await post(mentee, id, 'And a question about **scope**');
    await mail.deliver();
    expect(messagesTo(mentor)).toHaveLength(0);

    // 09:01 UTC is 01:01 in Los Angeles: too early.
    expect(await sendMessageDigests(t.ctx)).toBe(0);
    t.clock.set('2026-11-24T16:05:00.000Z'); // 08:05 in Los Angeles
    expect(await sendMessageDigests(t.ctx)).toBe(1);
    expect(await sendMessageDigests(t.ctx)).toBe(0);
    await mail.deliver();
    const digest = await mail.to(mentor.user.email, '2 unread messages on Meridian');
    expect(digest.text).toContain('Since your last summary, a conversation has new messages waiting for you:');
    expect(digest.text).toContain('• Lina (Global Engineering): 2 new messages, the latest “And a question about **scope**”');
    expect(digest.replyTo?.value[0]?.address).toMatch(/^reply\+[0-9a-f]{32}@meridian\.test$/);

    // Later that day: a new message waits for tomorrow's digest; one read before then is left out.
    t.clock.set('2026-11-24T20:00:00.000Z');
    await post(mentee, id, 'Read before the digest');
    await call('POST', `/partnerships/${id}/messages/read`, mentor.as, {});
    t.clock.advance(1);
    await post(mentee, id, 'Still unread');
    expect(await sendMessageDigests(t.ctx)).toBe(0);
    t.clock.set('2026-11-25T15:59:00.000Z'); // 07:59 the next day
    expect(await sendMessageDigests(t.ctx)).toBe(0);
    t.clock.set('2026-11-25T16:00:00.000Z');
    expect(await sendMessageDigests(t.ctx)).toBe(1);
    await mail.deliver();
    const second = await mail.to(mentor.user.email, '1 unread message on Meridian');
    expect(second.text).toContain('1 new message, the latest “Still unread”');
    expect(messagesTo(mentor)).toHaveLength(2);
  });

  it('sends nothing to someone who chose never, and refuses an unknown choice', async () => {
    const { mentee, mentor, id } = await pair();
    await choose(mentor, 'never');
    await post(mentee, id, 'Into the void');
    t.clock.set('2026-11-24T12:00:00.000Z');
    expect(await sendMessageDigests(t.ctx)).toBe(0);
    await mail.deliver();
    expect(messagesTo(mentor)).toHaveLength(0);
    const bad = await call('PATCH', '/me', mentor.as, { messageEmails: 'sometimes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'messageEmails', message: 'Choose immediate, digest or never.' });
  });
});
