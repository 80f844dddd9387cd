import { pipeline, type Readable } from 'node:stream';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { requirePair } from '../partnerships/pair-work';
import { classify, NotUtf8Text, safeFileName, takeSample, utf8TextOnly } from './file-types';
import * as repo from './files.repository';
import { humanSize, presentFile } from './files.presenter';
import type { FileView } from './files.schemas';
import { fileStorageFor, StoredFileTooLarge, type FileStorage } from './storage';

/** One part of an upload form, as the route reads it (or a test or script builds it). */
export type UploadPart =
  | { kind: 'file'; field: string; name: string; stream: Readable }
  | { kind: 'field'; field: string; value: string };

const allowedWords = 'a PDF, an image (PNG, JPEG, GIF, WebP), a Word, Excel, PowerPoint or OpenDocument file, plain text, Markdown, CSV or a zip';

export const tooLarge = (maxBytes: number) =>
  AppError.field('payload_too_large', 'file', `The file is larger than ${humanSize(maxBytes)}, the most that can be shared here.`);

function refused(detected: string): AppError {
  const what = detected === 'application/octet-stream' ? 'an unrecognised type' : `type ${detected}`;
  const message = `This file is ${what}, which cannot be shared here. Share ${allowedWords}.`;
  return new AppError('unsupported_media_type', message, [{ path: 'file', message }]);
}

function flag(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', '1', 'on', 'yes'].includes(v)) return true;
  if (['false', '0', 'off', 'no', ''].includes(v)) return false;
  throw AppError.field('validation_failed', 'messageAttachment', 'Use true or false.');
}

/** Sniffs, checks and streams one file to storage; throws (leaving nothing stored) when it may not be kept. */
async function store(storage: FileStorage, key: string, part: { name: string; stream: Readable }, maxBytes: number) {
  const { head, body } = await takeSample(part.stream);
  if (head.length === 0) {
    body.destroy();
    throw AppError.field('validation_failed', 'file', 'The file is empty.');
  }
  const verdict = await classify(head, part.name);
  if (!verdict.ok) {
    body.destroy();
    throw refused(verdict.detected);
  }
  const source = verdict.text ? pipeline(body, utf8TextOnly(), () => {}) : body;
  try {
    const { size } = await storage.put(key, source, { maxBytes });
    return { name: safeFileName(part.name, verdict.mime), mime: verdict.mime, size };
  } catch (err) {
    if (err instanceof StoredFileTooLarge) throw tooLarge(maxBytes);
    if (err instanceof NotUtf8Text) {
      const message = `This file is named as ${verdict.mime.replace('text/', '')} text but is not UTF-8 text. Save it as UTF-8, or share ${allowedWords}.`;
      throw new AppError('unsupported_media_type', message, [{ path: 'file', message }]);
    }
    throw err;
  }
}

/**
 * Either side of an active pair uploads one file (form field "file"; "messageAttachment" true
 * keeps it out of the shared list until a message takes it). The type is sniffed from the bytes;
 * a refused, oversized or broken upload leaves no row and no bytes behind.
 */
export async function uploadFile(ctx: ServiceContext, actor: Actor, partnershipId: string, parts: AsyncIterable<UploadPart>): Promise<FileView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true });
  const storage = fileStorageFor(ctx.config);
  const id = newId();
  const key = `${p.id}/${id}`;
  let stored: Awaited<ReturnType<typeof store>> | undefined;
  let attachment = false;
  try {
    for await (const part of parts) {
      if (part.kind === 'field') {
        if (part.field !== 'messageAttachment') {
          throw AppError.field('validation_failed', part.field, `Unknown field "${part.field}": send "file" and, if it goes with a message, "messageAttachment".`);
        }
        attachment = flag(part.value);
      } else if (part.field !== 'file') {
        part.stream.resume();
        throw AppError.field('validation_failed', part.field, 'Send the file in the form field named "file".');
      } else if (stored) {
        part.stream.resume();
        throw AppError.field('validation_failed', 'file', 'Send one file per upload.');
      } else {
        stored = await store(storage, key, part, ctx.config.fileMaxBytes);
      }
    }
    if (!stored) throw AppError.field('validation_failed', 'file', 'Choose a file to upload (the form field "file").');
    await repo.insertFile(ctx.db, {
      id,
      partnership_id: p.id,
      uploader_user_id: actor.userId,
      uploader_side: side,
      name: stored.name,
      content_type: stored.mime,
      size: stored.size,
      storage_key: key,
      attachment: attachment ? 1 : 0,
      message_id: null,
      shared_with_program: 0,
      created_at: ctx.clock.now().toISOString(),
      deleted_at: null,
    });
  } catch (err) {
    await storage.delete(key);
    throw err;
  }
  return presentFile((await repo.findLiveFile(ctx.db, id))!, actor.userId);
}
