import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { TimeEntriesTable } from '../../db/schema';

export function listEntries(db: Executor, partnershipId: string) {
  return db.selectFrom('time_entries').selectAll().where('partnership_id', '=', partnershipId).orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').execute();
}
export type TimeEntryRow = Awaited<ReturnType<typeof listEntries>>[number];

export function findEntry(db: Executor, id: string) {
  return db.selectFrom('time_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEntry(db: Executor, row: Insertable<TimeEntriesTable>): Promise<void> {
  await db.insertInto('time_entries').values(row).execute();
}

export async function updateEntry(db: Executor, id: string, patch: Updateable<TimeEntriesTable>): Promise<void> {
  await db.updateTable('time_entries').set(patch).where('id', '=', id).execute();
}

export async function deleteEntry(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('time_entries').where('id', '=', id).execute();
}
