import type { Executor } from '../../db/database';

/**
 * Claims a notification key; true when this caller made the claim, false when someone
 * (another instance, an earlier run) already had it. Call it in the transaction that
 * queues the email, so a crash keeps both or neither: the notification is never lost
 * and never sent twice. The primary key decides races on both dialects (on PostgreSQL a
 * second claimer waits for the first transaction, then does nothing).
 */
export async function claim(db: Executor, key: string, nowIso: string): Promise<boolean> {
  const result = await db
    .insertInto('notification_claims')
    .values({ key, created_at: nowIso })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Which of these keys are already claimed: lets a job skip what is done without trying to write. */
export async function findClaimedKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  // Bounded IN lists: jobs pass a batch's worth, but stay well under any parameter limit.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('notification_claims')
      .select('key')
      .where('key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) claimed.add(r.key);
  }
  return claimed;
}
