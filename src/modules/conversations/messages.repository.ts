import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MessagesTable } from '../../db/schema';

/** A place in a conversation: messages are ordered by (created_at, id). */
export interface Position {
  at: string;
  id: string;
}

function messagesWithAuthor(db: Executor) {
  return db.selectFrom('messages as m').innerJoin('users as u', 'u.id', 'm.author_user_id').selectAll('m').select('u.name as author_name');
}
export type MessageRow = NonNullable<Awaited<ReturnType<ReturnType<typeof messagesWithAuthor>['executeTakeFirst']>>>;

/**
 * Takes the partnership row's write lock until the transaction ends (PostgreSQL; SQLite has one
 * writer anyway): posts to one conversation touch both people's read rows, and taking them in
 * turn keeps two people writing at once from deadlocking.
 */
export async function lockConversation(db: Executor, partnershipId: string): Promise<void> {
  await db.updateTable('partnerships').set((eb) => ({ started_at: eb.ref('started_at') })).where('id', '=', partnershipId).execute();
}

export async function insertMessage(db: Executor, row: Insertable<MessagesTable>): Promise<void> {
  await db.insertInto('messages').values(row).execute();
}

export function findMessage(db: Executor, partnershipId: string, messageId: string): Promise<MessageRow | undefined> {
  return messagesWithAuthor(db).where('m.partnership_id', '=', partnershipId).where('m.id', '=', messageId).executeTakeFirst();
}

/**
 * One page of a conversation, oldest first: the newest messages, or those just before or just
 * after a position. Fetches one more than asked, so the caller knows whether the page is full.
 */
export async function listMessagesPage(
  db: Executor,
  partnershipId: string,
  o: { before?: Position | undefined; after?: Position | undefined; limit: number },
): Promise<MessageRow[]> {
  let q = messagesWithAuthor(db).where('m.partnership_id', '=', partnershipId);
  if (o.after) {
    const { at, id } = o.after;
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('m.created_at', 'm.id'), '>', tuple(at, id)));
    return q.orderBy('m.created_at').orderBy('m.id').limit(o.limit).execute();
  }
  if (o.before) {
    const { at, id } = o.before;
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('m.created_at', 'm.id'), '<', tuple(at, id)));
  }
  const rows = await q.orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(o.limit).execute();
  return rows.reverse();
}

