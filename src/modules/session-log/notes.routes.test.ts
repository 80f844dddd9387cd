import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createMeeting, createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';

describe.each(dialects)('meeting notes on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person;
  let maya: Person;
  let omar: Person;
  let admin: SignedIn;
  let partnershipId: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(2) } });
    omar = await person(t, program, 'mentor', { name: 'Omar', profile: { mentor: mentorBlock(2) } });
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const pair = await createPartnership(t.ctx, { program, mentee: lina, mentor: maya });
    partnershipId = pair.id;
    meetingId = (await createMeeting(t.ctx, { partnership: pair, startAt: '2026-11-25T16:00:00.000Z' })).id;
  });
  afterAll(() => t.close());

  const write = (who: Person, body: object) => call('POST', `/partnerships/${partnershipId}/notes`, who.as, body);
  const notes = async (who: Person, query = '') => (await call('GET', `/partnerships/${partnershipId}/notes${query}`, who.as)).json().notes;

  it('keeps a private note for its author alone: not the partner, not the program’s admin', async () => {
    const res = await write(lina, { visibility: 'private', body: 'Ask about the promotion case without sounding pushy.', meetingId });
    expect(res.statusCode).toBe(201);
    const note = res.json().note;
    expect(note).toMatchObject({ visibility: 'private', author: 'mentee', authorName: 'Lina', mine: true, meetingId });

    expect((await notes(lina)).map((n: { id: string }) => n.id)).toEqual([note.id]);
    expect(await notes(maya)).toEqual([]);
    expect(await notes(maya, `?meetingId=${meetingId}`)).toEqual([]);
    // To the partner it does not exist: not found, never "forbidden".
    expect((await call('PATCH', `/notes/${note.id}`, maya.as, { body: 'Read it' })).statusCode).toBe(404);
    expect((await call('DELETE', `/notes/${note.id}`, maya.as)).statusCode).toBe(404);
    for (const who of [admin, omar.as]) {
      expect((await call('GET', `/partnerships/${partnershipId}/notes`, who)).statusCode).toBe(404);
      expect((await call('PATCH', `/notes/${note.id}`, who, { body: 'Read it' })).statusCode).toBe(404);
    }
    // It is there, unchanged.
    const row = await t.database.db.selectFrom('partnership_notes').selectAll().where('id', '=', note.id).executeTakeFirstOrThrow();
    expect(row.body).toBe('Ask about the promotion case without sounding pushy.');
  });

  it('shares notes after a meeting has started, with the partner reading but not rewriting them', async () => {
    t.clock.set('2026-11-24T09:00:00.000Z');
    const early = await write(maya, { visibility: 'shared', body: 'We agreed on three steps.', meetingId });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('visibility');

    t.clock.set('2026-11-25T17:05:00.000Z');
    const shared = await write(maya, { visibility: 'shared', body: 'We agreed on three steps: checklist, shadowing, one review.', meetingId });
    expect(shared.statusCode).toBe(201);
    const id = shared.json().note.id;
    const seen = await notes(lina, `?meetingId=${meetingId}`);
    expect(seen.map((n: { id: string; mine: boolean }) => [n.id, n.mine])).toContainEqual([id, false]);
    expect((await call('PATCH', `/notes/${id}`, lina.as, { body: 'Mine now' })).statusCode).toBe(403);
    expect((await call('DELETE', `/notes/${id}`, lina.as)).statusCode).toBe(403);
    expect((await call('PATCH', `/notes/${id}`, maya.as, { body: 'Three steps: checklist, shadowing, one review.' })).json().note.body).toBe(
      'Three steps: checklist, shadowing, one review.',
    );

    // A private note made shared later is the partner's to read from then on.
    const draft = (await write(maya, { visibility: 'private', body: 'Lina is ready for more.' })).json().note;
    expect((await notes(lina)).some((n: { id: string }) => n.id === draft.id)).toBe(false);
    await call('PATCH', `/notes/${draft.id}`, maya.as, { visibility: 'shared' });
    expect((await notes(lina)).some((n: { id: string }) => n.id === draft.id)).toBe(true);
    expect((await call('DELETE', `/notes/${draft.id}`, maya.as)).statusCode).toBe(204);
  });

  it('rejects empty notes and foreign meetings with the field and the reason', async () => {
    const bad = await write(lina, { visibility: 'secret', body: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body', 'visibility']);
    const foreign = await createMeeting(t.ctx, { partnership: await createPartnership(t.ctx, { program, mentor: omar }) });
    const wrong = await write(lina, { visibility: 'private', body: 'Hm', meetingId: foreign.id });
    expect(wrong.json().error.fields).toEqual([{ path: 'meetingId', message: 'No meeting of this partnership has this id.' }]);
  });
});
