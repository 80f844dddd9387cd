import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createMembership, createProgram, createUser, type ProgramRef, type TestUser } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { caller, mentorBlock, person, startMail, type Mail, type Person } from '../partnerships/test-helpers';
import { dispatchSurveys } from './dispatch.service';
import { FIT_CHECK, pairAfterFirstMeeting, surveyBody } from './test-helpers';

interface Question {
  id: string;
  kind: string;
}

const EVERY_KIND = 'Everything at once';

describe.each(dialects)('answering surveys on %s', (dialect) => {
  let t: TestApp;
  let mail: Mail;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let admin: SignedIn;
  let sam: TestUser;
  let lina: Person; // mentee
  let maya: Person; // her mentor
  let partnershipId: string;
  let requestOf: (who: Person, title: string) => Promise<string>;
  let everyKind: { id: string; questions: Question[] };
  let fitCheck: { id: string; questions: Question[] };

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    mail = await startMail(t);
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    sam = await createUser(t.ctx, { name: 'Sam' });
    await createMembership(t.ctx, { program, user: sam, role: 'admin' });
    await createMembership(t.ctx, { program, user: await createUser(t.ctx, { email: 'paused-admin@example.org' }), role: 'admin', status: 'paused' });
    lina = await person(t, program, 'mentee', { name: 'Lina', timeZone: 'Asia/Beirut' });
    maya = await person(t, program, 'mentor', { name: 'Maya', timeZone: 'America/Los_Angeles', profile: { mentor: mentorBlock(2) } });
    const created = await call('POST', `/programs/${program.id}/surveys`, admin, surveyBody({
      title: EVERY_KIND,
      audience: 'mentee',
      questions: [
        { kind: 'rating', prompt: 'How useful?', measure: 'satisfaction' },
        { kind: 'recommend', prompt: 'Recommend us?', measure: 'recommend' },
        { kind: 'yes-no', prompt: 'A good fit?', measure: 'fit', required: false },
        { kind: 'single', prompt: 'How often?', options: ['Weekly', 'Monthly'], required: false },
        { kind: 'multiple', prompt: 'What helps?', options: ['Agenda', 'Notes', 'Video'], required: false },
        { kind: 'text', prompt: 'Anything else?' },
      ],
    }));
    everyKind = created.json().survey;
    const pair = await pairAfterFirstMeeting(t, program, lina, maya);
    partnershipId = pair.partnership.id;
    requestOf = pair.requestOf;
    fitCheck = (await call('GET', `/programs/${program.id}/surveys`, admin)).json().surveys.find((s: { title: string }) => s.title === FIT_CHECK);
    await mail.deliver();
  });
  afterAll(async () => {
    await mail.close();
    await t.close();
  });

  const answer = async (who: Person, title: string, answers: object[]) => call('POST', `/survey-requests/${await requestOf(who, title)}/response`, who.as, { answers });
  const responseCount = async () => (await t.database.db.selectFrom('survey_responses').select('id').execute()).length;
  const valid = () => {
    const [rating, recommend, yesNo, single, multiple, text] = everyKind.questions.map((q) => q.id);
    return [
      { questionId: rating, value: 4 },
      { questionId: recommend, value: 9 },
      { questionId: yesNo, value: true },
      { questionId: single, value: 'Weekly' },
      { questionId: multiple, value: ['Agenda', 'Video'] },
      { questionId: text, value: 'The time-zone overlap view helps.' },
    ];
  };

  it('lists my open surveys oldest first, with the questions, my partner’s and the program’s names', async () => {
    const res = await call('GET', '/survey-requests', lina.as);
    expect(res.statusCode).toBe(200);
    const requests = res.json().requests;
    expect(requests.map((r: { title: string }) => r.title).sort()).toEqual([EVERY_KIND, FIT_CHECK].sort());
    expect(requests[0]).toMatchObject({ programName: 'Global Engineering', partnerName: 'Maya', side: 'mentee', occasion: 'first-meeting', partnershipId, answeredAt: null });
    expect(requests[0].closesAt).toBe('2026-12-15T09:00:00.000Z');
    const toMaya = (await call('GET', '/survey-requests', maya.as)).json().requests;
    expect(toMaya.map((r: { title: string; partnerName: string }) => [r.title, r.partnerName])).toEqual([[FIT_CHECK, 'Lina']]);

    // One asked later comes after.
    t.clock.advance(60);
    const later = (await call('POST', `/programs/${program.id}/surveys`, admin, surveyBody({ title: 'Later', audience: 'mentee' }))).json().survey;
    expect(await dispatchSurveys(t.ctx)).toBe(1);
    expect(await mail.deliver()).toBe(1);
    expect((await call('GET', '/survey-requests', lina.as)).json().requests.at(-1).title).toBe('Later');
    // Unanswered, it can still go, with its request.
    expect((await call('DELETE', `/programs/${program.id}/surveys/${later.id}`, admin)).statusCode).toBe(204);
  });

  const q = (i: number) => () => everyKind.questions[i]!.id;
  const bad: [string, () => string, unknown][] = [
    ['a rating of 0', q(0), 0],
    ['a rating of 6', q(0), 6],
    ['a rating of 3.5', q(0), 3.5],
    ['a rating as text', q(0), '4'],
    ['a recommend of -1', q(1), -1],
    ['a recommend of 11', q(1), 11],
    ['a recommend of 7.5', q(1), 7.5],
    ['yes-no as text', q(2), 'yes'],
    ['yes-no as a number', q(2), 1],
    ['a single choice not among the options', q(3), 'Daily'],
    ['a single choice as a list', q(3), ['Weekly']],
    ['an empty multiple choice', q(4), []],
    ['a multiple choice twice the same', q(4), ['Notes', 'Notes']],
    ['a multiple choice not among the options', q(4), ['Notes', 'Phone']],
    ['empty text', q(5), '   '],
    ['text over 5000 characters', q(5), 'x'.repeat(5001)],
  ];

  it.each(bad)('refuses %s at answers.N.value, storing nothing', async (_name, questionId, value) => {
    const answers = valid().map((a) => (a.questionId === questionId() ? { ...a, value } : a));
    const index = answers.findIndex((a) => a.questionId === questionId());
    const res = await answer(lina, EVERY_KIND, answers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(`answers.${index}.value`);
    expect(await responseCount()).toBe(0);
  });

  it('refuses an unknown question, a question twice and a missing required answer', async () => {
    const unknown = await answer(lina, EVERY_KIND, [...valid(), { questionId: fitCheck.questions[0]!.id, value: 3 }]);
    expect(unknown.json().error.fields).toEqual([{ path: 'answers.6.value', message: 'This question is not in the survey.' }]);
    const twice = await answer(lina, EVERY_KIND, [...valid(), valid()[0]!]);
    expect(twice.json().error.fields).toEqual([{ path: 'answers.6.value', message: 'This question is answered twice.' }]);
    const missing = await answer(lina, EVERY_KIND, valid().slice(1, 5));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([
      { path: 'answers', message: 'Answer “How useful?”.' },
      { path: 'answers', message: 'Answer “Anything else?”.' },
    ]);
    const nulled = await answer(lina, EVERY_KIND, valid().map((a, i) => (i === 0 ? { ...a, value: null } : a)));
    expect(nulled.json().error.fields).toEqual([{ path: 'answers.0.value', message: 'This question needs an answer.' }]);
    expect(await responseCount()).toBe(0);
    expect((await call('GET', `/survey-requests/${await requestOf(lina, EVERY_KIND)}`, lina.as)).json().request.answeredAt).toBeNull();
  });

  it('stores a valid answer once; the request leaves my open list, and a second answer is a 409', async () => {
    const optionalLeftOut = valid().filter((_, i) => i !== 3);
    const res = await answer(lina, EVERY_KIND, optionalLeftOut);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ responseId: expect.any(String), notAFit: false });
    const row = await t.database.db.selectFrom('survey_responses').selectAll().where('id', '=', res.json().responseId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ side: 'mentee', partnership_id: partnershipId, rematch_offered_at: null });
    expect(Number(row.good_fit)).toBe(1);
    const request = (await call('GET', `/survey-requests/${await requestOf(lina, EVERY_KIND)}`, lina.as)).json().request;
    expect(request.answeredAt).toBe(t.clock.now().toISOString());
    expect((await call('GET', '/survey-requests', lina.as)).json().requests.map((r: { title: string }) => r.title)).toEqual([FIT_CHECK]);

    const again = await answer(lina, EVERY_KIND, valid());
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_answered');
    expect(await responseCount()).toBe(1);
  });

  it('never shows a request to the partner or the admins', async () => {
    const id = await requestOf(lina, FIT_CHECK);
    for (const who of [maya.as, admin]) {
      expect((await call('GET', `/survey-requests/${id}`, who)).statusCode).toBe(404);
      expect((await call('POST', `/survey-requests/${id}/response`, who, { answers: [] })).statusCode).toBe(404);
    }
  });

  it('lets one of two simultaneous answers through; "not a good fit" alerts each active admin once', async () => {
    const id = await requestOf(maya, FIT_CHECK);
    const body = { answers: [{ questionId: fitCheck.questions[0]!.id, value: 2 }, { questionId: fitCheck.questions[1]!.id, value: false }] };
    const [a, b] = await Promise.all([call('POST', `/survey-requests/${id}/response`, maya.as, body), call('POST', `/survey-requests/${id}/response`, maya.as, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const won = a.statusCode === 201 ? a : b;
    expect(won.json().notAFit).toBe(true);
    expect((a.statusCode === 409 ? a : b).json().error.code).toBe('already_answered');
    expect(await t.database.db.selectFrom('survey_responses').select('id').where('request_id', '=', id).execute()).toHaveLength(1);

    expect(await mail.deliver()).toBe(2);
    for (const to of [program.admin.email, sam.email]) {
      const alert = await mail.to(to, 'Not a good fit: Lina and Maya');
      expect(alert.text).toContain('Maya (the mentor) answered in “How is it going? (after your first meeting)” that their partnership with Lina in “Global Engineering” is not a good fit.');
      expect(alert.text).toContain(`http://meridian.test/programs/${program.id}/report`);
    }
    expect(mail.count('paused-admin@example.org')).toBe(0);
    // The partner never learns what was answered.
    expect(mail.mailbox.messages.filter((m) => m.subject?.startsWith('Not a good fit')).length).toBe(2);
  });

  it('gives admins a summary and each response, newest first, filtered by side and dates, and as CSV', async () => {
    const url = `/programs/${program.id}/surveys/${everyKind.id}/responses`;
    const res = (await call('GET', url, admin)).json();
    expect(res.survey.answered).toBe(1);
    expect(res.responses).toEqual([
      {
        id: expect.any(String),
        submittedAt: '2026-11-24T10:00:00.000Z',
        side: 'mentee',
        respondentName: 'Lina',
        partnershipId,
        menteeName: 'Lina',
        mentorName: 'Maya',
        distanceClass: expect.any(String),
        occasion: 'first-meeting',
        answers: everyKind.questions.map((qq, i) => ({ questionId: qq.id, value: i === 3 ? null : valid()[i]!.value })),
      },
    ]);
    const [rating, recommend, yesNo, single, multiple, text] = res.summary;
    expect(rating).toMatchObject({ answered: 1, mean: 4 });
    expect(rating.counts.map((c: { value: string; count: number }) => `${c.value}:${c.count}`)).toEqual(['1:0', '2:0', '3:0', '4:1', '5:0']);
    expect(recommend).toMatchObject({ answered: 1, mean: 9 });
    expect(recommend.counts).toHaveLength(11);
    expect(yesNo).toMatchObject({ answered: 1, mean: null, counts: [{ value: 'yes', count: 1 }, { value: 'no', count: 0 }] });
    expect(single).toMatchObject({ answered: 0, counts: [{ value: 'Weekly', count: 0 }, { value: 'Monthly', count: 0 }] });
    expect(multiple.counts).toEqual([{ value: 'Agenda', count: 1 }, { value: 'Notes', count: 0 }, { value: 'Video', count: 1 }]);
    expect(text).toMatchObject({ answered: 1, mean: null, counts: [] });

    expect((await call('GET', `${url}?side=mentor`, admin)).json().responses).toEqual([]);
    expect((await call('GET', `${url}?from=2026-11-25`, admin)).json().responses).toEqual([]);
    expect((await call('GET', `${url}?from=2026-11-24&to=2026-11-24`, admin)).json().responses).toHaveLength(1);
    expect((await call('GET', `${url}?to=2026-11-23`, admin)).json().responses).toEqual([]);
    expect((await call('GET', `${url}?from=24-11-2026`, admin)).json().error.fields[0].path).toBe('from');

    const csv = await call('GET', `${url}.csv`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="everything-at-once-responses.csv"');
    expect(csv.body.trim().split('\n')).toEqual([
      'submitted_at,side,respondent,mentee,mentor,distance_class,occasion,How useful?,Recommend us?,A good fit?,How often?,What helps?,Anything else?',
      `2026-11-24T10:00:00.000Z,mentee,Lina,Lina,Maya,${res.responses[0].distanceClass},first-meeting,4,9,yes,,Agenda; Video,The time-zone overlap view helps.`,
    ]);
  });

  it('lets an admin offer the mentee a new match once after "not a good fit"', async () => {
    const [notAFit] = (await call('GET', `/programs/${program.id}/surveys/${fitCheck.id}/responses`, admin)).json().responses;
    const url = `/programs/${program.id}/fit-alerts/${notAFit.id}/rematch`;
    const res = await call('POST', url, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rematchOfferedAt: '2026-11-24T10:00:00.000Z' });
    expect(await mail.deliver()).toBe(1);
    const offer = await mail.to(lina.user.email, 'A new match in “Global Engineering”');
    expect(offer.text).toContain(`First end your partnership with Maya (a few words of why are enough): http://meridian.test/partnerships/${partnershipId}/ending`);
    expect(offer.text).toContain(`http://meridian.test/programs/${program.id}/mentors`);
    expect(mail.mailbox.messages.filter((m) => m.subject?.startsWith('A new match')).length).toBe(1);

    const again = await call('POST', url, admin);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_offered');
    // A good-fit answer, or one of another program, is no fit alert.
    const [goodFit] = (await call('GET', `/programs/${program.id}/surveys/${everyKind.id}/responses`, admin)).json().responses;
    expect((await call('POST', `/programs/${program.id}/fit-alerts/${goodFit.id}/rematch`, admin)).statusCode).toBe(404);
    const elsewhere = await createProgram(t.ctx, { admin: program.admin });
    expect((await call('POST', `/programs/${elsewhere.id}/fit-alerts/${notAFit.id}/rematch`, admin)).statusCode).toBe(404);
  });

  it('refuses an answer once the survey has closed (21 days after it was sent)', async () => {
    const id = await requestOf(lina, FIT_CHECK);
    t.clock.set('2026-12-15T09:00:00.000Z');
    const body = { answers: [{ questionId: fitCheck.questions[0]!.id, value: 5 }, { questionId: fitCheck.questions[1]!.id, value: true }] };
    const closed = await call('POST', `/survey-requests/${id}/response`, lina.as, body);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('survey_closed');
    expect((await call('GET', '/survey-requests', lina.as)).json().requests).toEqual([]);
    t.clock.set('2026-12-15T08:59:59.000Z');
    expect((await call('POST', `/survey-requests/${id}/response`, lina.as, body)).statusCode).toBe(201);
  });
});
