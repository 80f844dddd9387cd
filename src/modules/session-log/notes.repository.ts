import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PartnershipNotesTable } from '../../db/schema';

/**
 * The notes a reader may see: the pair's shared notes and the reader's own private ones. The
 * privacy rule is in the query, so no caller can forget it.
 */
export function listNotesFor(db: Executor, partnershipId: string, readerUserId: string, meetingId?: string) {
  let q = db
    .selectFrom('partnership_notes')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_user_id', '=', readerUserId)]));
  if (meetingId) q = q.where('meeting_id', '=', meetingId);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}
export type NoteRow = Awaited<ReturnType<typeof listNotesFor>>[number];

/** One note if the reader may see it (shared, or their own); undefined otherwise, as if it did not exist. */
export function findNoteFor(db: Executor, id: string, readerUserId: string) {
  return db
    .selectFrom('partnership_notes')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_user_id', '=', readerUserId)]))
    .executeTakeFirst();
}

export async function insertNote(db: Executor, row: Insertable<PartnershipNotesTable>): Promise<void> {
  await db.insertInto('partnership_notes').values(row).execute();
}

export async function updateNote(db: Executor, id: string, patch: Updateable<PartnershipNotesTable>): Promise<void> {
  await db.updateTable('partnership_notes').set(patch).where('id', '=', id).execute();
}

export async function deleteNote(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('partnership_notes').where('id', '=', id).execute();
}
