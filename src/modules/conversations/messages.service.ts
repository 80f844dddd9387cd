import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { inTransaction } from '../events/after-commit';
import { reviseEvents } from '../events/events.repository';
import { attachFilesToMessage, filesOfMessages } from '../files/attachments';
import { sideOf } from '../partnerships/pair-access';
import { requirePair } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import { emailNewMessage } from './message-mail';
import * as repo from './messages.repository';
import { decodeCursor, encodeCursor, presentMessage, presentReadMarker } from './messages.presenter';
import type { ListMessagesQuery, MessageInput, MessagePageView, MessageView, PostMessageInput, ReadView, UnreadView } from './messages.schemas';
import { cleanMessage } from './sanitise';

const MINUTE = 60_000;

/** The pair's user ids who are still members: who hears of what happens in the conversation. */
function members(p: PartnershipRow): string[] {
  return [p.mentee_user_id, p.mentor_user_id].filter((u) => sideOf(p, u) !== null);
}

const otherUserId = (p: PartnershipRow, side: PairSide): string => (side === 'mentee' ? p.mentor_user_id : p.mentee_user_id);

function requireOpen(p: PartnershipRow): void {
  if (p.status !== 'active') {
    throw new AppError('partnership_closed', 'This partnership has ended: its conversation can be read but no longer changed.');
  }
}

function clean(input: MessageInput) {
  const c = cleanMessage(input.body, input.format);
  if (!c.text) throw AppError.field('validation_failed', 'body', 'Write a message: nothing was left once unsafe content was removed.');
  return c;
}

async function view(db: Executor, ctx: ServiceContext, p: PartnershipRow, messageId: string): Promise<MessageView> {
  const files = await filesOfMessages(db, [messageId]);
  return presentMessage((await repo.findMessage(db, p.id, messageId))!, p, ctx.config.messageEditMinutes, files.get(messageId));
}

/** One page of the conversation (oldest first), with the viewer's unread count and both read markers. */
export async function listMessages(ctx: ServiceContext, actor: Actor, partnershipId: string, q: ListMessagesQuery): Promise<MessagePageView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  const before = q.before ? decodeCursor(q.before, 'before') : undefined;
  const after = q.after ? decodeCursor(q.after, 'after') : undefined;
  const rows = await repo.listMessagesPage(ctx.db, p.id, { before, after, limit: q.limit + 1 });
  // The extra row sits on the side the page was read towards: newer for `after`, older otherwise.
  const full = rows.length > q.limit;
  const page = after ? rows.slice(0, q.limit) : rows.slice(rows.length - Math.min(rows.length, q.limit));
  const first = page[0];
  const last = page[page.length - 1];
  const pos = (m: repo.MessageRow) => ({ at: m.created_at, id: m.id });
  const hasOlder = first ? (after ? await repo.hasMessageBeyond(ctx.db, p.id, pos(first), 'before') : full) : false;
  const hasNewer = last ? (after ? full : before ? await repo.hasMessageBeyond(ctx.db, p.id, pos(last), 'after') : false) : false;

  const files = await filesOfMessages(ctx.db, page.map((m) => m.id));
  const reads = await repo.findReads(ctx.db, p.id);
  const mine = reads.find((r) => r.user_id === actor.userId);
  const theirs = reads.find((r) => r.user_id === otherUserId(p, side));
  const marker = presentReadMarker(mine);
  return {
    messages: page.map((m) => presentMessage(m, p, ctx.config.messageEditMinutes, files.get(m.id))),
    older: hasOlder && first ? encodeCursor(pos(first)) : null,
    newer: hasNewer && last ? encodeCursor(pos(last)) : null,
    unread: await repo.countUnread(ctx.db, p.id, actor.userId, marker && { at: marker.at, id: marker.messageId }),
    readMarker: marker,
    otherReadMarker: presentReadMarker(theirs),
    viewerSide: side,
  };
}

/**
 * Posts a message: sanitised, stored with the files it names, the author's read marker moved
 * to it, the other side emailed when they chose that and are not online, and both people's
 * streams told — all in one transaction.
 */
export async function postMessage(ctx: ServiceContext, actor: Actor, partnershipId: string, input: PostMessageInput): Promise<MessageView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  requireOpen(p);
  const { html, text } = clean(input);
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const row = { id, partnership_id: p.id, author_user_id: actor.userId, body_html: html, body_text: text, created_at: now, edited_at: null, deleted_at: null };
  return inTransaction(ctx.db, async (trx) => {
    await repo.lockConversation(trx, p.id);
    await repo.insertMessage(trx, row);
    const fileIds = input.attachments ?? [];
    await attachFilesToMessage(trx, { partnershipId: p.id, uploaderUserId: actor.userId, fileIds, messageId: id });
    const attachments = fileIds.length ? (await filesOfMessages(trx, [id])).get(id) : [];
    const message = presentMessage({ ...row, author_name: actor.name }, p, ctx.config.messageEditMinutes, attachments);
    await repo.advanceReadMarker(trx, { partnershipId: p.id, userId: actor.userId, to: { at: now, id }, now });
    const other = otherUserId(p, side);
    if (sideOf(p, other)) await emailNewMessage(trx, ctx, p, { authorName: actor.name, text }, other);
    await ctx.events.publish(trx, { kind: 'message.created', userIds: members(p), data: { message } });
    return message;
  });
}

