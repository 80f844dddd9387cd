import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, createRequest } from '../../../test/factories';
import { documentedRoutes, signInEveryone, tryEveryone, type MatrixCase, type SignedInWho, type Who } from '../../../test/authorization-matrix';
import { caller, person } from './test-helpers';

/** A request is its two people's business: everyone else is told it does not exist; the other side is refused. */
const forMentor: Partial<Record<Who, number>> = { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 404, otherMentee: 404, otherMentor: 404, mentee: 403 };
const forMentee: Partial<Record<Who, number>> = { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 404, otherMentee: 404, otherMentor: 404, mentor: 403 };

interface Ids {
  programId: string;
  requestId: string;
  partnershipId: string;
  mentorId: string;
}

type Case = MatrixCase<Ids>;

const cases: Case[] = [
  {
    route: 'POST /programs/{programId}/requests',
    url: (i) => `/programs/${i.programId}/requests`,
    payload: (i) => ({ message: 'Let me in', mentorId: i.mentorId }),
    // The pair's mentee already asked this mentor (409); other mentees could ask, so they are not tried.
    expected: { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 403, otherMentor: 403, mentor: 403, mentee: 409 },
  },
  {
    route: 'GET /programs/{programId}/requests',
    url: (i) => `/programs/${i.programId}/requests`,
    expected: { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 403, otherMentee: 200, otherMentor: 200, mentee: 200, mentor: 200 },
  },
  { route: 'PATCH /requests/{requestId}', url: (i) => `/requests/${i.requestId}`, payload: { message: 'Taken over' }, expected: forMentee },
  { route: 'POST /requests/{requestId}/accept', url: (i) => `/requests/${i.requestId}/accept`, expected: forMentor },
  { route: 'POST /requests/{requestId}/decline', url: (i) => `/requests/${i.requestId}/decline`, payload: { reason: 'other' }, expected: forMentor },
  { route: 'POST /requests/{requestId}/withdraw', url: (i) => `/requests/${i.requestId}/withdraw`, expected: forMentee },
  {
    route: 'GET /partnerships',
    url: () => '/partnerships',
    expected: { anonymous: 401, outsider: 200, otherAdmin: 200, admin: 200, otherMentee: 200, otherMentor: 200, mentee: 200, mentor: 200 },
  },
  {
    route: 'GET /partnerships/{partnershipId}',
    url: (i) => `/partnerships/${i.partnershipId}`,
    // The partnership is the mentor's with another mentee: the request's mentee is a stranger to it.
    expected: { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 200, otherMentee: 404, otherMentor: 404, mentee: 404, mentor: 200 },
  },
];

describe.each(dialects)('partnerships authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let who: SignedInWho;
  let ids: Ids;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    const program = await createProgram(t.ctx, { name: 'Guarded' });
    const elsewhere = await createProgram(t.ctx, { name: 'Elsewhere' });
    // The pair under test has both a pending request and, in a second pairing, a partnership.
    const mentee = await person(t, program, 'mentee');
    const mentor = await person(t, program, 'mentor');
    const otherMentee = await person(t, program, 'mentee');
    const otherMentor = await person(t, program, 'mentor');
    const request = await createRequest(t.ctx, { program, mentee, mentor });
    const matchedMentee = await person(t, program, 'mentee');
    const partnership = await createPartnership(t.ctx, { program, mentee: matchedMentee, mentor });
    who = await signInEveryone(t, program, elsewhere, { mentee, mentor, otherMentee, otherMentor });
    ids = { programId: program.id, requestId: request.id, partnershipId: partnership.id, mentorId: mentor.id };
    // The partnership's own mentee sees it too (the matrix's "mentee" is the request's).
    expect((await call('GET', `/partnerships/${partnership.id}`, matchedMentee.as)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  /** What the pair and the admin can see, plus the mail waiting to go out. */
  async function snapshot() {
    const [outbox, inbox, partnerships, partnership] = await Promise.all([
      call('GET', `/programs/${ids.programId}/requests`, who.mentee),
      call('GET', `/programs/${ids.programId}/requests`, who.mentor),
      call('GET', '/partnerships', who.mentor),
      call('GET', `/partnerships/${ids.partnershipId}`, who.admin),
    ]);
    return { outbox: outbox.json(), inbox: inbox.json(), partnerships: partnerships.json(), partnership: partnership.json(), mail: await countByStatus(t.database.db) };
  }

  it('covers every route of the partnerships module', async () => {
    const routes = await documentedRoutes(t.app, /^\/api\/v1\/(requests|partnerships|programs\/\{programId\}\/requests)/, [
      // A partnership's slots and meetings belong to the meetings module and its own matrix.
      /\/partnerships\/\{partnershipId\}\/(slots|meetings)$/,
      // The pair's work (agreement, goals, action items, time log, notes, ending) has its own matrix.
      /\/partnerships\/\{partnershipId\}\/(agreement|goals|action-items|time-log|notes|end|reflection)(\/|$)/,
      // The pair's files belong to the files module and its own matrix.
      /\/partnerships\/\{partnershipId\}\/files$/,
      // The pair's conversation belongs to the conversations module and its own matrix.
      /\/partnerships\/\{partnershipId\}\/messages(\/|$)/,
    ]);
    expect(cases.map((c) => c.route).sort()).toEqual(routes);
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    await tryEveryone(call, who, c, ids);
    expect(await snapshot()).toEqual(before);
  });

  it('shows no one else the pair’s requests or partnership in their lists', async () => {
    for (const p of ['otherMentee', 'otherMentor'] as const) {
      expect((await call('GET', `/programs/${ids.programId}/requests`, who[p])).json().requests).toEqual([]);
    }
    for (const p of ['outsider', 'otherAdmin', 'admin', 'otherMentee', 'otherMentor', 'mentee'] as const) {
      expect((await call('GET', '/partnerships', who[p])).json().partnerships).toEqual([]);
    }
  });
});
