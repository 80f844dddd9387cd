import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { SurveyQuestionsTable, SurveysTable } from '../../db/schema';

export async function insertSurvey(db: Executor, survey: Insertable<SurveysTable>, questions: Insertable<SurveyQuestionsTable>[]): Promise<void> {
  await db.insertInto('surveys').values(survey).execute();
  if (questions.length > 0) await db.insertInto('survey_questions').values(questions).execute();
}
