import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database';
import type { Database } from '../../db/schema';

type Hook = () => void;
const hooksOf = new WeakMap<object, Hook[]>();

/**
 * Runs `fn` in one transaction; what it registers with `afterCommit` runs once the transaction
 * has committed (never after a rollback). Services that publish events open their transaction
 * with this instead of `db.transaction().execute`, so a live stream never hears of a change
 * that did not happen.
 */
export async function inTransaction<T>(db: Executor, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const hooks: Hook[] = [];
  const result = await db.transaction().execute((trx) => {
    hooksOf.set(trx, hooks);
    return fn(trx);
  });
  for (const hook of hooks) hook();
  return result;
}

/**
 * Calls `hook` once what `db` wrote is committed: at once outside a transaction, after the
 * commit inside one opened by `inTransaction`. Any other transaction is a programming error,
 * reported loudly rather than announcing work that may still roll back.
 */
export function afterCommit(db: Executor, hook: Hook): void {
  if (!db.isTransaction) {
    hook();
    return;
  }
  const hooks = hooksOf.get(db);
  if (!hooks) throw new Error('Publish events in a transaction opened with inTransaction(db, fn), so they are announced after it commits.');
  hooks.push(hook);
}
