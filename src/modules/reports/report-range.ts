import { DateTime } from 'luxon';
import type { Executor } from '../../db/database';
import { AppError } from '../../server/errors';
import type { RangeBounds } from './report-pairs.repository';
import { findCycleOfProgram } from './report-people.repository';
import type { ReportQuery } from './report.schemas';

export interface ResolvedRange extends RangeBounds {
  cycleId: string | null;
  cycleName: string | null;
  /** A cycle's report covers the pairs that started within its dates (decision 0013). */
  startedInRange: boolean;
}

const dayAfter = (date: string): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;

function bounds(from: string, to: string): RangeBounds {
  return { from, to, fromAt: `${from}T00:00:00.000Z`, toBefore: `${dayAfter(to)}T00:00:00.000Z` };
}

/**
 * The report's dates, inclusive, in UTC: a cycle's enrolment opening to its closing, the dates
 * asked for, or the 12 months up to today.
 */
export async function resolveRange(db: Executor, programId: string, query: ReportQuery, now: Date): Promise<ResolvedRange> {
  if (query.cycleId && (query.from || query.to)) {
    throw AppError.field('validation_failed', 'cycleId', 'Choose a cycle or dates, not both.');
  }
  if (query.cycleId) {
    const cycle = await findCycleOfProgram(db, programId, query.cycleId);
    if (!cycle) throw AppError.notFound('Cycle');
    return { ...bounds(cycle.enrolment_opens_on, cycle.closes_on), cycleId: cycle.id, cycleName: cycle.name, startedInRange: true };
  }
  const today = DateTime.fromJSDate(now, { zone: 'utc' });
  const to = query.to ?? today.toISODate()!;
  const from = query.from ?? DateTime.fromISO(to, { zone: 'utc' }).minus({ months: 12 }).toISODate()!;
  if (from > to) throw AppError.field('validation_failed', 'to', 'The end date must not be before the start date.');
  return { ...bounds(from, to), cycleId: null, cycleName: null, startedInRange: false };
}
