import { DateTime } from 'luxon';
import { emailDigest } from '../modules/conversations/message-mail';
import { findDigestCandidates, listDigestMessages, markDigested } from '../modules/conversations/digests.repository';
import { claim, findClaimedKeys } from '../modules/nudges/claims.repository';
import type { ServiceContext } from '../server/context';

/** Digests go out from this hour of the reader's morning, on their clock. */
export const DIGEST_LOCAL_HOUR = 8;
/** A digest looks back at most this far (the first one, or after a long pause). */
const LOOKBACK_DAYS = 7;

export const digestKey = (userId: string, localDate: string): string => `message-digest:${userId}:${localDate}`;

/**
 * Emails the morning digest to each person who chose it and has unread messages no digest has
 * carried: once per local day (claimed with its email in one transaction, so several instances
 * send it once), from 08:00 on their clock. Returns the digests queued.
 */
export async function sendMessageDigests(ctx: ServiceContext, batchSize = 200): Promise<number> {
  const now = ctx.clock.now();
  const window = { nowIso: now.toISOString(), sinceIso: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString() };
  let queued = 0;
  let afterUserId = '';
  for (;;) {
    const people = await findDigestCandidates(ctx.db, { ...window, afterUserId, limit: batchSize });
    const due = people
      .map((person) => ({ person, local: DateTime.fromJSDate(now, { zone: person.time_zone }) }))
      .filter((d) => d.local.hour >= DIGEST_LOCAL_HOUR)
      .map((d) => ({ person: d.person, key: digestKey(d.person.id, d.local.toISODate() ?? '') }));
    const claimed = await findClaimedKeys(ctx.db, due.map((d) => d.key));
    for (const { person, key } of due) {
      if (claimed.has(key)) continue;
      const sent = await ctx.db.transaction().execute(async (trx) => {
        if (!(await claim(trx, key, window.nowIso))) return false;
        const messages = await listDigestMessages(trx, person.id, window);
        if (messages.length === 0) return false;
        const conversations = await emailDigest(trx, { ...ctx, db: trx }, person, messages);
        await markDigested(trx, person.id, conversations, window.nowIso);
        return true;
      });
      if (sent) queued++;
    }
    if (people.length < batchSize) return queued;
    afterUserId = people[people.length - 1]!.id;
  }
}
