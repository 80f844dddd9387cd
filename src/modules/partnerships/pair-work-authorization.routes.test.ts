import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMeeting, createPartnership } from '../../../test/factories';
import { STRANGERS, createMatrixCast, documentedRoutes, tryEveryone, type MatrixCase, type SignedInWho } from '../../../test/authorization-matrix';
import { caller } from './test-helpers';

/**
 * The pair's work (agreement, goals, action items, time log, notes, ending) is theirs alone:
 * everyone else, the program's admin and members of other programs included, is told it does
 * not exist.
 */
const strangers = STRANGERS;
const pairReads = { ...strangers, mentee: 200, mentor: 200 } as const;

const agreement = {
  goals: 'Grow into a tech lead.',
  meetingFrequency: 'fortnightly',
  meetingLengthMinutes: 45,
  channels: ['video'],
  confidentiality: 'What we say stays between us.',
  endsOn: '2027-05-31',
};

interface Ids {
  partnershipId: string;
  goalId: string;
  milestoneId: string;
  actionItemId: string;
  entryId: string;
  noteId: string;
  meetingId: string;
}

type Case = MatrixCase<Ids>;

const cases: Case[] = [
  { route: 'GET /partnerships/{partnershipId}/agreement', url: (i) => `/partnerships/${i.partnershipId}/agreement`, expected: pairReads },
  // The same content as the current version: no new version for the mentee; the mentor may not draft.
  { route: 'PUT /partnerships/{partnershipId}/agreement', url: (i) => `/partnerships/${i.partnershipId}/agreement`, payload: () => agreement, expected: { ...strangers, mentee: 200, mentor: 403 } },
  // Both have confirmed version 1 already: confirming again changes nothing.
  { route: 'POST /partnerships/{partnershipId}/agreement/confirm', url: (i) => `/partnerships/${i.partnershipId}/agreement/confirm`, payload: () => ({ version: 1 }), expected: pairReads },
  { route: 'GET /partnerships/{partnershipId}/agreement/versions', url: (i) => `/partnerships/${i.partnershipId}/agreement/versions`, expected: pairReads },
  { route: 'GET /partnerships/{partnershipId}/goals', url: (i) => `/partnerships/${i.partnershipId}/goals`, expected: pairReads },
  { route: 'POST /partnerships/{partnershipId}/goals', url: (i) => `/partnerships/${i.partnershipId}/goals`, payload: () => ({ title: 'Taken over' }), expected: strangers },
  { route: 'PATCH /goals/{goalId}', url: (i) => `/goals/${i.goalId}`, payload: () => ({ title: 'Taken over' }), expected: strangers },
  { route: 'DELETE /goals/{goalId}', url: (i) => `/goals/${i.goalId}`, expected: strangers },
  { route: 'POST /goals/{goalId}/milestones', url: (i) => `/goals/${i.goalId}/milestones`, payload: () => ({ title: 'Taken over' }), expected: strangers },
  { route: 'PATCH /milestones/{milestoneId}', url: (i) => `/milestones/${i.milestoneId}`, payload: () => ({ done: true }), expected: strangers },
  { route: 'DELETE /milestones/{milestoneId}', url: (i) => `/milestones/${i.milestoneId}`, expected: strangers },
  { route: 'GET /partnerships/{partnershipId}/action-items', url: (i) => `/partnerships/${i.partnershipId}/action-items`, expected: pairReads },
  {
    route: 'POST /partnerships/{partnershipId}/action-items',
    url: (i) => `/partnerships/${i.partnershipId}/action-items`,
    payload: (i) => ({ text: 'Taken over', meetingId: i.meetingId }),
    expected: strangers,
  },
  { route: 'PATCH /action-items/{actionItemId}', url: (i) => `/action-items/${i.actionItemId}`, payload: () => ({ done: true }), expected: strangers },
  { route: 'DELETE /action-items/{actionItemId}', url: (i) => `/action-items/${i.actionItemId}`, expected: strangers },
  { route: 'GET /partnerships/{partnershipId}/time-log', url: (i) => `/partnerships/${i.partnershipId}/time-log`, expected: pairReads },
  {
    route: 'POST /partnerships/{partnershipId}/time-log',
    url: (i) => `/partnerships/${i.partnershipId}/time-log`,
    payload: () => ({ kind: 'phone', occurredOn: '2026-11-24', minutes: 30 }),
    expected: strangers,
  },
  // The mentee's entry: the mentor reads it but may not change it.
  { route: 'PATCH /time-log/{entryId}', url: (i) => `/time-log/${i.entryId}`, payload: () => ({ minutes: 600 }), expected: { ...strangers, mentor: 403 } },
  { route: 'DELETE /time-log/{entryId}', url: (i) => `/time-log/${i.entryId}`, expected: { ...strangers, mentor: 403 } },
  { route: 'GET /partnerships/{partnershipId}/notes', url: (i) => `/partnerships/${i.partnershipId}/notes`, expected: pairReads },
  { route: 'POST /partnerships/{partnershipId}/notes', url: (i) => `/partnerships/${i.partnershipId}/notes`, payload: () => ({ visibility: 'shared', body: 'Mine' }), expected: strangers },
  // The mentee's shared note: the mentor reads it but may not rewrite it.
  { route: 'PATCH /notes/{noteId}', url: (i) => `/notes/${i.noteId}`, payload: () => ({ body: 'Taken over' }), expected: { ...strangers, mentor: 403 } },
  { route: 'DELETE /notes/{noteId}', url: (i) => `/notes/${i.noteId}`, expected: { ...strangers, mentor: 403 } },
  { route: 'POST /partnerships/{partnershipId}/end', url: (i) => `/partnerships/${i.partnershipId}/end`, payload: () => ({ reason: 'no-time' }), expected: strangers },
  { route: 'GET /partnerships/{partnershipId}/reflection', url: (i) => `/partnerships/${i.partnershipId}/reflection`, expected: pairReads },
  // Still active: nothing to reflect on yet, for the pair too.
  {
    route: 'POST /partnerships/{partnershipId}/reflection',
    url: (i) => `/partnerships/${i.partnershipId}/reflection`,
    payload: () => ({ rating: 1, learned: 'Nothing', wouldRecommend: false }),
    expected: { ...strangers, mentee: 409, mentor: 409 },
  },
];

