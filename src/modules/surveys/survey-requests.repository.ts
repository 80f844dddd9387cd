import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { SurveyAnswersTable, SurveyResponsesTable } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

/** Survey requests with their survey's wording and both people of the pair. */
function requestsWithPair(db: Executor) {
  return pairQuery(db)
    .innerJoin('survey_requests as r', 'r.partnership_id', 'x.id')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .selectAll('r')
    .select(['s.title', 's.intro', ...pairPeopleColumns]);
}

/** One person's request (anyone else's reads as missing). */
export function findRequestOf(db: Executor, requestId: string, userId: string) {
  return requestsWithPair(db).where('r.id', '=', requestId).where('r.user_id', '=', userId).executeTakeFirst();
}
export type SurveyRequestRow = NonNullable<Awaited<ReturnType<typeof findRequestOf>>>;

/** Someone's requests not yet answered and still open, oldest first. */
export function listOpenRequestsOf(db: Executor, userId: string, nowIso: string) {
  return requestsWithPair(db)
    .where('r.user_id', '=', userId)
    .where('r.answered_at', 'is', null)
    .where('r.closes_at', '>', nowIso)
    .orderBy('r.sent_at')
    .orderBy('r.id')
    .execute();
}

/** Inserts the response; the unique request_id makes a second answer to the same request fail. */
export async function insertResponse(db: Executor, row: Insertable<SurveyResponsesTable>, answers: Insertable<SurveyAnswersTable>[]): Promise<void> {
  await db.insertInto('survey_responses').values(row).execute();
  if (answers.length > 0) await db.insertInto('survey_answers').values(answers).execute();
}

/** Marks the request answered; false when it already was. */
export async function markAnswered(db: Executor, requestId: string, atIso: string): Promise<boolean> {
  const r = await db.updateTable('survey_requests').set({ answered_at: atIso }).where('id', '=', requestId).where('answered_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Open requests of active surveys due their reminder number `sent + 1`: asked by `sentBefore`,
 * not reminded since `remindedBefore`, the person still an active member. One page, oldest first.
 */
export function listRequestsDueReminder(db: Executor, o: { sent: number; nowIso: string; sentBefore: string; remindedBefore: string }, limit: number) {
  return requestsWithPair(db)
    .where('s.active', '=', 1)
    .where('r.answered_at', 'is', null)
    .where('r.closes_at', '>', o.nowIso)
    .where('r.reminders_sent', '=', o.sent)
    .where('r.sent_at', '<=', o.sentBefore)
    .where((eb) => eb.or([eb('r.last_reminded_at', 'is', null), eb('r.last_reminded_at', '<=', o.remindedBefore)]))
    .where((eb) =>
      eb.or([eb.and([eb('r.side', '=', 'mentee'), eb('em.status', '=', 'active')]), eb.and([eb('r.side', '=', 'mentor'), eb('om.status', '=', 'active')])]),
    )
    .orderBy('r.sent_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

/** Claims reminder number `sent + 1` of a request: true for the one caller (of any instance) that moved the count. */
export async function claimReminder(db: Executor, requestId: string, sent: number, atIso: string): Promise<boolean> {
  const r = await db
    .updateTable('survey_requests')
    .set({ reminders_sent: sent + 1, last_reminded_at: atIso })
    .where('id', '=', requestId)
    .where('reminders_sent', '=', sent)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
