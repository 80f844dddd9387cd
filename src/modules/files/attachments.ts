import type { Executor } from '../../db/database';
import { AppError } from '../../server/errors';
import * as repo from './files.repository';
import { presentAttachment } from './files.presenter';
import type { AttachmentView } from './files.schemas';

// What the conversations module calls: files are uploaded first (POST …/files with
// messageAttachment=true), then a new message names their ids in `attachments`.

/**
 * Links the uploader's files to a message, inside the transaction that writes the message. Each id
 * must be a live file of this partnership uploaded by this person and not attached yet; otherwise
 * a 400 names the field `attachments.N`, and nothing is linked.
 */
export async function attachFilesToMessage(
  trx: Executor,
  input: { partnershipId: string; uploaderUserId: string; fileIds: string[]; messageId: string },
): Promise<void> {
  const { fileIds } = input;
  if (fileIds.length === 0) return;
  const rows = new Map((await repo.findFilesByIds(trx, fileIds)).map((f) => [f.id, f]));
  const fields = fileIds.flatMap((id, i) => {
    const f = rows.get(id);
    const path = `attachments.${i}`;
    if (fileIds.indexOf(id) !== i) return [{ path, message: 'This file is already in the list.' }];
    if (!f || f.deleted_at || f.partnership_id !== input.partnershipId || f.uploader_user_id !== input.uploaderUserId) {
      return [{ path, message: 'No such file among the ones you uploaded to this partnership.' }];
    }
    if (f.message_id) return [{ path, message: 'This file is already attached to a message.' }];
    return [];
  });
  if (fields.length > 0) throw new AppError('validation_failed', `${fields[0]!.path}: ${fields[0]!.message}`, fields);
  // The update re-checks "not attached yet", so two messages racing for one file cannot both take it.
  const linked = await repo.linkToMessage(trx, fileIds, input.messageId);
  if (linked !== fileIds.length) {
    throw AppError.field('validation_failed', 'attachments', 'One of these files was attached to another message a moment ago.');
  }
}

/** The live files attached to each message, in upload order; messages without any are absent. */
export async function filesOfMessages(db: Executor, messageIds: string[]): Promise<Map<string, AttachmentView[]>> {
  const byMessage = new Map<string, AttachmentView[]>();
  for (const f of await repo.listFilesOfMessages(db, [...new Set(messageIds)])) {
    const list = byMessage.get(f.message_id!) ?? [];
    list.push(presentAttachment(f));
    byMessage.set(f.message_id!, list);
  }
  return byMessage;
}