const codes: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'partnership_active' };

describe.each(dialects)('pair work authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let who: SignedInWho;
  let ids: Ids;
  let privateNoteId: string;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    const cast = await createMatrixCast(t);
    const { program, mentee, mentor, otherMentee, otherMentor } = cast;
    const pair = await createPartnership(t.ctx, { program, mentee, mentor });
    // The strangers have a partnership of their own, so a 404 is not just "no partnership at all".
    await createPartnership(t.ctx, { program, mentee: otherMentee, mentor: otherMentor });
    who = cast.who;
    const p = `/partnerships/${pair.id}`;
    const meetingId = (await createMeeting(t.ctx, { partnership: pair })).id;
    expect((await call('PUT', `${p}/agreement`, mentee.as, agreement)).statusCode).toBe(200);
    for (const side of [mentee, mentor]) expect((await call('POST', `${p}/agreement/confirm`, side.as, { version: 1 })).statusCode).toBe(200);
    const goal = (await call('POST', `${p}/goals`, mentee.as, { title: 'Ours', milestones: [{ title: 'First step', dueOn: '2026-12-01' }] })).json().goal;
    const item = (await call('POST', `${p}/action-items`, mentor.as, { text: 'Ours', meetingId })).json().actionItem;
    const entry = (await call('POST', `${p}/time-log`, mentee.as, { kind: 'chat', occurredOn: '2026-11-24', minutes: 20 })).json().entry;
    const note = (await call('POST', `${p}/notes`, mentee.as, { visibility: 'shared', body: 'Ours' })).json().note;
    privateNoteId = (await call('POST', `${p}/notes`, mentee.as, { visibility: 'private', body: 'Mine alone' })).json().note.id;
    ids = { partnershipId: pair.id, goalId: goal.id, milestoneId: goal.milestones[0].id, actionItemId: item.id, entryId: entry.id, noteId: note.id, meetingId };
  });
  afterAll(() => t.close());

  /** Every row of the pair's work, the partnership and its meetings, plus the mail waiting to go out. */
  async function snapshot() {
    const db = t.database.db;
    const tables = ['agreement_versions', 'goals', 'goal_milestones', 'action_items', 'time_entries', 'partnership_notes', 'partnership_reflections'] as const;
    const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
    const sorted = rows.map((r) => [...r].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    const partnerships = await db.selectFrom('partnerships').selectAll().orderBy('id').execute();
    const meetings = await db.selectFrom('meetings').select(['id', 'status', 'sequence']).orderBy('id').execute();
    return { sorted, partnerships, meetings, mail: await countByStatus(db) };
  }

  it('covers every route of the pair’s work', async () => {
    expect(cases.map((c) => c.route).sort()).toEqual(await documentedRoutes(t.app, /^\/api\/v1\/(partnerships\/\{partnershipId\}\/(agreement|goals|action-items|time-log|notes|end|reflection)|goals|milestones|action-items|time-log|notes)(\/|$)/));
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    await tryEveryone(call, who, c, ids, codes);
    expect(await snapshot()).toEqual(before);
  });

  it('hides a private note from everyone but its author, the partner and the admin included', async () => {
    const before = await snapshot();
    for (const p of ['mentor', 'admin', 'otherMentor', 'outsider'] as const) {
      expect((await call('PATCH', `/notes/${privateNoteId}`, who[p], { body: 'Read' })).statusCode, p).toBe(404);
      expect((await call('DELETE', `/notes/${privateNoteId}`, who[p])).statusCode, p).toBe(404);
    }
    const seenByMentor = (await call('GET', `/partnerships/${ids.partnershipId}/notes`, who.mentor)).json().notes;
    expect(seenByMentor.map((n: { id: string }) => n.id)).toEqual([ids.noteId]);
    const seenByMentee = (await call('GET', `/partnerships/${ids.partnershipId}/notes`, who.mentee)).json().notes;
    expect(seenByMentee.map((n: { id: string }) => n.id).sort()).toEqual([ids.noteId, privateNoteId].sort());
    expect(await snapshot()).toEqual(before);
  });
});
