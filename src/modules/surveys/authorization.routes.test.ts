import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMatrixCast, documentedRoutes, tryEveryone, type MatrixCase, type SignedInWho } from '../../../test/authorization-matrix';
import { caller } from '../partnerships/test-helpers';
import { FIT_CHECK, pairAfterFirstMeeting, surveyBody } from './test-helpers';

interface Ids {
  programId: string;
  surveyId: string;
  requestId: string;
  responseId: string;
}

/** Admin routes: signed-out 401, not in the program 404, in it without admin rights 403. */
const members = { anonymous: 401, outsider: 404, otherAdmin: 404, otherMentee: 403, otherMentor: 403, mentee: 403, mentor: 403 } as const;
/** A survey request is its person's only: everyone else, the partner and the admins included, is told it does not exist. */
const notMine = { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 404, otherMentee: 404, otherMentor: 404, mentor: 404 } as const;

const survey = (i: Ids) => `/programs/${i.programId}/surveys/${i.surveyId}`;
const cases: MatrixCase<Ids>[] = [
  { route: 'GET /programs/{programId}/surveys', url: (i) => `/programs/${i.programId}/surveys`, expected: { ...members, admin: 200 } },
  { route: 'POST /programs/{programId}/surveys', url: (i) => `/programs/${i.programId}/surveys`, payload: surveyBody(), expected: members },
  { route: 'GET /programs/{programId}/surveys/{surveyId}', url: survey, expected: { ...members, admin: 200 } },
  { route: 'PUT /programs/{programId}/surveys/{surveyId}', url: survey, payload: surveyBody({ title: 'Taken over' }), expected: members },
  { route: 'DELETE /programs/{programId}/surveys/{surveyId}', url: survey, expected: members },
  { route: 'GET /programs/{programId}/surveys/{surveyId}/responses', url: (i) => `${survey(i)}/responses`, expected: { ...members, admin: 200 } },
  { route: 'GET /programs/{programId}/surveys/{surveyId}/responses.csv', url: (i) => `${survey(i)}/responses.csv`, expected: { ...members, admin: 200 } },
  { route: 'POST /programs/{programId}/fit-alerts/{responseId}/rematch', url: (i) => `/programs/${i.programId}/fit-alerts/${i.responseId}/rematch`, expected: members },
  { route: 'GET /survey-requests', url: () => '/survey-requests', expected: { anonymous: 401, outsider: 200, otherAdmin: 200, admin: 200, otherMentee: 200, otherMentor: 200, mentee: 200, mentor: 200 } },
  { route: 'GET /survey-requests/{requestId}', url: (i) => `/survey-requests/${i.requestId}`, expected: { ...notMine, mentee: 200 } },
  { route: 'POST /survey-requests/{requestId}/response', url: (i) => `/survey-requests/${i.requestId}/response`, payload: { answers: [] }, expected: notMine },
];

describe.each(dialects)('survey authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let who: SignedInWho;
  let ids: Ids;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    const { program, mentee, mentor, otherMentee, otherMentor, who: everyone } = await createMatrixCast(t);
    who = everyone;
    // Both pairs were asked; the mentee's partner answered "not a good fit".
    const ours = await pairAfterFirstMeeting(t, program, mentee, mentor);
    await pairAfterFirstMeeting(t, program, otherMentee, otherMentor);
    const fitCheck = (await call('GET', `/programs/${program.id}/surveys`, who.admin)).json().surveys.find((s: { title: string }) => s.title === FIT_CHECK);
    const answered = await call('POST', `/survey-requests/${await ours.requestOf(mentor, FIT_CHECK)}/response`, mentor.as, {
      answers: [{ questionId: fitCheck.questions[0].id, value: 2 }, { questionId: fitCheck.questions[1].id, value: false }],
    });
    expect(answered.json()).toMatchObject({ notAFit: true });
    ids = { programId: program.id, surveyId: fitCheck.id, requestId: await ours.requestOf(mentee, FIT_CHECK), responseId: answered.json().responseId };
  });
  afterAll(() => t.close());

  /** Everything a refused request could have changed. */
  async function snapshot() {
    const db = t.database.db;
    return {
      surveys: await db.selectFrom('surveys').selectAll().orderBy('id').execute(),
      questions: await db.selectFrom('survey_questions').selectAll().orderBy('id').execute(),
      requests: await db.selectFrom('survey_requests').selectAll().orderBy('id').execute(),
      responses: await db.selectFrom('survey_responses').selectAll().orderBy('id').execute(),
      answers: await db.selectFrom('survey_answers').selectAll().orderBy('response_id').orderBy('question_id').execute(),
      mail: await countByStatus(db),
    };
  }

  it('covers every survey route', async () => {
    const documented = await documentedRoutes(t.app, /^\/api\/v1\/(programs\/\{programId\}\/(surveys|fit-alerts)|survey-requests)/);
    expect(cases.map((c) => c.route).sort()).toEqual(documented);
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    await tryEveryone(call, who, c, ids);
    expect(await snapshot()).toEqual(before);
  });

  it('shows each person only their own open surveys', async () => {
    for (const p of ['outsider', 'otherAdmin', 'admin'] as const) expect((await call('GET', '/survey-requests', who[p])).json(), p).toEqual({ requests: [] });
    const mine = (await call('GET', '/survey-requests', who.mentee)).json().requests.map((r: { id: string }) => r.id);
    expect(mine).toContain(ids.requestId);
    expect((await call('GET', '/survey-requests', who.otherMentee)).json().requests.map((r: { id: string }) => r.id)).not.toContain(ids.requestId);
  });
});
