import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { SurveyQuestionsTable, SurveysTable } from '../../db/schema';

export async function insertSurvey(db: Executor, survey: Insertable<SurveysTable>, questions: Insertable<SurveyQuestionsTable>[]): Promise<void> {
  await db.insertInto('surveys').values(survey).execute();
  if (questions.length > 0) await db.insertInto('survey_questions').values(questions).execute();
}

/** A program's surveys with how many people were asked and how many answered: oldest first, those made together in the order of a partnership's life. */
export function listSurveysOfProgram(db: Executor, programId: string) {
  return surveysWithCounts(db)
    .where('s.program_id', '=', programId)
    .orderBy('s.created_at')
    .orderBy((eb) => eb.case('s.trigger').when('first-meeting').then(0).when('every-n-weeks').then(1).when('partnership-end').then(2).else(3).end())
    .orderBy('s.id')
    .execute();
}

export function findSurveyOfProgram(db: Executor, programId: string, surveyId: string) {
  return surveysWithCounts(db).where('s.program_id', '=', programId).where('s.id', '=', surveyId).executeTakeFirst();
}
export type SurveyRow = NonNullable<Awaited<ReturnType<typeof findSurveyOfProgram>>>;

function surveysWithCounts(db: Executor) {
  return db
    .selectFrom('surveys as s')
    .selectAll('s')
    .select((eb) => [
      eb.selectFrom('survey_requests as r').select(eb.fn.countAll<string | number>().as('n')).whereRef('r.survey_id', '=', 's.id').as('sent'),
      eb.selectFrom('survey_responses as o').select(eb.fn.countAll<string | number>().as('n')).whereRef('o.survey_id', '=', 's.id').as('answered'),
    ]);
}

/** The questions of these surveys, in order. */
export function listQuestions(db: Executor, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('survey_questions').selectAll().where('survey_id', 'in', surveyIds).orderBy('survey_id').orderBy('position').execute();
}
export type QuestionRow = Awaited<ReturnType<typeof listQuestions>>[number];

export async function countResponsesOfSurvey(db: Executor, surveyId: string): Promise<number> {
  const row = await db.selectFrom('survey_responses').select((eb) => eb.fn.countAll<string | number>().as('n')).where('survey_id', '=', surveyId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Takes the survey row's write lock until the transaction ends, so an edit of its questions and
 * its first response cannot interleave (a no-op update locks the row on PostgreSQL; SQLite
 * serialises writers anyway).
 */
export async function lockSurvey(db: Executor, surveyId: string): Promise<void> {
  await db.updateTable('surveys').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', surveyId).execute();
}

export async function updateSurvey(db: Executor, surveyId: string, changes: Updateable<SurveysTable>): Promise<void> {
  await db.updateTable('surveys').set(changes).where('id', '=', surveyId).execute();
}

/** Makes the survey's questions exactly `questions`: existing ids updated, new ones inserted, the rest removed. */
export async function replaceQuestions(db: Executor, surveyId: string, questions: Insertable<SurveyQuestionsTable>[], existingIds: ReadonlySet<string>): Promise<void> {
  const keep = questions.filter((q) => existingIds.has(q.id)).map((q) => q.id);
  let removal = db.deleteFrom('survey_questions').where('survey_id', '=', surveyId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  for (const q of questions) {
    if (existingIds.has(q.id)) {
      const { id, survey_id: _survey, ...changes } = q;
      await db.updateTable('survey_questions').set(changes).where('id', '=', id).where('survey_id', '=', surveyId).execute();
    } else {
      await db.insertInto('survey_questions').values(q).execute();
    }
  }
}

export async function deleteSurvey(db: Executor, surveyId: string): Promise<void> {
  await db.deleteFrom('surveys').where('id', '=', surveyId).execute();
}
