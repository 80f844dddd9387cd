import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withdrawRequest } from '../modules/partnerships/requests.service';
import { postMessage } from '../modules/conversations/messages.service';
import { logTime } from '../modules/session-log/time-log.service';
import { startJobBench, type JobBench } from '../modules/nudges/test-helpers';
import { dialects } from '../../test/databases';
import {
  actorFor,
  createMeeting,
  createMembership,
  createParticipant,
  createPartnership,
  createProgram,
  createRequest,
  createUser,
  type ProgramRef,
} from '../../test/factories';
import {
  nudgeIncompleteProfiles,
  nudgeMenteesWithoutRequest,
  nudgePendingRequests,
  nudgeQuietPartnerships,
  sendNudges,
} from './nudges';

const DAY = 24 * 60;
const complete = { cityId: 'PT:lisbon:lisboa' };

describe.each(dialects)('nudges job on %s', (dialect) => {
  let b: JobBench;
  let program: ProgramRef;

  beforeEach(async () => {
    b = await startJobBench(dialect);
    program = await createProgram(b.ctx, { name: 'Global Engineering' });
  });
  afterEach(() => b.close());

  const claims = async (prefix: string) =>
    (await b.ctx.db.selectFrom('notification_claims').select('key').where('key', 'like', `${prefix}%`).execute()).map((r) => r.key);

  it('nudges a mentor whose request waited 3 days, once, with both clocks and the expiry', async () => {
    const mentee = await createParticipant(b.ctx, { program, role: 'mentee', user: { name: 'Lucas', timeZone: 'America/Sao_Paulo' } });
    const mentor = await createParticipant(b.ctx, { program, role: 'mentor', user: { name: 'Priya', timeZone: 'Asia/Kolkata' } });
    const waiting = await createRequest(b.ctx, { program, mentee, mentor });
    const withdrawn = await createRequest(b.ctx, { program, mentor });
    await withdrawRequest(b.ctx, actorFor(withdrawn.mentee.user), { requestId: withdrawn.id });
    await b.deliver();

    b.clock.advance(3 * DAY - 1);
    expect(await nudgePendingRequests(b.ctx)).toBe(0);
    b.clock.advance(1);
    expect(await nudgePendingRequests(b.ctx)).toBe(1);
    expect(await nudgePendingRequests(b.ctx)).toBe(0);
    b.clock.advance(DAY);
    expect(await nudgePendingRequests(b.ctx)).toBe(0);
    expect(await claims('nudge:request-pending:')).toEqual([`nudge:request-pending:${waiting.id}`]);

    expect(await b.deliver()).toBe(1);
    const [mail] = b.inbox(mentor.user.email, 'Lucas is waiting for your answer');
    expect(mail!.text).toContain('Hello Priya,');
    // Sent 09:00 UTC: 14:30 in Kolkata, 06:00 in São Paulo; expires 7 days later.
    expect(mail!.text).toMatch(
      /3 days ago, on Tuesday, November 24, 2026 at 2:30\sPM GMT\+5:30 \(Tuesday, November 24 at 6:00\sAM GMT-3 for Lucas\)/,
    );
    expect(mail!.text).toMatch(/by Tuesday, December 1, 2026 at 2:30\sPM GMT\+5:30 \(Tuesday, December 1 at 6:00\sAM GMT-3 for Lucas\)/);
    expect(mail!.html).toContain(`http://meridian.test/programs/${program.id}/requests`);
  });

  it('nudges a quiet partnership (mentee, mentor and admins) once per 30 quiet days, and counts from the last meeting', async () => {
    const mentee = await createParticipant(b.ctx, {
      program,
      role: 'mentee',
      user: { name: 'Lina', timeZone: 'Asia/Beirut' },
      profile: { cityId: 'LB:beirut:beirut' },
    });
    const mentor = await createParticipant(b.ctx, {
      program,
      role: 'mentor',
      user: { name: 'Maya', timeZone: 'America/Los_Angeles' },
      profile: { cityId: 'US:san-francisco:california' },
    });
    const pair = await createPartnership(b.ctx, { program, mentee, mentor });
    const secondAdmin = await createUser(b.ctx, { name: 'Sam' });
    await createMembership(b.ctx, { program, user: secondAdmin, role: 'admin' });
    const pausedAdmin = await createUser(b.ctx);
    await createMembership(b.ctx, { program, user: pausedAdmin, role: 'admin', status: 'paused' });
    // Another pair has a meeting coming up (in June): not quiet, even with no meeting so far.
    const planned = await createPartnership(b.ctx, { program });
    await createMeeting(b.ctx, { partnership: planned, startAt: '2027-06-01T09:00:00.000Z' });
    await b.deliver();

    b.clock.advance(30 * DAY - 1);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    b.clock.advance(1);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(4);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    expect(await b.deliver()).toBe(4);

    const [toLina] = b.inbox(mentee.user.email, 'It’s been a while since you met Maya');
    expect(toLina!.text).toContain('You and Maya haven’t met since your partnership in “Global Engineering” started on November 24, 2026, 30 days ago.');
    // Now is 09:00 UTC on Thursday 24 December: 11:00 in Beirut, 01:00 in San Francisco.
    expect(toLina!.text).toMatch(/Maya is in San Francisco: when it is 11:00\sAM for you, it is 1:00\sAM for them/);
    expect(toLina!.html).toContain(`http://meridian.test/partnerships/${pair.id}`);
    expect(b.inbox(mentor.user.email, 'It’s been a while since you met Lina')).toHaveLength(1);
    for (const admin of [program.admin, secondAdmin]) {
      const [toAdmin] = b.inbox(admin.email, 'Lina and Maya haven’t met for 30 days');
      expect(toAdmin!.text).toContain('Lina (mentee) and Maya (mentor) in “Global Engineering” haven’t met since their partnership started');
    }
    expect(b.inbox(pausedAdmin.email)).toHaveLength(0);

    // The next quiet stretch of 30 days, not every run in between.
    b.clock.advance(29 * DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    b.clock.advance(DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(4);

    // They meet on day 61; the count starts again from that meeting.
    b.clock.advance(DAY);
    await createMeeting(b.ctx, { partnership: pair, startAt: b.clock.now().toISOString(), status: 'held' });
    b.clock.advance(29 * DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    b.clock.advance(DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(4);
    await b.deliver();
    const latest = b.inbox(mentee.user.email, 'It’s been a while since you met Maya').at(-1)!;
    expect(latest.text).toContain('You and Maya last met on January 24, 2027, 30 days ago.');
  });

  it('counts a message or logged contact as contact: a pair that chats is not quiet, and the 30 days run from then', async () => {
    const chatty = await createPartnership(b.ctx, { program });
    const writing = await createPartnership(b.ctx, { program });
    await b.deliver();
    b.clock.advance(20 * DAY);
    await logTime(b.ctx, actorFor(chatty.mentee.user), chatty.id, { kind: 'chat', occurredOn: b.clock.now().toISOString().slice(0, 10), minutes: 15, preparationMinutes: 0, note: '' });
    await postMessage(b.ctx, actorFor(writing.mentor.user), writing.id, { body: 'How did the review go?', format: 'text', attachments: [] });
    b.clock.advance(10 * DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    b.clock.advance(19 * DAY);
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(0);
    b.clock.advance(DAY);
    // 30 days after their last contact: both pairs, each to its mentee, its mentor and the program's admin.
    expect(await nudgeQuietPartnerships(b.ctx)).toBe(6);
  });

  it('shows a mentee who joined a week ago without a request the way to mentors, once', async () => {
    const lonely = await createParticipant(b.ctx, { program, role: 'mentee', user: { name: 'Ama' } });
    const asked = await createRequest(b.ctx, { program });
    await withdrawRequest(b.ctx, actorFor(asked.mentee.user), { requestId: asked.id });
    await createPartnership(b.ctx, { program });
    await createMembership(b.ctx, { program, role: 'mentee', status: 'paused' });
    await b.deliver();

    b.clock.advance(7 * DAY - 1);
    expect(await nudgeMenteesWithoutRequest(b.ctx)).toBe(0);
    b.clock.advance(1);
    expect(await nudgeMenteesWithoutRequest(b.ctx)).toBe(1);
    expect(await nudgeMenteesWithoutRequest(b.ctx)).toBe(0);
    expect(await claims('nudge:no-request:')).toEqual([`nudge:no-request:${lonely.id}`]);

    await b.deliver();
    const [mail] = b.inbox(lonely.user.email, 'Find your mentor in Global Engineering');
    expect(mail!.text).toContain('You joined “Global Engineering” 7 days ago and haven’t asked a mentor yet.');
    expect(mail!.text).toContain(`Find a mentor: http://meridian.test/programs/${program.id}/mentors`);
    expect(mail!.html).toContain(`href="http://meridian.test/programs/${program.id}/mentors"`);
  });

  it('asks participants with an incomplete profile after 3 days to finish it, once, and leaves complete ones alone', async () => {
    const done = await createParticipant(b.ctx, { program, role: 'mentee', profile: complete });
    const noCity = await createParticipant(b.ctx, { program, role: 'mentee', user: { name: 'Kofi' } });
    const blank = await createMembership(b.ctx, { program, role: 'mentor', user: await createUser(b.ctx, { name: 'Ines' }) });
    await b.deliver();

    b.clock.advance(3 * DAY - 1);
    expect(await nudgeIncompleteProfiles(b.ctx)).toBe(0);
    b.clock.advance(1);
    expect(await nudgeIncompleteProfiles(b.ctx, 2)).toBe(2);
    expect(await nudgeIncompleteProfiles(b.ctx)).toBe(0);
    expect((await claims('nudge:profile:')).sort()).toEqual([done.id, noCity.id, blank.id].map((id) => `nudge:profile:${id}`).sort());

    expect(await b.deliver()).toBe(2);
    expect(b.inbox(done.user.email)).toHaveLength(0);
    const [kofi] = b.inbox(noCity.user.email, 'Finish your profile in Global Engineering');
    expect(kofi!.text).toContain('Your mentee profile in “Global Engineering” is 86% complete. Still missing: your city.');
    expect(kofi!.text).toContain(`http://meridian.test/programs/${program.id}/profile`);
    const [ines] = b.inbox(blank.user.email, 'Finish your profile in Global Engineering');
    expect(ines!.text).toContain(
      'Your mentor profile in “Global Engineering” is 0% complete. Still missing: a headline, a few words about you, topics, languages, your city, your weekly hours, how you like to meet, and how many mentees you can take.',
    );
    expect(ines!.text).toContain('Mentees choose their mentor by the profile');
    expect(ines!.html).toContain('<p>Hello Ines,</p>');
  });

  it('sends each nudge once when two instances run every kind at the same moment', async () => {
    for (let i = 0; i < 3; i++) await createRequest(b.ctx, { program });
    for (let i = 0; i < 3; i++) await createParticipant(b.ctx, { program, role: 'mentee' });
    await b.deliver();
    b.clock.advance(30 * DAY);

    const runs = await Promise.all([sendNudges(b.ctx, 2), sendNudges({ ...b.ctx }, 2)]);
    const total = (k: keyof (typeof runs)[number]) => runs[0][k] + runs[1][k];
    // The requests expired after 7 days, so no request nudges now; mentees: 3 without requests.
    expect(total('requestPending')).toBe(0);
    expect(total('noRequest')).toBe(3);
    // Factory profiles lack a city: all 9 participants are nudged.
    expect(total('profile')).toBe(9);
    expect(await b.deliver()).toBe(12);
    const again = await sendNudges(b.ctx);
    expect(again).toEqual({ requestPending: 0, quiet: 0, noRequest: 0, profile: 0 });
    const subjects = b.mailbox.messages.map((m) => `${JSON.stringify(m.to)} ${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
