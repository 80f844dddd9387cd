import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSurveyDispatch } from '../../jobs/survey-dispatch';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createCycle, createMeeting, createPartnership, createProgram, type ProgramRef, type TestPartnership } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';
import { dispatchSurveys, sendSurveyReminders } from './dispatch.service';
import { FIT_CHECK, surveyBody } from './test-helpers';

const DAY = 24 * 60;
const WEEK = 7 * DAY;

describe.each(dialects)('survey dispatch on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let admin: SignedIn;
  let lina: Person;
  let maya: Person;
  let pair: TestPartnership;

  beforeEach(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 120 });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(3) } });
    pair = await createPartnership(t.ctx, { program, mentee: lina, mentor: maya });
    await mail.deliver();
  });
  afterEach(async () => {
    await mail.close();
    await t.close();
  });

  /** Requests made so far: who (by name), which survey, on which occasion. */
  const requests = async () =>
    (
      await t.database.db
        .selectFrom('survey_requests as r')
        .innerJoin('surveys as s', 's.id', 'r.survey_id')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['u.name', 's.title', 'r.occasion', 'r.partnership_id', 'r.sent_at', 'r.closes_at', 'r.reminders_sent'])
        .orderBy('r.sent_at')
        .orderBy('u.name')
        .execute()
    ).map((r) => ({ ...r, reminders_sent: Number(r.reminders_sent) }));
  const asked = async () => (await requests()).map((r) => `${r.name}: ${r.title} @ ${r.occasion}`);
  const held = (daysAgo: number, p: TestPartnership = pair) =>
    createMeeting(t.ctx, { partnership: p, status: 'held', startAt: new Date(t.clock.now().getTime() - daysAgo * DAY * 60_000).toISOString() });

  it('sends the fit check after a first held meeting once, to both, with the link and the closing date', async () => {
    await held(1);
    const late = await createPartnership(t.ctx, { program });
    await held(15, late);
    await createMeeting(t.ctx, { partnership: await createPartnership(t.ctx, { program }) });
    await mail.deliver();

    // Two instances at once ask nobody twice; a later run asks nobody again.
    expect((await Promise.all([dispatchSurveys(t.ctx), dispatchSurveys({ ...t.ctx })])).reduce((a, b) => a + b)).toBe(2);
    expect(await dispatchSurveys(t.ctx)).toBe(0);
    const rows = await requests();
    expect(rows.map((r) => [r.name, r.title, r.occasion, r.closes_at])).toEqual([
      ['Lina', FIT_CHECK, 'first-meeting', '2026-12-15T09:00:00.000Z'],
      ['Maya', FIT_CHECK, 'first-meeting', '2026-12-15T09:00:00.000Z'],
    ]);

    expect(await mail.deliver()).toBe(2);
    const toLina = await mail.to(lina.user.email, 'A short survey about your mentoring with Maya');
    const id = (await t.database.db.selectFrom('survey_requests').select('id').where('user_id', '=', lina.user.id).executeTakeFirstOrThrow()).id;
    expect(toLina.text).toContain('The team of “Global Engineering” asks how your mentoring with Maya is going: “How is it going? (after your first meeting)”.');
    expect(toLina.text).toContain('The survey is open until December 15, 2026.');
    expect(toLina.text).toContain(`Answer the survey: http://meridian.test/surveys/${id}`);
    expect(toLina.html).toContain(`href="http://meridian.test/surveys/${id}"`);
    expect((await mail.to(maya.user.email, 'A short survey about your mentoring with Lina')).text).toContain('Hello Maya,');
  });

  it('asks every N weeks from the partnership’s start, the latest occasion only', async () => {
    t.clock.advance(4 * WEEK - 1);
    expect(await dispatchSurveys(t.ctx)).toBe(0);
    t.clock.advance(1);
    expect(await dispatchSurveys(t.ctx)).toBe(2);
    expect(await dispatchSurveys(t.ctx)).toBe(0);
    t.clock.advance(4 * WEEK);
    expect(await dispatchSurveys(t.ctx)).toBe(2);
    // Twelve weeks pass unseen: only week 20 is asked, not 12 and 16.
    t.clock.advance(12 * WEEK);
    expect(await dispatchSurveys(t.ctx)).toBe(2);
    expect(await asked()).toEqual(
      ['week-4', 'week-8', 'week-20'].flatMap((w) => [`Lina: Monthly check-in @ ${w}`, `Maya: Monthly check-in @ ${w}`]),
    );
  });

  it('asks both people when the partnership ends (through the API, at once), and not when it ended long ago', async () => {
    const ended = await call('POST', `/partnerships/${pair.id}/end`, lina.as, { reason: 'goals-met' });
    expect(ended.statusCode).toBe(200);
    expect(await asked()).toEqual(['Lina: Looking back on your partnership @ end', 'Maya: Looking back on your partnership @ end']);
    expect(await dispatchSurveys(t.ctx)).toBe(0);

    const old = await createPartnership(t.ctx, { program });
    await t.database.db.updateTable('partnerships').set({ status: 'completed', ended_at: '2026-10-24T08:00:00.000Z' }).where('id', '=', old.id).execute();
    expect(await dispatchSurveys(t.ctx)).toBe(0);
    await mail.deliver();
    expect(await mail.to(maya.user.email, 'A short survey about your mentoring with Lina')).toBeDefined();
  });

  it('asks the partnerships that started within a cycle once it has closed, within 30 days of its close', async () => {
    const cycle = await createCycle(t.ctx, { program, enrolmentOpensOn: '2026-09-01', matchingStartsOn: '2026-09-15', mentoringStartsOn: '2026-10-01', closesOn: '2026-11-25' });
    // Closed 35 days ago: past its moment.
    await createCycle(t.ctx, { program, name: 'Summer', enrolmentOpensOn: '2026-08-01', matchingStartsOn: '2026-08-15', mentoringStartsOn: '2026-09-01', closesOn: '2026-10-20' });
    await t.database.db.updateTable('partnerships').set({ started_at: '2026-09-20T10:00:00.000Z' }).where('id', '=', pair.id).execute();
    const after = await createPartnership(t.ctx, { program });
    await t.database.db.updateTable('partnerships').set({ started_at: '2026-11-26T08:00:00.000Z' }).where('id', '=', after.id).execute();
    const endOfCycle = async () => (await asked()).filter((a) => !a.includes('check-in'));

    // The cycle closes tomorrow: only the pair's check-in (9 weeks in) goes now.
    expect(await dispatchSurveys(t.ctx)).toBe(2);
    expect(await endOfCycle()).toEqual([]);
    t.clock.set('2026-11-26T09:00:00.000Z');
    expect(await dispatchSurveys(t.ctx)).toBe(2);
    expect(await dispatchSurveys(t.ctx)).toBe(0);
    expect(await endOfCycle()).toEqual([`Lina: End of cycle @ cycle:${cycle.id}`, `Maya: End of cycle @ cycle:${cycle.id}`]);
  });

  it('respects the audience, skips inactive surveys and people no longer active in the program', async () => {
    const make = async (body: Record<string, unknown>) => expect((await call('POST', `/programs/${program.id}/surveys`, admin, surveyBody(body))).statusCode).toBe(201);
    await make({ title: 'Mentors only', audience: 'mentor' });
    await make({ title: 'Mentees only', audience: 'mentee' });
    await make({ title: 'Switched off', active: false });
    const paused = await person(t, program, 'mentee', { name: 'Noor' });
    const theirs = await createPartnership(t.ctx, { program, mentee: paused, mentor: maya });
    await t.database.db.updateTable('memberships').set({ status: 'paused' }).where('id', '=', paused.id).execute();
    await held(1);
    await held(2, theirs);

    await dispatchSurveys(t.ctx);
    const rows = (await requests()).map((r) => `${r.name}: ${r.title} (${r.partnership_id === pair.id ? 'Lina+Maya' : 'Noor+Maya'})`);
    expect(rows.sort()).toEqual(
      [
        `Lina: ${FIT_CHECK} (Lina+Maya)`,
        'Lina: Mentees only (Lina+Maya)',
        `Maya: ${FIT_CHECK} (Lina+Maya)`,
        'Maya: Mentors only (Lina+Maya)',
        `Maya: ${FIT_CHECK} (Noor+Maya)`,
        'Maya: Mentors only (Noor+Maya)',
      ].sort(),
    );
  });

  it('reminds after 3 and 7 days, never again, and not those who answered', async () => {
    await held(1);
    await runSurveyDispatch(t.ctx);
    await mail.deliver();
    const fitCheck = (await call('GET', `/programs/${program.id}/surveys`, admin)).json().surveys.find((s: { title: string }) => s.title === FIT_CHECK);

    t.clock.advance(3 * DAY - 1);
    expect(await sendSurveyReminders(t.ctx)).toBe(0);
    t.clock.advance(1);
    expect(await runSurveyDispatch(t.ctx)).toEqual({ asked: 0, reminded: 2 });
    expect(await sendSurveyReminders(t.ctx)).toBe(0);
    expect(await mail.deliver()).toBe(2);
    const reminder = await mail.to(lina.user.email, 'Reminder: a short survey about your mentoring with Maya');
    expect(reminder.text).toContain('The survey closes on December 15, 2026.');

    // Maya answers; only Lina hears again, once, at 7 days.
    const [{ id: mayasRequest }] = (await call('GET', '/survey-requests', maya.as)).json().requests;
    const body = { answers: [{ questionId: fitCheck.questions[0].id, value: 5 }, { questionId: fitCheck.questions[1].id, value: true }] };
    expect((await call('POST', `/survey-requests/${mayasRequest}/response`, maya.as, body)).statusCode).toBe(201);
    t.clock.advance(4 * DAY - 1);
    expect(await sendSurveyReminders(t.ctx)).toBe(0);
    t.clock.advance(1);
    expect((await Promise.all([sendSurveyReminders(t.ctx, 1), sendSurveyReminders({ ...t.ctx }, 1)])).reduce((a, b) => a + b)).toBe(1);
    t.clock.advance(10 * DAY);
    expect(await sendSurveyReminders(t.ctx)).toBe(0);
    expect((await requests()).map((r) => [r.name, r.reminders_sent])).toEqual([
      ['Lina', 2],
      ['Maya', 1],
    ]);
    expect(await mail.deliver()).toBe(1);
  });

  it('sends the fit check to both as soon as the first meeting is marked held through the API', async () => {
    const meeting = await createMeeting(t.ctx, { partnership: pair, startAt: '2026-11-24T08:00:00.000Z' });
    const res = await call('POST', `/meetings/${meeting.id}/outcome`, lina.as, { held: true });
    expect(res.statusCode).toBe(200);
    expect(await asked()).toEqual([`Lina: ${FIT_CHECK} @ first-meeting`, `Maya: ${FIT_CHECK} @ first-meeting`]);
    expect(await mail.deliver()).toBe(2);
    expect(await mail.to(lina.user.email, 'A short survey about your mentoring with Maya')).toBeDefined();
    // A missed meeting asks nothing; the fit check is not sent twice.
    const second = await createMeeting(t.ctx, { partnership: pair, startAt: '2026-11-24T08:30:00.000Z' });
    expect((await call('POST', `/meetings/${second.id}/outcome`, maya.as, { held: true })).statusCode).toBe(200);
    expect(await requests()).toHaveLength(2);
  });
});
