import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { FilesTable } from '../../db/schema';

export async function insertFile(db: Executor, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

/** A file that has not been deleted, with the program of its partnership (for admins' access). */
export function findLiveFile(db: Executor, id: string) {
  return db
    .selectFrom('files as f')
    .innerJoin('partnerships as x', 'x.id', 'f.partnership_id')
    .selectAll('f')
    .select('x.program_id')
    .where('f.id', '=', id)
    .where('f.deleted_at', 'is', null)
    .executeTakeFirst();
}
export type FileRow = NonNullable<Awaited<ReturnType<typeof findLiveFile>>>;

/** The pair's shared files, newest first: uploaded to share, or attached to a message already. */
export function listSharedFilesOfPartnership(db: Executor, partnershipId: string) {
  return db
    .selectFrom('files as f')
    .innerJoin('partnerships as x', 'x.id', 'f.partnership_id')
    .selectAll('f')
    .select('x.program_id')
    .where('f.partnership_id', '=', partnershipId)
    .where('f.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('f.attachment', '=', 0), eb('f.message_id', 'is not', null)]))
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id')
    .execute();
}

/** Files the pairs of a program have shared with its admins, newest first. */
export function listFilesSharedWithProgram(db: Executor, programId: string) {
  return db
    .selectFrom('files as f')
    .innerJoin('partnerships as x', 'x.id', 'f.partnership_id')
    .selectAll('f')
    .select('x.program_id')
    .where('x.program_id', '=', programId)
    .where('f.shared_with_program', '=', 1)
    .where('f.deleted_at', 'is', null)
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id')
    .execute();
}

export async function setSharedWithProgram(db: Executor, id: string, shared: boolean): Promise<void> {
  await db.updateTable('files').set({ shared_with_program: shared ? 1 : 0 }).where('id', '=', id).execute();
}

/** Marks a file deleted; false when it already was (two deletes at once). */
export async function markDeleted(db: Executor, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('files').set({ deleted_at: at }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// ---- Attachments ----------------------------------------------------------------------------

export function findFilesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('files')
    .select(['id', 'partnership_id', 'uploader_user_id', 'message_id', 'deleted_at'])
    .where('id', 'in', ids)
    .execute();
}

/** Links files to a message, only those still unattached; returns how many were linked. */
export async function linkToMessage(db: Executor, ids: string[], messageId: string): Promise<number> {
  const r = await db
    .updateTable('files')
    .set({ message_id: messageId })
    .where('id', 'in', ids)
    .where('message_id', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function listFilesOfMessages(db: Executor, messageIds: string[]) {
  if (messageIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('files')
    .select(['id', 'message_id', 'name', 'content_type', 'size', 'uploader_side', 'created_at'])
    .where('message_id', 'in', messageIds)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
