import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MatchingRunPairsTable, MatchingRunUnmatchedTable, MatchingRunsTable } from '../../db/schema';

export type RunRow = Selectable<MatchingRunsTable>;

export async function insertRun(db: Executor, row: Insertable<MatchingRunsTable>): Promise<void> {
  await db.insertInto('matching_runs').values(row).execute();
}

export function findRun(db: Executor, id: string): Promise<RunRow | undefined> {
  return db.selectFrom('matching_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listRuns(db: Executor, programId: string): Promise<RunRow[]> {
  return db.selectFrom('matching_runs').selectAll().where('program_id', '=', programId).orderBy('created_at', 'desc').limit(50).execute();
}

export async function reportProgress(db: Executor, id: string, stage: string, progress: number, at: string): Promise<void> {
  await db
    .updateTable('matching_runs')
    .set({ stage, progress, heartbeat_at: at })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishRun(
  db: Executor,
  id: string,
  result: { total: number; matched: number; proof: string; at: string },
): Promise<void> {
  await db
    .updateTable('matching_runs')
    .set({ status: 'draft', stage: 'done', progress: 1, total_score: result.total, matched: result.matched, proof: result.proof, finished_at: result.at, heartbeat_at: result.at })
    .where('id', '=', id)
    .execute();
}

export async function failRun(db: Executor, id: string, error: string, at: string): Promise<void> {
  await db
    .updateTable('matching_runs')
    .set({ status: 'failed', stage: 'failed', error: error.slice(0, 500), finished_at: at })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Flips the run's status only from the expected one; returns whether this call won. */
export async function transitionRun(db: Executor, id: string, from: RunRow['status'], to: RunRow['status'], at: string): Promise<boolean> {
  const result = await db
    .updateTable('matching_runs')
    .set({ status: to, ...(to === 'published' ? { published_at: at } : {}) })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function discardOtherDrafts(db: Executor, programId: string, keepId: string): Promise<void> {
  await db
    .updateTable('matching_runs')
    .set({ status: 'discarded' })
    .where('program_id', '=', programId)
    .where('status', '=', 'draft')
    .where('id', '!=', keepId)
    .execute();
}

export async function insertPairs(db: Executor, rows: Insertable<MatchingRunPairsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('matching_run_pairs').values(rows.slice(i, i + 200)).execute();
}

export async function insertUnmatched(db: Executor, rows: Insertable<MatchingRunUnmatchedTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('matching_run_unmatched').values(rows.slice(i, i + 200)).execute();
}

export function listPairs(db: Executor, runId: string) {
  return db
    .selectFrom('matching_run_pairs as p')
    .innerJoin('memberships as em', 'em.id', 'p.mentee_membership_id')
    .innerJoin('users as eu', 'eu.id', 'em.user_id')
    .innerJoin('memberships as mm', 'mm.id', 'p.mentor_membership_id')
    .innerJoin('users as mu', 'mu.id', 'mm.user_id')
    .select([
      'p.mentee_membership_id',
      'p.mentor_membership_id',
      'p.score',
      'p.details',
      'p.pinned',
      'eu.id as mentee_user_id',
      'eu.name as mentee_name',
      'eu.email as mentee_email',
      'eu.locale as mentee_locale',
      'eu.time_zone as mentee_time_zone',
      'mu.id as mentor_user_id',
      'mu.name as mentor_name',
      'mu.email as mentor_email',
      'mu.locale as mentor_locale',
      'mu.time_zone as mentor_time_zone',
    ])
    .where('p.run_id', '=', runId)
    .orderBy('p.score', 'desc')
    .orderBy('eu.name')
    .execute();
}
export type RunPairRow = Awaited<ReturnType<typeof listPairs>>[number];

export function listUnmatched(db: Executor, runId: string) {
  return db
    .selectFrom('matching_run_unmatched as u')
    .innerJoin('memberships as m', 'm.id', 'u.membership_id')
    .innerJoin('users', 'users.id', 'm.user_id')
    .select(['u.membership_id', 'u.role', 'u.reason', 'users.name', 'users.time_zone'])
    .where('u.run_id', '=', runId)
    .orderBy('u.role', 'desc')
    .orderBy('users.name')
    .execute();
}

export function listConstraints(db: Executor, programId: string) {
  return db
    .selectFrom('matching_constraints as c')
    .innerJoin('memberships as em', 'em.id', 'c.mentee_membership_id')
    .innerJoin('users as eu', 'eu.id', 'em.user_id')
    .innerJoin('memberships as mm', 'mm.id', 'c.mentor_membership_id')
    .innerJoin('users as mu', 'mu.id', 'mm.user_id')
    .select(['c.mentee_membership_id', 'c.mentor_membership_id', 'c.kind', 'c.created_at', 'eu.name as mentee_name', 'mu.name as mentor_name'])
    .where('c.program_id', '=', programId)
    .orderBy('c.created_at')
    .execute();
}

export async function setConstraint(
  db: Executor,
  row: { program_id: string; mentee_membership_id: string; mentor_membership_id: string; kind: 'pin' | 'forbid'; created_by: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('matching_constraints')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['program_id', 'mentee_membership_id', 'mentor_membership_id']).doUpdateSet({ kind: row.kind, created_by: row.created_by, created_at: row.created_at }),
    )
    .execute();
}

/** A mentee can be pinned to one mentor at a time: pinning again moves the pin. */
export async function clearPinsOfMentee(db: Executor, programId: string, menteeId: string): Promise<void> {
  await db
    .deleteFrom('matching_constraints')
    .where('program_id', '=', programId)
    .where('mentee_membership_id', '=', menteeId)
    .where('kind', '=', 'pin')
    .execute();
}

export async function deleteConstraint(db: Executor, programId: string, menteeId: string, mentorId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('matching_constraints')
    .where('program_id', '=', programId)
    .where('mentee_membership_id', '=', menteeId)
    .where('mentor_membership_id', '=', mentorId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
