import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';
import { FIT_CHECK, pairAfterFirstMeeting, surveyBody } from './test-helpers';

describe.each(dialects)('survey definitions on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let admin: SignedIn;
  let lina: Person;
  let maya: Person;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    lina = await person(t, program, 'mentee', { name: 'Lina' });
    maya = await person(t, program, 'mentor', { name: 'Maya', profile: { mentor: mentorBlock(2) } });
  });
  afterAll(() => t.close());

  const base = () => `/programs/${program.id}/surveys`;
  const surveyCount = async () => (await t.database.db.selectFrom('surveys').select('id').execute()).length;

  it('starts every new program with the default set: four surveys whose measured questions feed the report', async () => {
    const res = await call('GET', base(), admin);
    expect(res.statusCode).toBe(200);
    const surveys = res.json().surveys as { trigger: string; everyWeeks: number | null; active: boolean; sent: number; questions: { kind: string; measure: string | null }[] }[];
    expect(surveys.map((s) => [s.trigger, s.everyWeeks, s.active, s.sent])).toEqual([
      ['first-meeting', null, true, 0],
      ['every-n-weeks', 4, true, 0],
      ['partnership-end', null, true, 0],
      ['cycle-end', null, true, 0],
    ]);
    const measures = surveys.map((s) => s.questions.filter((q) => q.measure).map((q) => `${q.measure}:${q.kind}`));
    expect(measures).toEqual([
      ['satisfaction:rating', 'fit:yes-no'],
      ['satisfaction:rating'],
      ['satisfaction:rating', 'recommend:recommend'],
      ['satisfaction:rating', 'recommend:recommend'],
    ]);
  });

  it('creates, reads, replaces (keeping question ids) and deletes a survey', async () => {
    const created = await call('POST', base(), admin, surveyBody());
    expect(created.statusCode).toBe(201);
    const survey = created.json().survey;
    expect(survey).toMatchObject({
      programId: program.id,
      title: 'Mid-point check',
      trigger: 'first-meeting',
      audience: 'both',
      active: true,
      sent: 0,
      answered: 0,
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    expect(survey.questions.map((q: { kind: string; required: boolean; options: string[] }) => [q.kind, q.required, q.options.length])).toEqual([
      ['rating', true, 0],
      ['single', false, 3],
      ['text', false, 0],
    ]);
    expect((await call('GET', `${base()}/${survey.id}`, admin)).json().survey).toEqual(survey);
    expect((await call('GET', base(), admin)).json().surveys).toHaveLength(5);

    const [rating, , text] = survey.questions;
    const replaced = await call('PUT', `${base()}/${survey.id}`, admin, surveyBody({
      title: 'Every six weeks',
      trigger: 'every-n-weeks',
      everyWeeks: 6,
      audience: 'mentee',
      questions: [
        { ...text, prompt: 'What should change?' },
        { id: rating.id, kind: 'rating', prompt: 'How useful are your meetings?', measure: 'satisfaction' },
        { kind: 'yes-no', prompt: 'Is it a good fit?', measure: 'fit' },
      ],
    }));
    expect(replaced.statusCode).toBe(200);
    const after = replaced.json().survey;
    expect(after).toMatchObject({ title: 'Every six weeks', trigger: 'every-n-weeks', everyWeeks: 6, audience: 'mentee' });
    expect(after.questions.map((q: { id: string; prompt: string }) => [q.id === text.id || q.id === rating.id ? q.id : 'new', q.prompt])).toEqual([
      [text.id, 'What should change?'],
      [rating.id, 'How useful are your meetings?'],
      ['new', 'Is it a good fit?'],
    ]);
    expect(await t.database.db.selectFrom('survey_questions').select('id').where('survey_id', '=', survey.id).execute()).toHaveLength(3);

    expect((await call('DELETE', `${base()}/${survey.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `${base()}/${survey.id}`, admin)).statusCode).toBe(404);
    expect(await t.database.db.selectFrom('survey_questions').select('id').where('survey_id', '=', survey.id).execute()).toHaveLength(0);
  });

  const q = (o: object) => ({ kind: 'text', prompt: 'Anything?', ...o });
  const invalid: [string, Record<string, unknown>, string][] = [
    ['a choice with one option', { questions: [q({ kind: 'single', options: ['Only'] })] }, 'questions.0.options'],
    ['a choice with an option twice', { questions: [q({ kind: 'multiple', options: ['Yes', 'No', 'yes'] })] }, 'questions.0.options'],
    ['options on a rating', { questions: [q({ kind: 'rating', options: ['1', '2'] })] }, 'questions.0.options'],
    ['satisfaction on a yes-no', { questions: [q({ kind: 'yes-no', measure: 'satisfaction' })] }, 'questions.0.measure'],
    ['fit on a rating', { questions: [q({ kind: 'rating', measure: 'fit' })] }, 'questions.0.measure'],
    ['recommend on a rating', { questions: [q({ kind: 'rating', measure: 'recommend' })] }, 'questions.0.measure'],
    ['two questions measuring satisfaction', { questions: [q({ kind: 'rating', measure: 'satisfaction' }), q({ kind: 'rating', measure: 'satisfaction' })] }, 'questions.1.measure'],
    ['every few weeks without the weeks', { trigger: 'every-n-weeks', everyWeeks: null }, 'everyWeeks'],
    ['weeks on another trigger', { trigger: 'partnership-end', everyWeeks: 4 }, 'everyWeeks'],
    ['no questions', { questions: [] }, 'questions'],
    ['an unknown kind', { questions: [q({ kind: 'slider' })] }, 'questions.0.kind'],
  ];

  it.each(invalid)('refuses %s with the field, creating nothing', async (_name, change, path) => {
    const before = await surveyCount();
    const res = await call('POST', base(), admin, surveyBody(change));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
    expect(await surveyCount()).toBe(before);
  });

  it('refuses an edit naming a question of another survey, or the same question twice', async () => {
    const mine = (await call('POST', base(), admin, surveyBody())).json().survey;
    const other = (await call('GET', base(), admin)).json().surveys.find((s: { title: string }) => s.title === FIT_CHECK);
    const foreign = await call('PUT', `${base()}/${mine.id}`, admin, surveyBody({ questions: [{ ...other.questions[0] }] }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([{ path: 'questions.0.id', message: 'This question is not in the survey.' }]);
    const twice = await call('PUT', `${base()}/${mine.id}`, admin, surveyBody({ questions: [mine.questions[2], mine.questions[2]] }));
    expect(twice.json().error.fields).toEqual([{ path: 'questions.1.id', message: 'This question is listed twice.' }]);
    expect((await call('GET', `${base()}/${mine.id}`, admin)).json().survey).toEqual(mine);
    expect((await call('PUT', `${base()}/${crypto.randomUUID()}`, admin, surveyBody())).statusCode).toBe(404);
  });

  it('locks the questions once answered (409 survey_has_answers), still lets the rest change, and refuses deletion', async () => {
    const { requestOf } = await pairAfterFirstMeeting(t, program, lina, maya);
    const fitCheck = (await call('GET', base(), admin)).json().surveys.find((s: { title: string }) => s.title === FIT_CHECK);
    expect(fitCheck).toMatchObject({ sent: 2, answered: 0 });
    const [useful, fit] = fitCheck.questions;
    const answered = await call('POST', `/survey-requests/${await requestOf(lina, FIT_CHECK)}/response`, lina.as, {
      answers: [{ questionId: useful.id, value: 4 }, { questionId: fit.id, value: true }],
    });
    expect(answered.statusCode).toBe(201);

    const url = `${base()}/${fitCheck.id}`;
    const same = { title: fitCheck.title, intro: fitCheck.intro, trigger: fitCheck.trigger, everyWeeks: null, audience: fitCheck.audience, active: true, questions: fitCheck.questions };
    const changes = [
      { ...same, questions: [{ ...useful, prompt: 'How was it?' }, ...fitCheck.questions.slice(1)] },
      { ...same, questions: fitCheck.questions.slice(0, 2) },
      { ...same, questions: [...fitCheck.questions, { kind: 'text', prompt: 'One more?', required: false }] },
      { ...same, questions: [fit, useful, fitCheck.questions[2]] },
    ];
    for (const body of changes) {
      const res = await call('PUT', url, admin, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('survey_has_answers');
    }
    const off = await call('PUT', url, admin, { ...same, title: 'First meeting check', audience: 'mentee', active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().survey).toMatchObject({ title: 'First meeting check', audience: 'mentee', active: false, sent: 2, answered: 1, questions: fitCheck.questions });

    const del = await call('DELETE', url, admin);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('survey_has_answers');
    expect((await call('GET', url, admin)).statusCode).toBe(200);
  });
});
