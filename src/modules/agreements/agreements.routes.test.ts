import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMeeting, createPartnership, createProgram, type ProgramRef, type TestPartnership } from '../../../test/factories';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';

const draft = {
  goals: 'Grow into a tech lead: run design reviews, mentor two juniors.',
  meetingFrequency: 'weekly',
  meetingLengthMinutes: 60,
  channels: ['video', 'chat'],
  confidentiality: 'What we say stays between us unless we both agree to share it.',
  endsOn: '2027-05-31',
};

describe.each(dialects)('agreement, goals and action items on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person; // mentee in Beirut
  let maya: Person; // mentor in Los Angeles
  let omar: Person; // mentor of another pair
  let pair: TestPartnership;
  let partnershipId: string;
  let otherPartnership: TestPartnership;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(2) } });
    omar = await person(t, program, 'mentor', { name: 'Omar', timeZone: 'Europe/Paris', profile: { mentor: mentorBlock(2) } });
    pair = await createPartnership(t.ctx, { program, mentee: lina, mentor: maya });
    partnershipId = pair.id;
    otherPartnership = await createPartnership(t.ctx, { program, mentor: omar });
    await mail.deliver();
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });

  const agreement = (who: Person) => call('GET', `/partnerships/${partnershipId}/agreement`, who.as);
  const save = (who: Person, body: object) => call('PUT', `/partnerships/${partnershipId}/agreement`, who.as, body);
  const confirm = (who: Person, version: number) => call('POST', `/partnerships/${partnershipId}/agreement/confirm`, who.as, { version });
  const versionCount = async () => (await t.database.db.selectFrom('agreement_versions').select('id').execute()).length;

  it('refuses a bad draft with each field and its reason, and saves nothing', async () => {
    const bad = await save(lina, {
      goals: '  ',
      meetingFrequency: 'daily',
      meetingLengthMinutes: 50,
      channels: [],
      endsOn: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const fields = bad.json().error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['channels', 'confidentiality', 'endsOn', 'goals', 'meetingFrequency', 'meetingLengthMinutes']);
    expect(fields.find((f) => f.path === 'meetingLengthMinutes')!.message).toBe('Use a multiple of 15 minutes.');
    expect(fields.find((f) => f.path === 'endsOn')!.message).toBe('Not a calendar date.');
    const past = await save(lina, { ...draft, endsOn: '2026-11-24' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toEqual([{ path: 'endsOn', message: 'Choose an end date after today.' }]);
    expect((await save(lina, { ...draft, endsOn: '2029-01-01' })).json().error.fields[0].path).toBe('endsOn');
    expect((await save(lina, { ...draft, extra: 1 })).statusCode).toBe(400);
    expect(await versionCount()).toBe(0);
    expect((await agreement(lina)).json()).toEqual({ current: null, agreed: null, awaiting: [], viewerSide: 'mentee' });
  });

  it('lets the mentee draft, both confirm, and versions every change that both confirm again', async () => {
    expect((await save(maya, draft)).statusCode).toBe(403);
    const v1 = await save(lina, draft);
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({
      current: { version: 1, ...draft, confirmedAt: { mentee: null, mentor: null }, agreed: false, changed: ['goals', 'meetingFrequency', 'meetingLengthMinutes', 'channels', 'confidentiality', 'endsOn'] },
      agreed: null,
      awaiting: ['mentee', 'mentor'],
    });
    // Saving the same content again is not a new version.
    expect((await save(lina, draft)).json().current.version).toBe(1);

    const byMaya = await confirm(maya, 1);
    expect(byMaya.statusCode).toBe(200);
    expect(byMaya.json()).toMatchObject({ awaiting: ['mentee'], agreed: null, viewerSide: 'mentor' });
    await mail.deliver();
    const ask = await mail.to(lina.user.email, 'Maya confirmed your mentoring agreement');
    expect(ask.text).toContain('Maya confirmed version 1 of your mentoring agreement in “Global Engineering”');
    expect(ask.text).toContain(`http://meridian.test/partnerships/${partnershipId}`);

    const byLina = await confirm(lina, 1);
    expect(byLina.json()).toMatchObject({ awaiting: [], agreed: { version: 1, agreed: true }, current: { version: 1 } });
    expect((await confirm(lina, 1)).statusCode).toBe(200);
    await mail.deliver();
    const agreed = await mail.to(maya.user.email, 'Your mentoring agreement with Lina is confirmed');
    expect(agreed.text).toContain('It runs until May 31, 2027.');
    // Confirming twice sends nothing more.
    expect(mail.count(maya.user.email)).toBe(2);

    // A change after both confirmed: version 2, nobody's confirmation yet, version 1 still in force.
    const v2 = await save(lina, { ...draft, meetingFrequency: 'fortnightly', endsOn: '2027-06-30' });
    expect(v2.json()).toMatchObject({
      current: { version: 2, meetingFrequency: 'fortnightly', confirmedAt: { mentee: null, mentor: null }, agreed: false, changed: ['meetingFrequency', 'endsOn'] },
      agreed: { version: 1, meetingFrequency: 'weekly' },
      awaiting: ['mentee', 'mentor'],
    });
    const stale = await confirm(maya, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('agreement_changed');
    expect((await confirm(maya, 7)).json().error.fields).toEqual([{ path: 'version', message: 'There is no version 7.' }]);
    await confirm(lina, 2);
    const both = await confirm(maya, 2);
    expect(both.json()).toMatchObject({ awaiting: [], agreed: { version: 2, meetingFrequency: 'fortnightly' } });

    const history = (await call('GET', `/partnerships/${partnershipId}/agreement/versions`, maya.as)).json().versions;
    expect(history.map((v: { version: number; agreed: boolean }) => [v.version, v.agreed])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect((await call('GET', `/partnerships/${partnershipId}/agreement`, omar.as)).statusCode).toBe(404);
  });

  it('keeps goals with milestones, status and progress, for both sides', async () => {
    const created = await call('POST', `/partnerships/${partnershipId}/goals`, lina.as, {
      title: 'Lead a design review',
      description: 'Run one end to end.',
      milestones: [{ title: 'Shadow a review', dueOn: '2026-11-20' }, { title: 'Write the checklist' }, { title: 'Run one', dueOn: '2026-12-15' }],
    });
    expect(created.statusCode).toBe(201);
    const goal = created.json().goal;
    expect(goal).toMatchObject({ title: 'Lead a design review', status: 'not-started', createdBy: 'mentee', achievedAt: null, progress: { done: 0, total: 3 } });
    // By due date, undated last; one due before today (in Beirut) is overdue.
    expect(goal.milestones.map((m: { title: string; overdue: boolean }) => [m.title, m.overdue])).toEqual([
      ['Shadow a review', true],
      ['Run one', false],
      ['Write the checklist', false],
    ]);

    const first = goal.milestones[0].id;
    const ticked = await call('PATCH', `/milestones/${first}`, maya.as, { done: true });
    expect(ticked.json().goal.milestones[0]).toMatchObject({ done: true, doneAt: '2026-11-24T09:00:00.000Z', overdue: false });
    expect(ticked.json().goal.progress).toEqual({ done: 1, total: 3 });
    const added = await call('POST', `/goals/${goal.id}/milestones`, maya.as, { title: 'Review someone else’s', dueOn: '2027-01-10' });
    expect(added.statusCode).toBe(201);
    expect(added.json().goal.progress.total).toBe(4);
    const achieved = await call('PATCH', `/goals/${goal.id}`, maya.as, { status: 'achieved' });
    expect(achieved.json().goal).toMatchObject({ status: 'achieved', achievedAt: '2026-11-24T09:00:00.000Z' });
    expect((await call('PATCH', `/goals/${goal.id}`, lina.as, { status: 'in-progress' })).json().goal.achievedAt).toBeNull();

    const empty = await call('PATCH', `/goals/${goal.id}`, lina.as, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ path: '(body)', message: 'Change at least one field.' }]);
    const bad = await call('POST', `/partnerships/${partnershipId}/goals`, lina.as, { title: '', status: 'done', milestones: [{ title: 'x', dueOn: 'soon' }] });
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['milestones.0.dueOn', 'status', 'title']);
    expect((await call('PATCH', `/milestones/${first}`, omar.as, { done: false })).statusCode).toBe(404);
    expect((await call('PATCH', `/goals/${goal.id}`, omar.as, { title: 'Mine' })).statusCode).toBe(404);

    expect((await call('DELETE', `/milestones/${first}`, lina.as)).json().goal.progress).toEqual({ done: 0, total: 3 });
    const list = (await call('GET', `/partnerships/${partnershipId}/goals`, maya.as)).json().goals;
    expect(list).toHaveLength(1);
    expect((await call('DELETE', `/goals/${goal.id}`, maya.as)).statusCode).toBe(204);
    expect((await call('GET', `/partnerships/${partnershipId}/goals`, lina.as)).json().goals).toEqual([]);
    expect(await t.database.db.selectFrom('goal_milestones').select('id').execute()).toEqual([]);
  });

  it('writes down action items from a meeting for either side and ticks them off', async () => {
    const meeting = await createMeeting(t.ctx, { partnership: pair });
    const foreign = await createMeeting(t.ctx, { partnership: otherPartnership });
    const mine = await call('POST', `/partnerships/${partnershipId}/action-items`, lina.as, { text: 'Draft the review checklist', dueOn: '2026-11-23', meetingId: meeting.id });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().actionItem).toMatchObject({ owner: 'mentee', ownerName: 'Lina', createdBy: 'mentee', meetingId: meeting.id, done: false, overdue: true });
    const theirs = await call('POST', `/partnerships/${partnershipId}/action-items`, lina.as, { text: 'Send the reading list', owner: 'mentor', dueOn: '2026-11-30' });
    expect(theirs.json().actionItem).toMatchObject({ owner: 'mentor', ownerName: 'Maya', meetingId: null, overdue: false });
    const undated = await call('POST', `/partnerships/${partnershipId}/action-items`, maya.as, { text: 'Book the next session' });
    expect(undated.json().actionItem).toMatchObject({ owner: 'mentor', dueOn: null });

    const wrongMeeting = await call('POST', `/partnerships/${partnershipId}/action-items`, lina.as, { text: 'Nope', meetingId: foreign.id });
    expect(wrongMeeting.statusCode).toBe(400);
    expect(wrongMeeting.json().error.fields).toEqual([{ path: 'meetingId', message: 'No meeting of this partnership has this id.' }]);
    const bad = await call('POST', `/partnerships/${partnershipId}/action-items`, lina.as, { text: '', owner: 'admin', dueOn: '2026-13-01' });
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['dueOn', 'owner', 'text']);

    const done = await call('PATCH', `/action-items/${theirs.json().actionItem.id}`, maya.as, { done: true });
    expect(done.json().actionItem).toMatchObject({ done: true, doneBy: 'mentor', doneAt: '2026-11-24T09:00:00.000Z' });
    const items = (await call('GET', `/partnerships/${partnershipId}/action-items`, maya.as)).json().actionItems;
    expect(items.map((i: { text: string }) => i.text)).toEqual(['Draft the review checklist', 'Book the next session', 'Send the reading list']);
    const open = (await call('GET', `/partnerships/${partnershipId}/action-items?done=false`, lina.as)).json().actionItems;
    expect(open).toHaveLength(2);
    const fromMeeting = (await call('GET', `/partnerships/${partnershipId}/action-items?meetingId=${meeting.id}`, lina.as)).json().actionItems;
    expect(fromMeeting.map((i: { text: string }) => i.text)).toEqual(['Draft the review checklist']);

    expect((await call('PATCH', `/action-items/${undated.json().actionItem.id}`, omar.as, { done: true })).statusCode).toBe(404);
    expect((await call('DELETE', `/action-items/${undated.json().actionItem.id}`, lina.as)).statusCode).toBe(204);
    expect((await call('GET', `/partnerships/${partnershipId}/action-items`, lina.as)).json().actionItems).toHaveLength(2);
  });
});
