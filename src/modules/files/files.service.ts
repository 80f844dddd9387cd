import type { Readable } from 'node:stream';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { sideOf } from '../partnerships/pair-access';
import { requirePair } from '../partnerships/pair-work';
import { findPartnership } from '../partnerships/partnerships.repository';
import { findMembershipsOfUser } from '../programs/members.repository';
import { decide } from '../programs/programs.policy';
import * as repo from './files.repository';
import { presentFile } from './files.presenter';
import type { FileView, UpdateFileInput } from './files.schemas';
import { fileStorageFor, StoredFileMissing } from './storage';

/** An active admin of the file's program, and the pair has shared it with them. */
async function adminMayRead(ctx: ServiceContext, actor: Actor, f: repo.FileRow): Promise<boolean> {
  if (Number(f.shared_with_program) !== 1) return false;
  return decide(await findMembershipsOfUser(ctx.db, f.program_id, actor.userId), 'edit') === 'allow';
}

/**
 * The file and the actor's side of its pair (null for an admin reading a shared file). Anyone
 * else is told it does not exist; `pairOnly` also refuses (403) an admin who may only read it.
 */
async function requireFile(ctx: ServiceContext, actor: Actor, fileId: string, pairOnly: boolean): Promise<{ f: repo.FileRow; side: PairSide | null }> {
  const f = await repo.findLiveFile(ctx.db, fileId);
  const p = f ? await findPartnership(ctx.db, f.partnership_id) : undefined;
  const side = p ? sideOf(p, actor.userId) : null;
  if (f && side) return { f, side };
  if (f && (await adminMayRead(ctx, actor, f))) {
    if (pairOnly) throw AppError.forbidden('The pair shared this file for you to read; only its uploader can change or delete it.');
    return { f, side: null };
  }
  throw AppError.notFound('File');
}

/** Only the uploader decides whether a file is shared with the program or deleted. */
function requireUploader(f: repo.FileRow, actor: Actor): void {
  if (f.uploader_user_id !== actor.userId) throw AppError.forbidden('Only the person who uploaded this file can share or delete it.');
}

/** The pair's shared files (attachments appear once attached), newest first. */
export async function listSharedFiles(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<FileView[]> {
  const { p } = await requirePair(ctx, actor, partnershipId);
  return (await repo.listSharedFilesOfPartnership(ctx.db, p.id)).map((f) => presentFile(f, actor.userId));
}

/** A file's bytes to download, for the pair or an admin it was shared with. */
export async function openFile(ctx: ServiceContext, actor: Actor, fileId: string): Promise<{ file: FileView; stream: Readable }> {
  const { f } = await requireFile(ctx, actor, fileId, false);
  try {
    return { file: presentFile(f, actor.userId), stream: await fileStorageFor(ctx.config).get(f.storage_key) };
  } catch (err) {
    if (err instanceof StoredFileMissing) throw AppError.notFound('File');
    throw err;
  }
}

/** The uploader shares a file with the program's admins, or stops sharing it. */
export async function updateFile(ctx: ServiceContext, actor: Actor, fileId: string, input: UpdateFileInput): Promise<FileView> {
  const { f } = await requireFile(ctx, actor, fileId, true);
  requireUploader(f, actor);
  await repo.setSharedWithProgram(ctx.db, f.id, input.sharedWithProgram);
  return presentFile((await repo.findLiveFile(ctx.db, f.id))!, actor.userId);
}

/**
 * The uploader deletes a file: its bytes go first, then the row is marked deleted (a failure in
 * between leaves a row whose download answers 404, and the delete can be repeated).
 */
export async function deleteFile(ctx: ServiceContext, actor: Actor, fileId: string): Promise<void> {
  const { f } = await requireFile(ctx, actor, fileId, true);
  requireUploader(f, actor);
  await fileStorageFor(ctx.config).delete(f.storage_key);
  await repo.markDeleted(ctx.db, f.id, ctx.clock.now().toISOString());
}

/** Files the program's pairs have shared with its admins (admins only). */
export async function listProgramFiles(ctx: ServiceContext, actor: Actor, programId: string): Promise<FileView[]> {
  const verdict = decide(await findMembershipsOfUser(ctx.db, programId, actor.userId), 'edit');
  if (verdict === 'hide') throw AppError.notFound('Program');
  if (verdict === 'deny') throw AppError.forbidden('Only the program’s admins see the files pairs share with them.');
  return (await repo.listFilesSharedWithProgram(ctx.db, programId)).map((f) => presentFile(f, actor.userId));
}