/** Whether the conversation holds a message before (or after) a position. */
export async function hasMessageBeyond(db: Executor, partnershipId: string, p: Position, direction: 'before' | 'after'): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), direction === 'before' ? '<' : '>', tuple(p.at, p.id)))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function findNewestMessage(db: Executor, partnershipId: string): Promise<{ id: string; created_at: string } | undefined> {
  return db
    .selectFrom('messages')
    .select(['id', 'created_at'])
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Changes a message only while it is the author's, not deleted and still inside the edit
 * window: two tabs (or an edit racing a delete) cannot both win. True when it changed.
 */
export async function updateOwnMessageIf(
  db: Executor,
  m: { id: string; authorUserId: string; createdSince: string },
  patch: Updateable<MessagesTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set(patch)
    .where('id', '=', m.id)
    .where('author_user_id', '=', m.authorUserId)
    .where('deleted_at', 'is', null)
    .where('created_at', '>=', m.createdSince)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- Read markers ----------------------------------------------------------------------------

export interface ReadRow {
  partnership_id: string;
  user_id: string;
  last_read_message_id: string | null;
  last_read_message_at: string | null;
  read_at: string | null;
  emailed_at: string | null;
  digested_at: string | null;
}

export function findReads(db: Executor, partnershipId: string): Promise<ReadRow[]> {
  return db.selectFrom('conversation_reads').selectAll().where('partnership_id', '=', partnershipId).execute();
}

/** Moves a person's read marker forward to a message; never back (two tabs may race). */
export async function advanceReadMarker(db: Executor, r: { partnershipId: string; userId: string; to: Position; now: string }): Promise<void> {
  await db
    .insertInto('conversation_reads')
    .values({
      partnership_id: r.partnershipId,
      user_id: r.userId,
      last_read_message_id: r.to.id,
      last_read_message_at: r.to.at,
      read_at: r.now,
      emailed_at: null,
      digested_at: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['partnership_id', 'user_id'])
        .doUpdateSet({
          last_read_message_id: (eb) => eb.ref('excluded.last_read_message_id'),
          last_read_message_at: (eb) => eb.ref('excluded.last_read_message_at'),
          read_at: (eb) => eb.ref('excluded.read_at'),
        })
        .where(
          sql<boolean>`conversation_reads.last_read_message_at is null or (excluded.last_read_message_at, excluded.last_read_message_id) > (conversation_reads.last_read_message_at, conversation_reads.last_read_message_id)`,
        ),
    )
    .execute();
}

/** Records that a person was just emailed about this conversation. */
export async function markEmailed(db: Executor, r: { partnershipId: string; userId: string; now: string }): Promise<void> {
  await db
    .insertInto('conversation_reads')
    .values({ partnership_id: r.partnershipId, user_id: r.userId, last_read_message_id: null, last_read_message_at: null, read_at: null, emailed_at: r.now, digested_at: null })
    .onConflict((oc) => oc.columns(['partnership_id', 'user_id']).doUpdateSet({ emailed_at: r.now }))
    .execute();
}

/** Messages from the other side, not deleted, after a read marker (all of them when there is none). */
export async function countUnread(db: Executor, partnershipId: string, userId: string, marker: Position | null): Promise<number> {
  let q = db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .where('author_user_id', '!=', userId)
    .where('deleted_at', 'is', null);
  if (marker) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '>', tuple(marker.at, marker.id)));
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** For each partnership the user is a current member of: unread messages and when the last one was posted. */
export async function listUnreadByPartnership(db: Executor, userId: string) {
  const rows = await db
    .selectFrom('partnerships as x')
    .innerJoin('memberships as em', 'em.id', 'x.mentee_membership_id')
    .innerJoin('memberships as om', 'om.id', 'x.mentor_membership_id')
    .leftJoin('conversation_reads as r', (j) => j.onRef('r.partnership_id', '=', 'x.id').on('r.user_id', '=', userId))
    .where((eb) =>
      eb.or([
        eb.and([eb('em.user_id', '=', userId), eb('em.status', '!=', 'removed')]),
        eb.and([eb('om.user_id', '=', userId), eb('om.status', '!=', 'removed')]),
      ]),
    )
    .select((eb) => [
      'x.id as partnership_id',
      eb
        .selectFrom('messages as m')
        .select((e) => e.fn.countAll<string | number>().as('n'))
        .whereRef('m.partnership_id', '=', 'x.id')
        .where('m.author_user_id', '!=', userId)
        .where('m.deleted_at', 'is', null)
        .where((e) =>
          e.or([
            e('r.last_read_message_at', 'is', null),
            sql<boolean>`(m.created_at, m.id) > (r.last_read_message_at, r.last_read_message_id)`,
          ]),
        )
        .as('unread'),
      eb.selectFrom('messages as m2').select((e) => e.fn.max('m2.created_at').as('at')).whereRef('m2.partnership_id', '=', 'x.id').as('last_message_at'),
    ])
    .execute();
  return rows
    .map((r) => ({ partnershipId: r.partnership_id, unread: Number(r.unread ?? 0), lastMessageAt: r.last_message_at ?? null }))
    .sort((a, b) => (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '') || a.partnershipId.localeCompare(b.partnershipId));
}

// ---- Reply-To tokens -------------------------------------------------------------------------

/** The person's reply token for this partnership, made on first use (one per person per partnership). */
export async function replyTokenFor(db: Executor, r: { partnershipId: string; userId: string; newToken: string; now: string }): Promise<string> {
  await db
    .insertInto('conversation_reply_tokens')
    .values({ token: r.newToken, partnership_id: r.partnershipId, user_id: r.userId, created_at: r.now })
    .onConflict((oc) => oc.columns(['partnership_id', 'user_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('conversation_reply_tokens')
    .select('token')
    .where('partnership_id', '=', r.partnershipId)
    .where('user_id', '=', r.userId)
    .executeTakeFirstOrThrow();
  return row.token;
}

/** Who a reply token stands for: the inbound mail handler's way back to (partnership, person). */
export function findReplyToken(db: Executor, token: string): Promise<{ partnership_id: string; user_id: string } | undefined> {
  return db.selectFrom('conversation_reply_tokens').select(['partnership_id', 'user_id']).where('token', '=', token.toLowerCase()).executeTakeFirst();
}

// ---- Emails --------------------------------------------------------------------------------

/** What an email to a person about a conversation needs: who they are, their choice, when they last read and were emailed. */
export function findMailPerson(db: Executor, userId: string, partnershipId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('conversation_reads as r', (j) => j.onRef('r.user_id', '=', 'u.id').on('r.partnership_id', '=', partnershipId))
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'u.time_zone', 'u.message_emails', 'r.read_at', 'r.emailed_at'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
