import type { Executor } from '../../db/database';

export interface OutboxItem {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
}

export async function insertOutboxItem(
  db: Executor,
  item: { id: string; kind: string; payload: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      id: item.id,
      kind: item.kind,
      payload: item.payload,
      status: 'pending',
      attempts: 0,
      next_attempt_at: item.createdAt,
      locked_until: null,
      last_error: null,
      created_at: item.createdAt,
      sent_at: null,
    })
    .execute();
}

export function findDueIds(db: Executor, now: string, limit: number): Promise<{ id: string }[]> {
  return db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}

/**
 * Claims one item with a conditional update, so that of several instances
 * polling the same table exactly one wins it. Returns the item when claimed.
 */
export async function claimItem(db: Executor, id: string, now: string, lockUntil: string): Promise<OutboxItem | undefined> {
  const result = await db
    .updateTable('outbox')
    .set({ locked_until: lockUntil })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('outbox').select(['id', 'kind', 'payload', 'attempts']).where('id', '=', id).executeTakeFirst();
}

export async function markSent(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', sent_at: at, locked_until: null, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(
  db: Executor,
  id: string,
  attempts: number,
  error: string,
  nextAttemptAt: string | null,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      attempts,
      last_error: error.slice(0, 1000),
      locked_until: null,
      ...(nextAttemptAt ? { next_attempt_at: nextAttemptAt } : { status: 'failed' }),
    })
    .where('id', '=', id)
    .execute();
}

export async function countByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
