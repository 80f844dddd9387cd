import type { Executor } from '../../db/database';
import type { DistanceClass, PairSide, PartnershipStatus, TimeEntryKind } from '../../db/schema';

// The program report's per-pair aggregates. Each query groups in the database per partnership (or
// per partnership and kind), so a program of 10,000 pairs and 500,000 meetings answers in a few
// thousand rows; the service keeps the pairs in scope and does the statistics (decision 0013).

/** Instants bounding the range: `fromAt` inclusive, `toBefore` exclusive (the day after `to`). */
export interface RangeBounds {
  from: string;
  to: string;
  fromAt: string;
  toBefore: string;
}

export interface PairScope {
  /** A cycle's report: pairs that started within the range. Otherwise pairs whose active span overlaps it. */
  startedInRange: boolean;
  distance?: DistanceClass | undefined;
}

const num = (v: unknown): number => Number(v ?? 0);

/**
 * The program's partnership ids, as a subquery: meetings and time entries are read through the
 * pair-first indexes, so each pair's rows come in one index range and group without a sort.
 */
const pairsOfProgram = (db: Executor, programId: string) => db.selectFrom('partnerships').select('id').where('program_id', '=', programId);

export interface ScopePairRow {
  id: string;
  distance_class: DistanceClass;
  status: PartnershipStatus;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  mentee_membership_id: string;
  mentor_membership_id: string;
}

/** The program's partnerships the report is about. */
export function listPairsInScope(db: Executor, programId: string, range: RangeBounds, scope: PairScope): Promise<ScopePairRow[]> {
  let q = db
    .selectFrom('partnerships')
    .select(['id', 'distance_class', 'status', 'started_at', 'ended_at', 'end_reason', 'mentee_membership_id', 'mentor_membership_id'])
    .where('program_id', '=', programId)
    .where('started_at', '<', range.toBefore);
  q = scope.startedInRange
    ? q.where('started_at', '>=', range.fromAt)
    : q.where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', range.fromAt)]));
  if (scope.distance) q = q.where('distance_class', '=', scope.distance);
  return q.execute();
}

/** Held meetings in the range and the minutes spent in them (preparation included; the planned length when not recorded). */
export async function sumHeldMeetingsPerPair(db: Executor, programId: string, range: RangeBounds) {
  const rows = await db
    .selectFrom('meetings')
    .select((eb) => [
      'partnership_id',
      eb.fn.countAll().as('meetings'),
      eb.fn.sum(eb.fn.coalesce('minutes_spent', 'duration_minutes')).as('minutes'),
    ])
    .where('partnership_id', 'in', pairsOfProgram(db, programId))
    .where('status', '=', 'held')
    .where('start_at', '>=', range.fromAt)
    .where('start_at', '<', range.toBefore)
    .groupBy('partnership_id')
    .execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, meetings: num(r.meetings), minutes: num(r.minutes) }));
}

/** Contact logged by hand in the range, per pair and kind; `side` keeps one side's entries. */
export async function sumLoggedTimePerPair(db: Executor, programId: string, range: RangeBounds, side: PairSide | undefined) {
  let q = db
    .selectFrom('time_entries')
    .select((eb) => ['partnership_id', 'kind', eb.fn.sum('minutes').as('minutes'), eb.fn.sum('preparation_minutes').as('preparation')])
    .where('partnership_id', 'in', pairsOfProgram(db, programId))
    .where('occurred_on', '>=', range.from)
    .where('occurred_on', '<=', range.to);
  if (side) q = q.where('author_side', '=', side);
  const rows = await q.groupBy(['partnership_id', 'kind']).execute();
  return rows.map((r) => ({
    partnershipId: r.partnership_id,
    kind: r.kind as TimeEntryKind,
    minutes: num(r.minutes),
    preparation: num(r.preparation),
  }));
}

/** Mean answer per pair and measure, for answers submitted in the range; `side` keeps one side's answers. */
export async function averageAnswersPerPair(db: Executor, programId: string, range: RangeBounds, side: PairSide | undefined) {
  let q = db
    .selectFrom('survey_responses as r')
    .innerJoin('survey_answers as a', 'a.response_id', 'r.id')
    .innerJoin('survey_questions as q', 'q.id', 'a.question_id')
    .select((eb) => ['r.partnership_id', 'q.measure', eb.fn.avg<number>('a.value_number').as('mean')])
    .where('r.program_id', '=', programId)
    .where('r.submitted_at', '>=', range.fromAt)
    .where('r.submitted_at', '<', range.toBefore)
    .where('q.measure', 'is not', null)
    .where('a.value_number', 'is not', null);
  if (side) q = q.where('r.side', '=', side);
  const rows = await q.groupBy(['r.partnership_id', 'q.measure']).execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, measure: r.measure!, mean: Number(r.mean) }));
}

/** Survey requests sent in the range and how many were answered, per pair. */
export async function countSurveyRequestsPerPair(db: Executor, programId: string, range: RangeBounds, side: PairSide | undefined) {
  let q = db
    .selectFrom('survey_requests')
    .select((eb) => ['partnership_id', eb.fn.countAll().as('sent'), eb.fn.count('answered_at').as('answered')])
    .where('program_id', '=', programId)
    .where('sent_at', '>=', range.fromAt)
    .where('sent_at', '<', range.toBefore);
  if (side) q = q.where('side', '=', side);
  const rows = await q.groupBy('partnership_id').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, sent: num(r.sent), answered: num(r.answered) }));
}

/** Fit checks answered in the range per pair: how many said good fit and how many did not. */
export async function countFitChecksPerPair(db: Executor, programId: string, range: RangeBounds, side: PairSide | undefined) {
  let q = db
    .selectFrom('survey_responses')
    .select((eb) => ['partnership_id', eb.fn.countAll().as('answered'), eb.fn.sum('good_fit').as('good')])
    .where('program_id', '=', programId)
    .where('submitted_at', '>=', range.fromAt)
    .where('submitted_at', '<', range.toBefore)
    .where('good_fit', 'is not', null);
  if (side) q = q.where('side', '=', side);
  const rows = await q.groupBy('partnership_id').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, answered: num(r.answered), good: num(r.good) }));
}
