import { Readable } from 'node:stream';
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { findUserById } from '../accounts/accounts.repository';
import { findReplyToken } from '../conversations/messages.repository';
import { MESSAGE_MAX_CHARS } from '../conversations/messages.schemas';
import { postMessage } from '../conversations/messages.service';
import * as filesRepo from '../files/files.repository';
import { fileStorageFor } from '../files/storage';
import { uploadFile, type UploadPart } from '../files/upload.service';
import { sideOf } from '../partnerships/pair-access';
import { findPartnership } from '../partnerships/partnerships.repository';
import { replyText } from './reply-text';

/** Files a reply may carry into the thread (as many as a message may name). */
const MAX_ATTACHMENTS = 10;

export interface InboundLog {
  info(o: object, msg: string): void;
  warn(o: object, msg: string): void;
}
const silent: InboundLog = { info() {}, warn() {} };

export interface ReceiveOptions {
  /** The SMTP envelope recipients, when the mail came over SMTP (checked before the headers). */
  envelopeTo?: readonly string[];
  log?: InboundLog;
}

export interface ReceivedReply {
  messageId: string;
  partnershipId: string;
  /** Attachments left out (type not allowed, too large, too many), by file name. */
  skipped: string[];
}

const refuse = (message: string) => new AppError('unprocessable', message);

/** The token of a reply+TOKEN@MAIL_DOMAIN address, or null when it is not one. */
export function tokenOf(address: string, mailDomain: string): string | null {
  const m = /^<?\s*reply\+([0-9a-z]{1,64})@([^\s>]+)\s*>?$/i.exec(address.trim());
  if (!m || m[2]!.toLowerCase() !== mailDomain.toLowerCase()) return null;
  return m[1]!.toLowerCase();
}

/** Who a reply address stands for, when it is one of ours with a known token. */
export async function resolveReplyAddress(ctx: ServiceContext, address: string) {
  const token = tokenOf(address, ctx.config.mailDomain);
  return token ? ((await findReplyToken(ctx.db, token)) ?? null) : null;
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.flatMap((v) => [v.address ?? '', ...(v.group ?? []).map((g) => g.address ?? '')])).filter(Boolean);
}

function headerAddresses(mail: ParsedMail, name: string): string[] {
  const value = mail.headers.get(name);
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',') : addressesOf(v as AddressObject)));
}

/** Candidate recipient addresses, most trustworthy first: the envelope, Delivered-To, To, Cc. */
function recipients(mail: ParsedMail, envelopeTo: readonly string[]): string[] {
  return [...envelopeTo, ...headerAddresses(mail, 'delivered-to'), ...headerAddresses(mail, 'x-original-to'), ...addressesOf(mail.to), ...addressesOf(mail.cc)];
}

async function* uploadParts(a: Attachment): AsyncIterable<UploadPart> {
  yield { kind: 'field', field: 'messageAttachment', value: 'true' };
  yield { kind: 'file', field: 'file', name: a.filename ?? 'attachment', stream: Readable.from([a.content]) };
}

/**
 * Posts an emailed reply (raw MIME) into its conversation, as the person the reply address was
 * made for: the address must carry a known token, the From address must be that person's account
 * email, and the partnership must be active. Quoted history and signature are removed; the rest
 * goes through the same path as the API (sanitising, events, emails). Attachments are stored
 * through the files module; those of a refused type or over the size limit are left out and
 * logged. Refusals are 422 AppErrors with a message fit to show the sender; nothing changes.
 */
export async function receiveReply(ctx: ServiceContext, rawMime: Buffer, o: ReceiveOptions = {}): Promise<ReceivedReply> {
  const log = o.log ?? silent;
  const mail = await simpleParser(rawMime, { skipHtmlToText: false });

  const addresses = recipients(mail, o.envelopeTo ?? []);
  const tokens = addresses.map((a) => tokenOf(a, ctx.config.mailDomain)).filter((t): t is string => t !== null);
  if (tokens.length === 0) throw refuse(`This email is not addressed to a conversation (reply+…@${ctx.config.mailDomain}). Reply to a Meridian message email.`);
  let found: { partnership_id: string; user_id: string } | undefined;
  for (const t of tokens) if ((found = await findReplyToken(ctx.db, t))) break;
  if (!found) throw refuse('No such conversation: the reply address is not one Meridian gave out. Reply to a Meridian message email, or write on Meridian.');

  const user = await findUserById(ctx.db, found.user_id);
  const from = addressesOf(mail.from);
  if (!user || from.length !== 1 || from[0]!.toLowerCase() !== user.email.toLowerCase()) {
    throw refuse('This reply was not sent from the email address of the person this conversation address belongs to, so it was not posted. Send it from your Meridian account’s address, or write on Meridian.');
  }
  const p = await findPartnership(ctx.db, found.partnership_id);
  if (!p || !sideOf(p, user.id)) throw refuse('You are no longer part of this partnership, so your reply was not posted.');
  if (p.status !== 'active') throw refuse('This partnership has ended: its conversation can be read on Meridian but no longer replied to.');

  const text = replyText(mail.text ?? '');
  if (!text) throw refuse('The reply was empty once the quoted message and signature were removed, so nothing was posted.');
  if (text.length > MESSAGE_MAX_CHARS) throw refuse(`The reply is longer than ${MESSAGE_MAX_CHARS.toLocaleString('en')} characters; shorten it, or write on Meridian.`);

  const actor: Actor = { userId: user.id, email: user.email, name: user.name, timeZone: user.time_zone, locale: user.locale, via: 'token' };
  const fileIds: string[] = [];
  const skipped: string[] = [];
  // Images a signature embeds in its HTML (related parts) are not attachments the writer chose.
  for (const a of mail.attachments.filter((x) => !x.related)) {
    const name = a.filename ?? 'attachment';
    if (fileIds.length >= MAX_ATTACHMENTS) {
      skipped.push(name);
      log.warn({ partnershipId: p.id, file: name }, 'inbound reply: more attachments than a message may carry; left out');
      continue;
    }
    if (a.content.length > ctx.config.fileMaxBytes) {
      skipped.push(name);
      log.warn({ partnershipId: p.id, file: name, size: a.content.length }, 'inbound reply: attachment over the size limit; left out');
      continue;
    }
    try {
      fileIds.push((await uploadFile(ctx, actor, p.id, uploadParts(a))).id);
    } catch (err) {
      if (!(err instanceof AppError) || !['unsupported_media_type', 'payload_too_large', 'validation_failed'].includes(err.code)) throw err;
      skipped.push(name);
      log.warn({ partnershipId: p.id, file: name, contentType: a.contentType, reason: err.message }, 'inbound reply: attachment not allowed; left out');
    }
  }

  try {
    const message = await postMessage(ctx, actor, p.id, { body: text, format: 'text', attachments: fileIds });
    log.info({ partnershipId: p.id, messageId: message.id, attachments: fileIds.length, skipped: skipped.length }, 'inbound reply posted');
    return { messageId: message.id, partnershipId: p.id, skipped };
  } catch (err) {
    // The message was not posted: its files go too.
    const storage = fileStorageFor(ctx.config);
    for (const id of fileIds) {
      await filesRepo.markDeleted(ctx.db, id, ctx.clock.now().toISOString());
      await storage.delete(`${p.id}/${id}`);
    }
    throw err;
  }
}
