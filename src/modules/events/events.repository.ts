import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { StoredEvent } from './events';

const ID_DIGITS = 16;

/** Event ids are 16 digits, so they compare as text in the order they were appended. */
export const isEventId = (s: string): boolean => /^\d{16}$/.test(s);
/** The moment an id was made (epoch ms): ids start from epoch microseconds. */
export const eventIdTime = (id: string): number => Math.floor(Number(id) / 1000);
const toEventId = (n: number): string => String(n).padStart(ID_DIGITS, '0');

interface EventRow {
  id: string;
  user_id: string;
  kind: string;
  data: string;
  created_at: string;
}

const present = (r: EventRow): StoredEvent => ({ id: r.id, userId: r.user_id, kind: r.kind, data: r.data, createdAt: r.created_at });

/**
 * Appends one row per recipient. The lock row's write lock (held to commit on PostgreSQL;
 * SQLite has one writer anyway) orders appends, so ids follow commit order and a reader that
 * has seen id N can never later meet a smaller one: replay "after N" misses nothing. Call it
 * last in a transaction, so the lock is held briefly.
 */
export async function appendEvents(
  trx: Executor,
  rows: readonly { userId: string; kind: string; data: string }[],
  now: Date,
): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const nowIso = now.toISOString();
  await trx.updateTable('stream_event_lock').set({ locked_at: nowIso }).where('name', '=', 'append').execute();
  const last = await trx.selectFrom('stream_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  const first = Math.max(Number(last?.id ?? 0) + 1, now.getTime() * 1000);
  const values = rows.map((r, i) => ({ id: toEventId(first + i), user_id: r.userId, kind: r.kind, data: r.data, created_at: nowIso }));
  await trx.insertInto('stream_events').values(values).execute();
  return values.map(present);
}

/**
 * Rewrites the data of earlier events about one thing (their data starts with `dataPrefix`,
 * e.g. a message's id), so a replay shows it as it is now: a deleted message's words are not
 * handed out again from the log.
 */
export async function reviseEvents(
  db: Executor,
  o: { userIds: readonly string[]; kinds: readonly string[]; dataPrefix: string; data: string },
): Promise<void> {
  if (o.userIds.length === 0) return;
  const pattern = `${o.dataPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  await db
    .updateTable('stream_events')
    .set({ data: o.data })
    .where('user_id', 'in', o.userIds)
    .where('kind', 'in', o.kinds)
    .where(sql<boolean>`data like ${pattern} escape '\\'`)
    .execute();
}

/** Every recipient's events after `afterId`, in order: what an instance hands to its open streams. */
export async function listEventsAfter(db: Executor, afterId: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('stream_events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map(present);
}

/** One user's events after `afterId` and no older than `sinceIso`, in order: a reconnecting stream's replay. */
export async function listUserEventsAfter(db: Executor, userId: string, afterId: string, sinceIso: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('stream_events')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '>', afterId)
    .where('created_at', '>=', sinceIso)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(present);
}

/** The newest id, or '' when there is none (every id sorts after ''). */
export async function latestEventId(db: Executor): Promise<string> {
  const row = await db.selectFrom('stream_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return row?.id ?? '';
}

export async function deleteEventsBefore(db: Executor, beforeIso: string): Promise<number> {
  const r = await db.deleteFrom('stream_events').where('created_at', '<', beforeIso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

// ---- Open streams: who is online ---------------------------------------------------------

export async function insertConnection(db: Executor, c: { id: string; userId: string; instanceId: string; now: string }): Promise<void> {
  await db
    .insertInto('stream_connections')
    .values({ id: c.id, user_id: c.userId, instance_id: c.instanceId, connected_at: c.now, seen_at: c.now })
    .execute();
}

export async function deleteConnection(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('stream_connections').where('id', '=', id).execute();
}

/** A heartbeat for every stream an instance holds, in one statement. */
export async function touchConnections(db: Executor, instanceId: string, nowIso: string): Promise<void> {
  await db.updateTable('stream_connections').set({ seen_at: nowIso }).where('instance_id', '=', instanceId).execute();
}

export async function deleteInstanceConnections(db: Executor, instanceId: string): Promise<void> {
  await db.deleteFrom('stream_connections').where('instance_id', '=', instanceId).execute();
}

/** Users among these with a stream seen since `sinceIso`. */
export async function findConnectedUsers(db: Executor, userIds: readonly string[], sinceIso: string): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('stream_connections')
    .select('user_id')
    .distinct()
    .where('user_id', 'in', userIds)
    .where('seen_at', '>=', sinceIso)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function deleteConnectionsSeenBefore(db: Executor, beforeIso: string): Promise<number> {
  const r = await db.deleteFrom('stream_connections').where('seen_at', '<', beforeIso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** PostgreSQL NOTIFY on `channel` (through the pool; delivered to listeners on commit). */
export async function notifyChannel(db: Executor, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}
