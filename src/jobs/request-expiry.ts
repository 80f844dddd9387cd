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
      const won = await ctx.db.transaction().execute(async (trx) => {
        if (!(await expireRequest(trx, id, now))) return false;
        await emailRequestExpired(trx, ctx, (await findRequest(trx, id))!);
        return true;
      });
      if (won) changed++;
    }
    expired += changed;
    // A short batch is the last one; a batch another instance emptied under us is as good as done.
    if (due.length < batchSize || changed === 0) return expired;
  }
}
