import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram } from '../../../test/factories';
import { STRANGERS as strangers, documentedRoutes, signInEveryone, tryEveryone, type MatrixCase, type SignedInWho } from '../../../test/authorization-matrix';
import { caller, mentorBlock, person, weekdays } from '../partnerships/test-helpers';

// Meetings are the pair's business only: everyone else, the program's admin included, is told they do not exist.
const PROPOSED = '2026-11-26T16:00:00.000Z';

interface Ids {
  partnershipId: string;
  meetingId: string;
}

type Case = MatrixCase<Ids>;

const cases: Case[] = [
  { route: 'GET /meetings', url: () => '/meetings', expected: { anonymous: 401, outsider: 200, otherAdmin: 200, admin: 200, otherMentee: 200, otherMentor: 200, mentee: 200, mentor: 200 } },
  { route: 'GET /partnerships/{partnershipId}/slots', url: (i) => `/partnerships/${i.partnershipId}/slots`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  { route: 'GET /partnerships/{partnershipId}/meetings', url: (i) => `/partnerships/${i.partnershipId}/meetings`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  {
    route: 'POST /partnerships/{partnershipId}/meetings',
    url: (i) => `/partnerships/${i.partnershipId}/meetings`,
    payload: { proposals: [{ start: '2026-11-27T16:00:00Z', durationMinutes: 60 }], channel: 'phone' },
    expected: strangers,
  },
  { route: 'GET /meetings/{meetingId}', url: (i) => `/meetings/${i.meetingId}`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  // The agenda is the mentee's: the mentor is refused.
  { route: 'PATCH /meetings/{meetingId}', url: (i) => `/meetings/${i.meetingId}`, payload: { agenda: 'Taken over' }, expected: { ...strangers, mentor: 403 } },
  // The mentee proposed: only the mentor may confirm.
  { route: 'POST /meetings/{meetingId}/confirm', url: (i) => `/meetings/${i.meetingId}/confirm`, payload: { start: PROPOSED }, expected: { ...strangers, mentee: 403 } },
  {
    route: 'POST /meetings/{meetingId}/propose',
    url: (i) => `/meetings/${i.meetingId}/propose`,
    payload: { proposals: [{ start: '2026-11-27T17:00:00Z', durationMinutes: 60 }] },
    expected: strangers,
  },
  // Not confirmed yet: nothing to move, no outcome, no calendar file, for the pair too.
  { route: 'POST /meetings/{meetingId}/reschedule', url: (i) => `/meetings/${i.meetingId}/reschedule`, payload: { start: '2026-11-27T17:00:00Z' }, expected: { ...strangers, mentee: 409, mentor: 409 } },
  { route: 'POST /meetings/{meetingId}/outcome', url: (i) => `/meetings/${i.meetingId}/outcome`, payload: { held: true }, expected: { ...strangers, mentee: 409, mentor: 409 } },
  { route: 'GET /meetings/{meetingId}/ics', url: (i) => `/meetings/${i.meetingId}/ics`, expected: { ...strangers, mentee: 409, mentor: 409 } },
  { route: 'POST /meetings/{meetingId}/cancel', url: (i) => `/meetings/${i.meetingId}/cancel`, payload: { reason: 'Not mine' }, expected: strangers },
];

describe.each(dialects)('meetings authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let who: SignedInWho;
  let ids: Ids;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    const program = await createProgram(t.ctx, { name: 'Guarded' });
    const elsewhere = await createProgram(t.ctx, { name: 'Elsewhere' });
    const hours = { availability: weekdays([1, 2, 3, 4, 5], '08:00', '20:00') };
    const mentee = await person(t, program, 'mentee', { timeZone: 'Europe/London', profile: hours });
    const mentor = await person(t, program, 'mentor', { timeZone: 'Europe/London', profile: { ...hours, mentor: mentorBlock(2) } });
    const otherMentee = await person(t, program, 'mentee', { profile: hours });
    const otherMentor = await person(t, program, 'mentor', { profile: { ...hours, mentor: mentorBlock(2) } });
    const partnership = await createPartnership(t.ctx, { program, mentee, mentor });
    // The strangers have a partnership of their own, so a 404 is not just "no partnership at all".
    await createPartnership(t.ctx, { program, mentee: otherMentee, mentor: otherMentor });
    who = await signInEveryone(t, program, elsewhere, { mentee, mentor, otherMentee, otherMentor });
    const created = await call('POST', `/partnerships/${partnership.id}/meetings`, mentee.as, {
      proposals: [{ start: PROPOSED, durationMinutes: 60 }],
      channel: 'video',
      agenda: 'Ours',
    });
    expect(created.statusCode).toBe(201);
    ids = { partnershipId: partnership.id, meetingId: created.json().meeting.id };
  });
  afterAll(() => t.close());

  /** The meeting as the pair sees it, plus the mail waiting to go out. */
  async function snapshot() {
    const meeting = await call('GET', `/meetings/${ids.meetingId}`, who.mentee);
    const meetings = await t.database.db.selectFrom('meetings').select(['id', 'status', 'agenda', 'start_at', 'proposed_by']).orderBy('id').execute();
    return { meeting: meeting.json(), meetings, mail: await countByStatus(t.database.db) };
  }

  it('covers every meeting route', async () => {
    expect(cases.map((c) => c.route).sort()).toEqual(await documentedRoutes(t.app, /^\/api\/v1\/(meetings|partnerships\/\{partnershipId\}\/(slots|meetings))/));
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    await tryEveryone(call, who, c, ids, { 409: 'meeting_closed' });
    expect(await snapshot()).toEqual(before);
  });

  it('lists each person only their own meetings', async () => {
    for (const p of ['outsider', 'otherAdmin', 'admin', 'otherMentee', 'otherMentor'] as const) {
      const res = await call('GET', '/meetings?from=2026-11-24T00:00:00Z&to=2026-12-24T00:00:00Z', who[p]);
      expect(res.json().meetings, p).toEqual([]);
    }
    const mine = await call('GET', '/meetings?from=2026-11-24T00:00:00Z&to=2026-12-24T00:00:00Z', who.mentor);
    expect(mine.json().meetings.map((m: { id: string }) => m.id)).toEqual([ids.meetingId]);
  });
});
