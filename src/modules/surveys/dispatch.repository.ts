import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { SurveyRequestsTable, SurveyTrigger } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

/** Which partnerships a dispatch looks at: all, or one (right after its first meeting or its end). */
export interface DispatchScope {
  partnershipId?: string | undefined;
}

/** Each partnership paired with each active survey of its program that has this trigger, with both people. */
function pairsWithSurveys(db: Executor, trigger: SurveyTrigger, scope: DispatchScope) {
  const q = pairQuery(db)
    .innerJoin('surveys as s', 's.program_id', 'x.program_id')
    .select(['s.id as survey_id', 's.title', 's.audience', 's.every_weeks', 'x.id as partnership_id', 'x.program_id', 'x.started_at', ...pairPeopleColumns])
    .where('s.active', '=', 1)
    .where('s.trigger', '=', trigger);
  return scope.partnershipId ? q.where('x.id', '=', scope.partnershipId) : q;
}

/** Active partnerships whose first held meeting started in [sinceIso, nowIso]. */
export function listPairsFirstMetSince(db: Executor, o: { sinceIso: string; nowIso: string }, scope: DispatchScope) {
  return pairsWithSurveys(db, 'first-meeting', scope)
    .where('x.status', '=', 'active')
    .where((eb) => {
      const firstHeld = eb
        .selectFrom('meetings as mt')
        .select((m) => m.fn.min('mt.start_at').as('first_held'))
        .whereRef('mt.partnership_id', '=', 'x.id')
        .where('mt.status', '=', 'held');
      return eb.and([eb(firstHeld, '>=', o.sinceIso), eb(firstHeld, '<=', o.nowIso)]);
    })
    .execute();
}
export type SurveyPairRow = Awaited<ReturnType<typeof listPairsFirstMetSince>>[number];

/** Active partnerships that started at or before `startedBy` (each survey's own week count is applied by the caller). */
export function listActivePairsStartedBy(db: Executor, startedBy: string, scope: DispatchScope): Promise<SurveyPairRow[]> {
  return pairsWithSurveys(db, 'every-n-weeks', scope).where('x.status', '=', 'active').where('x.started_at', '<=', startedBy).execute();
}

/** Partnerships completed or ended in [sinceIso, nowIso]. */
export function listPairsEndedSince(db: Executor, o: { sinceIso: string; nowIso: string }, scope: DispatchScope): Promise<SurveyPairRow[]> {
  return pairsWithSurveys(db, 'partnership-end', scope)
    .where('x.status', 'in', ['completed', 'ended'])
    .where('x.ended_at', '>=', o.sinceIso)
    .where('x.ended_at', '<=', o.nowIso)
    .execute();
}

/** Cycles that closed on a date in [fromDate, toDate]. */
export function listCyclesClosedBetween(db: Executor, fromDate: string, toDate: string) {
  return db.selectFrom('cycles').select(['id', 'program_id', 'enrolment_opens_on', 'closes_on']).where('closes_on', '>=', fromDate).where('closes_on', '<=', toDate).execute();
}

/** A program's partnerships (any status) that started in [fromIso, beforeIso). */
export function listPairsStartedWithin(db: Executor, programId: string, o: { fromIso: string; beforeIso: string }, scope: DispatchScope): Promise<SurveyPairRow[]> {
  return pairsWithSurveys(db, 'cycle-end', scope)
    .where('x.program_id', '=', programId)
    .where('x.started_at', '>=', o.fromIso)
    .where('x.started_at', '<', o.beforeIso)
    .execute();
}

/** The key of a request: survey, partnership, person, occasion (the unique survey_requests_once). */
export const requestKey = (r: { survey_id: string; partnership_id: string; user_id: string; occasion: string }) =>
  `${r.survey_id}|${r.partnership_id}|${r.user_id}|${r.occasion}`;

/** The keys of the requests already made about these partnerships: lets dispatch skip them without writing. */
export async function findRequestKeys(db: Executor, partnershipIds: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let i = 0; i < partnershipIds.length; i += 500) {
    const rows = await db
      .selectFrom('survey_requests')
      .select(['survey_id', 'partnership_id', 'user_id', 'occasion'])
      .where('partnership_id', 'in', partnershipIds.slice(i, i + 500))
      .execute();
    for (const r of rows) keys.add(requestKey(r));
  }
  return keys;
}

/**
 * Inserts the request unless it exists (the unique key decides races on both dialects: on
 * PostgreSQL a second inserter waits for the first transaction, then does nothing). True when
 * this caller inserted it, so the email goes out once.
 */
export async function insertRequestIfNew(db: Executor, row: Insertable<SurveyRequestsTable>): Promise<boolean> {
  const r = await db
    .insertInto('survey_requests')
    .values(row)
    .onConflict((oc) => oc.columns(['survey_id', 'partnership_id', 'user_id', 'occasion']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}
