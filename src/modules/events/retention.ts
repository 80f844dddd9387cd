import type { ServiceContext } from '../../server/context';
import { deleteConnectionsSeenBefore, deleteEventsBefore } from './events.repository';

const HOUR_MS = 3_600_000;
/** Replays reach back 24 hours; the log keeps twice that. */
export const EVENT_LOG_HOURS = 48;

/** Drops events no replay can ask for any more, and streams of instances that died without closing them. */
export async function pruneStreamLog(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<{ events: number; connections: number }> {
  const now = ctx.clock.now().getTime();
  return {
    events: await deleteEventsBefore(ctx.db, new Date(now - EVENT_LOG_HOURS * HOUR_MS).toISOString()),
    connections: await deleteConnectionsSeenBefore(ctx.db, new Date(now - 24 * HOUR_MS).toISOString()),
  };
}
