import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

export interface ResponseFilter {
  side?: PairSide | undefined;
  /** Submitted at or after (ISO instant). */
  fromIso?: string | undefined;
  /** Submitted before (ISO instant). */
  beforeIso?: string | undefined;
}

/** A survey's responses with who answered and the pair, newest first. */
export function listResponsesOfSurvey(db: Executor, surveyId: string, f: ResponseFilter) {
  let q = pairQuery(db)
    .innerJoin('survey_responses as o', 'o.partnership_id', 'x.id')
    .innerJoin('survey_requests as r', 'r.id', 'o.request_id')
    .innerJoin('users as ru', 'ru.id', 'r.user_id')
    .select(['o.id', 'o.submitted_at', 'o.side', 'o.partnership_id', 'r.occasion', 'ru.name as respondent_name', 'eu.name as mentee_name', 'ou.name as mentor_name', 'x.distance_class'])
    .where('o.survey_id', '=', surveyId);
  if (f.side) q = q.where('o.side', '=', f.side);
  if (f.fromIso) q = q.where('o.submitted_at', '>=', f.fromIso);
  if (f.beforeIso) q = q.where('o.submitted_at', '<', f.beforeIso);
  return q.orderBy('o.submitted_at', 'desc').orderBy('o.id', 'desc').execute();
}
export type ResponseRow = Awaited<ReturnType<typeof listResponsesOfSurvey>>[number];

/** The answers of these responses. */
export async function listAnswersOf(db: Executor, responseIds: readonly string[]) {
  const rows = [];
  // Bounded IN lists, well under any parameter limit.
  for (let i = 0; i < responseIds.length; i += 500) {
    rows.push(...(await db.selectFrom('survey_answers').selectAll().where('response_id', 'in', responseIds.slice(i, i + 500)).execute()));
  }
  return rows;
}
export type AnswerRow = Awaited<ReturnType<typeof listAnswersOf>>[number];

/** A "not a good fit" response in the program, with the pair, or undefined. */
export function findFitAlert(db: Executor, programId: string, responseId: string) {
  return pairQuery(db)
    .innerJoin('survey_responses as o', 'o.partnership_id', 'x.id')
    .select(['o.id', 'o.rematch_offered_at', 'x.id as partnership_id', 'x.program_id', ...pairPeopleColumns])
    .where('o.id', '=', responseId)
    .where('o.program_id', '=', programId)
    .where('o.good_fit', '=', 0)
    .executeTakeFirst();
}

/** Records the offer of a new match; false when one was already offered (two admins at once: one wins). */
export async function markRematchOffered(db: Executor, responseId: string, atIso: string): Promise<boolean> {
  const r = await db
    .updateTable('survey_responses')
    .set({ rematch_offered_at: atIso })
    .where('id', '=', responseId)
    .where('rematch_offered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
