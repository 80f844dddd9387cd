import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { dataOf, listenOnLoopback, openSse, type SseStream } from '../../../test/sse';
import { caller, mentorBlock, person, weekdays, type Person } from '../partnerships/test-helpers';

// Meeting and request changes reach both people's open pages through the real services.
describe.each(dialects)('meeting and request events on the stream on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  const open: SseStream[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    base = await listenOnLoopback(t.app);
    call = caller(t);
    program = await createProgram(t.ctx);
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t.close();
  });

  const hours = { availability: weekdays([1, 2, 3, 4, 5], '08:00', '20:00') };
  async function stream(who: Person) {
    const s = await openSse(`${base}/api/v1/stream`, { cookie: who.as.headers.cookie! });
    open.push(s);
    await s.waitFor((e) => e.event === 'stream.ready');
    return s;
  }

  it('announces a proposed and a confirmed meeting to both sides, and to no one else', async () => {
    const mentee = await person(t, program, 'mentee', { timeZone: 'Europe/London', profile: hours });
    const mentor = await person(t, program, 'mentor', { timeZone: 'Europe/London', profile: { ...hours, mentor: mentorBlock(2) } });
    const stranger = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    const pid = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    const [menteeStream, mentorStream, strangerStream] = await Promise.all([stream(mentee), stream(mentor), stream(stranger)]);

    const proposed = await call('POST', `/partnerships/${pid}/meetings`, mentee.as, { proposals: [{ start: '2026-11-26T10:00:00Z', durationMinutes: 60 }], channel: 'phone' });
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json().meeting.id as string;
    for (const s of [menteeStream, mentorStream]) {
      const e = await s.waitFor((x) => x.event === 'meeting.changed' && dataOf(x).status === 'proposed');
      expect(dataOf(e)).toEqual({ meetingId: id, partnershipId: pid, status: 'proposed' });
    }
    expect((await call('POST', `/meetings/${id}/confirm`, mentor.as, { start: '2026-11-26T10:00:00Z' })).statusCode).toBe(200);
    await menteeStream.waitFor((x) => x.event === 'meeting.changed' && dataOf(x).status === 'confirmed');
    // The stranger's stream saw none of it.
    await new Promise((r) => setTimeout(r, 100));
    expect(strangerStream.events.filter((e) => e.event === 'meeting.changed')).toEqual([]);
  });

  it('announces a request to the mentor and its acceptance to the mentee, with the new partnership', async () => {
    const mentee = await person(t, program, 'mentee', { profile: hours });
    const mentor = await person(t, program, 'mentor', { profile: { ...hours, mentor: mentorBlock(2) } });
    const [menteeStream, mentorStream] = await Promise.all([stream(mentee), stream(mentor)]);
    const sent = await call('POST', `/programs/${program.id}/requests`, mentee.as, { mentorId: mentor.id, message: 'Hello, shall we work together?' });
    expect(sent.statusCode).toBe(201);
    const requestId = sent.json().request.id as string;
    const arrived = await mentorStream.waitFor((x) => x.event === 'request.updated' && dataOf(x).requestId === requestId);
    expect(dataOf(arrived)).toMatchObject({ status: 'pending', programId: program.id, partnershipId: null });
    const accepted = await call('POST', `/requests/${requestId}/accept`, mentor.as);
    expect(accepted.statusCode).toBe(200);
    const told = await menteeStream.waitFor((x) => x.event === 'request.updated' && dataOf(x).status === 'accepted');
    expect(dataOf(told)).toMatchObject({ requestId, partnershipId: accepted.json().partnership.id });
  });
});
