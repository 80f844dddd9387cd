import { inTransaction } from '../modules/events/after-commit';
import { announceRequest } from '../modules/partnerships/requests.service';
import { emailRequestExpired } from '../modules/partnerships/request-mail';
import { expireRequest, findOverdueRequestIds, findRequest } from '../modules/partnerships/requests.repository';
import type { ServiceContext } from '../server/context';

/**
 * Marks pending requests past their expiry as expired and emails both sides.
 * Each request is expired by a conditional update in its own transaction with
 * its two emails, so with several instances it expires (and is told) once;
 * a crash leaves it pending, to be picked up on the next run. Returns how
 * many requests this call expired.
 */
export async function expireOverdueRequests(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now().toISOString();
  let expired = 0;
  for (;;) {
    const due = await findOverdueRequestIds(ctx.db, now, batchSize);
    let changed = 0;
    for (const { id } of due) {
      const won = await inTransaction(ctx.db, async (trx) => {
        if (!(await expireRequest(trx, id, now))) return false;
        const r = (await findRequest(trx, id))!;
        await emailRequestExpired(trx, ctx, r);
        await announceRequest(ctx, trx, r);
        return true;
      });
      if (won) changed++;
    }
    expired += changed;
    // A short batch is the last one; a batch another instance emptied under us is as good as done.
    if (due.length < batchSize || changed === 0) return expired;
  }
}
