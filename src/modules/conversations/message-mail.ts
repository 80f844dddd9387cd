import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import { queueTemplatedEmail } from '../notifications/mail';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import type { DigestMessage, DigestPerson } from './digests.repository';
import * as repo from './messages.repository';

/** A person is emailed about a conversation again only after reading it, or after this long. */
export const EMAIL_AGAIN_AFTER_MINUTES = 60;
const EXCERPT_CHARS = 1000;

/** "…" past `max` characters, cut at a word when one ends near. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}

/**
 * The address replies to a conversation's emails go to: reply+TOKEN@MAIL_DOMAIN, one token per
 * person per partnership (kept in conversation_reply_tokens), so an inbound reply can be traced
 * back to who wrote it and where. Lowercase hex, as some mail systems lowercase local parts.
 */
export async function replyAddress(trx: Executor, ctx: ServiceContext, partnershipId: string, userId: string): Promise<string> {
  const token = await repo.replyTokenFor(trx, { partnershipId, userId, newToken: randomBytes(16).toString('hex'), now: ctx.clock.now().toISOString() });
  return `reply+${token}@${ctx.config.mailDomain}`;
}

export const conversationUrl = (ctx: ServiceContext, partnershipId: string): string => `${ctx.config.publicUrl}/partnerships/${partnershipId}#messages`;

/**
 * Emails the other side about a new message when they chose immediate emails and are not
 * online (no open stream), at most once an hour per conversation until they read it. Runs in
 * the transaction that posts the message, so both happen or neither. True when queued.
 */
export async function emailNewMessage(
  trx: Executor,
  ctx: ServiceContext,
  p: PartnershipRow,
  m: { authorName: string; text: string },
  recipientUserId: string,
): Promise<boolean> {
  const person = await repo.findMailPerson(trx, recipientUserId, p.id);
  if (!person || person.message_emails !== 'immediate') return false;
  const now = ctx.clock.now();
  if (person.emailed_at) {
    const readSince = person.read_at !== null && person.read_at >= person.emailed_at;
    const longAgo = Date.parse(person.emailed_at) <= now.getTime() - EMAIL_AGAIN_AFTER_MINUTES * 60_000;
    if (!readSince && !longAgo) return false;
  }
  if ((await ctx.events.onlineUsers(trx, [recipientUserId])).has(recipientUserId)) return false;

  await queueTemplatedEmail(
    trx,
    ctx.clock,
    { email: person.email, name: person.name, locale: person.locale, timeZone: person.time_zone },
    {
      template: 'email.newMessage',
      values: {
        name: person.name,
        authorName: m.authorName,
        programName: p.program_name,
        text: excerpt(m.text, EXCERPT_CHARS),
        settingsUrl: `${ctx.config.publicUrl}/settings`,
      },
      action: { url: conversationUrl(ctx, p.id) },
      extra: ['quote', 'settings'],
    },
    { replyTo: await replyAddress(trx, ctx, p.id, recipientUserId) },
  );
  await repo.markEmailed(trx, { partnershipId: p.id, userId: recipientUserId, now: now.toISOString() });
  return true;
}

/**
 * One person's morning digest: each conversation with unread messages no digest carried yet,
 * how many, and the latest in a line. One conversation: replies go to its reply address.
 */
export async function emailDigest(trx: Executor, ctx: ServiceContext, person: DigestPerson, messages: readonly DigestMessage[]): Promise<string[]> {
  const byConversation = new Map<string, DigestMessage[]>();
  for (const m of messages) byConversation.set(m.partnership_id, [...(byConversation.get(m.partnership_id) ?? []), m]);
  const recipient = { email: person.email, name: person.name, locale: person.locale, timeZone: person.time_zone };
  const intl = intlFor(person.locale, person.time_zone);
  const lines = [...byConversation.entries()].map(([partnershipId, ms]) => {
    const latest = ms[ms.length - 1]!;
    return `• ${intl.formatMessage(
      { id: 'email.messageDigest.line' },
      { otherName: latest.author_name, programName: latest.program_name, count: ms.length, excerpt: excerpt(latest.body_text, 200), url: conversationUrl(ctx, partnershipId) },
    )}`;
  });
  const ids = [...byConversation.keys()];
  await queueTemplatedEmail(
    trx,
    ctx.clock,
    recipient,
    {
      template: 'email.messageDigest',
      values: { name: person.name, count: messages.length, conversations: ids.length, list: lines.join('\n'), settingsUrl: `${ctx.config.publicUrl}/settings` },
      action: { url: ids.length === 1 ? conversationUrl(ctx, ids[0]!) : `${ctx.config.publicUrl}/partnerships` },
      extra: ['list', 'settings'],
    },
    ids.length === 1 ? { replyTo: await replyAddress(trx, ctx, ids[0]!, person.id) } : {},
  );
  return ids;
}