/** Earlier events about a message now carry it as it is (edited, or a tombstone), so a replay does not bring back old words. */
function reviseMessageEvents(trx: Executor, p: PartnershipRow, message: MessageView): Promise<void> {
  return reviseEvents(trx, {
    userIds: members(p),
    kinds: ['message.created', 'message.updated'],
    dataPrefix: JSON.stringify({ message: { id: message.id } }).slice(0, -2),
    data: JSON.stringify({ message }),
  });
}

/** The message as its author may still change it: theirs, not deleted, inside the edit window. */
async function requireOwnEditable(ctx: ServiceContext, actor: Actor, partnershipId: string, messageId: string) {
  const { p } = await requirePair(ctx, actor, partnershipId);
  const m = await repo.findMessage(ctx.db, p.id, messageId);
  if (!m) throw AppError.notFound('Message');
  if (m.author_user_id !== actor.userId) throw AppError.forbidden('Only its author can change a message.');
  if (m.deleted_at) throw new AppError('gone', 'This message was deleted.');
  requireOpen(p);
  const until = Date.parse(m.created_at) + ctx.config.messageEditMinutes * MINUTE;
  if (ctx.clock.now().getTime() > until) {
    throw new AppError('edit_window_closed', `A message can be changed for ${ctx.config.messageEditMinutes} minutes after it is posted; this one no longer can.`);
  }
  return { p, m };
}

function windowStart(ctx: ServiceContext): string {
  return new Date(ctx.clock.now().getTime() - ctx.config.messageEditMinutes * MINUTE).toISOString();
}

/** The author rewrites their message within the edit window. */
export async function editMessage(ctx: ServiceContext, actor: Actor, partnershipId: string, messageId: string, input: MessageInput): Promise<MessageView> {
  const { p, m } = await requireOwnEditable(ctx, actor, partnershipId, messageId);
  const { html, text } = clean(input);
  const now = ctx.clock.now().toISOString();
  return inTransaction(ctx.db, async (trx) => {
    const changed = await repo.updateOwnMessageIf(trx, { id: m.id, authorUserId: actor.userId, createdSince: windowStart(ctx) }, { body_html: html, body_text: text, edited_at: now });
    if (!changed) throw new AppError('edit_window_closed', 'This message changed a moment ago (deleted, or its window closed). Reload to see it.');
    const message = await view(trx, ctx, p, m.id);
    await reviseMessageEvents(trx, p, message);
    await ctx.events.publish(trx, { kind: 'message.updated', userIds: members(p), data: { message } });
    return message;
  });
}

/** The author deletes their message within the edit window; a tombstone stays in its place. */
export async function deleteMessage(ctx: ServiceContext, actor: Actor, partnershipId: string, messageId: string): Promise<MessageView> {
  const { p, m } = await requireOwnEditable(ctx, actor, partnershipId, messageId);
  const now = ctx.clock.now().toISOString();
  return inTransaction(ctx.db, async (trx) => {
    const changed = await repo.updateOwnMessageIf(trx, { id: m.id, authorUserId: actor.userId, createdSince: windowStart(ctx) }, { body_html: '', body_text: '', deleted_at: now });
    if (!changed) throw new AppError('edit_window_closed', 'This message changed a moment ago (deleted, or its window closed). Reload to see it.');
    const message = await view(trx, ctx, p, m.id);
    await reviseMessageEvents(trx, p, message);
    await ctx.events.publish(trx, { kind: 'message.deleted', userIds: members(p), data: { message } });
    return message;
  });
}

/** Moves the viewer's read marker forward (to `upTo`, default the newest message); the other side sees a read receipt. */
export async function markRead(ctx: ServiceContext, actor: Actor, partnershipId: string, input: { upTo?: string | undefined }): Promise<ReadView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  let to: repo.Position | null = null;
  if (input.upTo) {
    const m = await repo.findMessage(ctx.db, p.id, input.upTo);
    if (!m) throw AppError.field('validation_failed', 'upTo', 'No such message in this conversation.');
    to = { at: m.created_at, id: m.id };
  } else {
    const newest = await repo.findNewestMessage(ctx.db, p.id);
    to = newest ? { at: newest.created_at, id: newest.id } : null;
  }
  return inTransaction(ctx.db, async (trx) => {
    if (to) await repo.advanceReadMarker(trx, { partnershipId: p.id, userId: actor.userId, to, now: ctx.clock.now().toISOString() });
    const marker = presentReadMarker((await repo.findReads(trx, p.id)).find((r) => r.user_id === actor.userId));
    const unread = await repo.countUnread(trx, p.id, actor.userId, marker && { at: marker.at, id: marker.messageId });
    const data = { partnershipId: p.id, userId: actor.userId, side, readMarker: marker };
    const other = otherUserId(p, side);
    if (!to) return { unread, readMarker: marker };
    await ctx.events.publish(trx, [
      { kind: 'conversation.read', userIds: [actor.userId], data: { ...data, unread } },
      ...(sideOf(p, other) ? [{ kind: 'conversation.read' as const, userIds: [other], data }] : []),
    ]);
    return { unread, readMarker: marker };
  });
}

/** Unread messages in each of my partnerships, and in all. */
export async function unreadSummary(ctx: ServiceContext, actor: Actor): Promise<UnreadView> {
  const conversations = await repo.listUnreadByPartnership(ctx.db, actor.userId);
  return { total: conversations.reduce((n, c) => n + c.unread, 0), conversations };
}
