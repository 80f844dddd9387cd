import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CyclesTable } from '../../db/schema';

export type CycleRow = Selectable<CyclesTable>;

export async function insertCycle(db: Executor, row: Insertable<CyclesTable>): Promise<void> {
  await db.insertInto('cycles').values(row).execute();
}

export function findCycleById(db: Executor, id: string): Promise<CycleRow | undefined> {
  return db.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateCycle(db: Executor, id: string, patch: Updateable<CyclesTable>): Promise<void> {
  await db.updateTable('cycles').set(patch).where('id', '=', id).execute();
}

export async function deleteCycle(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('cycles').where('id', '=', id).execute();
}

/** Cycles of the given programs, in the order their enrolment opens. */
export function listCyclesOfPrograms(db: Executor, programIds: string[]): Promise<CycleRow[]> {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('program_id', 'in', programIds)
    .orderBy('enrolment_opens_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
