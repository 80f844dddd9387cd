import type { Executor } from '../db/database';
import type { OutgoingEmail } from '../modules/notifications/mail';
import type { MailTransport } from '../modules/notifications/mail-transport';
import { claimItem, findDueIds, markAttemptFailed, markSent } from '../modules/notifications/outbox.repository';
import type { Clock } from '../shared/clock';

export const MAX_ATTEMPTS = 8;
const LOCK_MINUTES = 5;
const CONCURRENCY = 4;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers what is due in the outbox. Each item is claimed first, so several
 * instances can run this at once and each item goes out once; an item whose
 * instance died mid-send is picked up again when its lock lapses.
 */
export async function deliverDueMail(
  deps: { db: Executor; clock: Clock; transport: MailTransport; log: { warn(o: object, m: string): void } },
  batchSize = 20,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  const due = await findDueIds(deps.db, nowIso, batchSize);
  const deliverOne = async (id: string): Promise<void> => {
    const item = await claimItem(deps.db, id, nowIso, lockUntil);
    if (!item || item.kind !== 'email') return;
    try {
      const email = JSON.parse(item.payload) as OutgoingEmail;
      await deps.transport.send({ ...email, id: item.id });
      await markSent(deps.db, item.id, deps.clock.now().toISOString());
      result.sent++;
    } catch (err) {
      const attempts = item.attempts + 1;
      const retryAt =
        attempts < MAX_ATTEMPTS ? new Date(deps.clock.now().getTime() + retryDelayMs(attempts)).toISOString() : null;
      await markAttemptFailed(deps.db, item.id, attempts, String(err), retryAt);
      deps.log.warn(
        { outboxId: item.id, attempts, err: String(err) },
        retryAt ? 'mail delivery failed, will retry' : 'mail delivery failed for good',
      );
      if (retryAt) result.retried++;
      else result.failed++;
    }
  };
  // A few at a time: SMTP round trips dominate, and the transport pools connections.
  for (let i = 0; i < due.length; i += CONCURRENCY) {
    await Promise.all(due.slice(i, i + CONCURRENCY).map(({ id }) => deliverOne(id)));
  }
  return result;
}
