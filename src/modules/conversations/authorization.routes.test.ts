import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership } from '../../../test/factories';
import { STRANGERS, createMatrixCast, documentedRoutes, tryEveryone, type MatrixCase, type SignedInWho } from '../../../test/authorization-matrix';
import { caller } from '../partnerships/test-helpers';

/** The conversation is the pair's only: everyone else, the program's admin included, is told it does not exist. */
const strangers = STRANGERS;

interface Ids {
  partnershipId: string;
  messageId: string;
}

type Case = MatrixCase<Ids>;

const cases: Case[] = [
  { route: 'GET /partnerships/{partnershipId}/messages', url: (i) => `/partnerships/${i.partnershipId}/messages`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  { route: 'POST /partnerships/{partnershipId}/messages', url: (i) => `/partnerships/${i.partnershipId}/messages`, payload: { body: 'Let me in' }, expected: strangers },
  // The mentee wrote the message: the mentor may not change it.
  {
    route: 'PATCH /partnerships/{partnershipId}/messages/{messageId}',
    url: (i) => `/partnerships/${i.partnershipId}/messages/${i.messageId}`,
    payload: { body: 'Taken over' },
    expected: { ...strangers, mentor: 403 },
  },
  { route: 'DELETE /partnerships/{partnershipId}/messages/{messageId}', url: (i) => `/partnerships/${i.partnershipId}/messages/${i.messageId}`, expected: { ...strangers, mentor: 403 } },
  { route: 'POST /partnerships/{partnershipId}/messages/read', url: (i) => `/partnerships/${i.partnershipId}/messages/read`, payload: {}, expected: strangers },
  // Everyone signed in has a summary of their own (tested below to hold nothing of this pair's).
  { route: 'GET /conversations/unread', url: () => '/conversations/unread', expected: { anonymous: 401, outsider: 200, otherAdmin: 200, admin: 200, otherMentee: 200, otherMentor: 200, mentee: 200, mentor: 200 } },
];

describe.each(dialects)('conversation authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let who: SignedInWho;
  let ids: Ids;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    const cast = await createMatrixCast(t);
    const { program, mentee, mentor, otherMentee, otherMentor } = cast;
    const partnership = await createPartnership(t.ctx, { program, mentee, mentor });
    // The strangers have a conversation of their own, so a 404 is not just "no partnership at all".
    const theirs = await createPartnership(t.ctx, { program, mentee: otherMentee, mentor: otherMentor });
    who = cast.who;
    const created = await call('POST', `/partnerships/${partnership.id}/messages`, mentee.as, { body: 'Ours only' });
    expect(created.statusCode).toBe(201);
    expect((await call('POST', `/partnerships/${theirs.id}/messages`, otherMentee.as, { body: 'Theirs' })).statusCode).toBe(201);
    ids = { partnershipId: partnership.id, messageId: created.json().message.id };
  });
  afterAll(() => t.close());

  /** Everything a request could have changed: messages, read markers, reply tokens, events, mail. */
  async function snapshot() {
    const db = t.database.db;
    return {
      messages: await db.selectFrom('messages').select(['id', 'body_html', 'edited_at', 'deleted_at']).orderBy('id').execute(),
      reads: await db.selectFrom('conversation_reads').selectAll().orderBy('partnership_id').orderBy('user_id').execute(),
      tokens: await db.selectFrom('conversation_reply_tokens').select(['partnership_id', 'user_id']).orderBy('token').execute(),
      events: await db.selectFrom('stream_events').select(['id', 'user_id', 'kind']).orderBy('id').execute(),
      mail: await countByStatus(db),
    };
  }

  it('covers every conversation route', async () => {
    expect(cases.map((c) => c.route).sort()).toEqual(await documentedRoutes(t.app, /^\/api\/v1\/(conversations|partnerships\/\{partnershipId\}\/messages)/));
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    await tryEveryone(call, who, c, ids);
    expect(await snapshot()).toEqual(before);
  });

  it('shows each person only their own conversations in the unread summary', async () => {
    for (const p of ['outsider', 'otherAdmin', 'admin'] as const) {
      expect((await call('GET', '/conversations/unread', who[p])).json(), p).toEqual({ total: 0, conversations: [] });
    }
    const theirs = (await call('GET', '/conversations/unread', who.otherMentor)).json();
    expect(theirs.total).toBe(1);
    expect(theirs.conversations.map((c: { partnershipId: string }) => c.partnershipId)).not.toContain(ids.partnershipId);
    const mine = (await call('GET', '/conversations/unread', who.mentor)).json();
    expect(mine).toEqual({ total: 1, conversations: [{ partnershipId: ids.partnershipId, unread: 1, lastMessageAt: expect.any(String) }] });
  });

  it('answers a partnership that does not exist like one that is not yours', async () => {
    const res = await call('GET', `/partnerships/${crypto.randomUUID()}/messages`, who.mentee);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe((await call('GET', `/partnerships/${ids.partnershipId}/messages`, who.admin)).json().error.message);
  });
});
