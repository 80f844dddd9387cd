import type { Db } from '../../db/database';
import type { Config } from '../../server/config';
import type { Clock } from '../../shared/clock';
import { afterCommit, inTransaction } from './after-commit';
import type { EventBus, NewEvent } from './events';
import { appendEvents } from './events.repository';
import { inProcessSignal, postgresSignal, redisSignal, type Signal } from './signals';
import { StreamHub, type HubLog } from './stream-hub';

export interface EventBusOptions {
  database: Db;
  config: Pick<Config, 'redisUrl' | 'publicUrl'>;
  clock: Clock;
  log?: HubLog;
  heartbeatMs?: number;
  sweepMs?: number;
}

export interface RunningEventBus extends EventBus {
  /** How instances reach each other: Redis when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY, else in-process. */
  readonly signal: Signal['kind'];
  readonly openStreams: number;
}

const consoleLog: HubLog = { error: (obj, msg) => console.error(msg, obj) };

/** Starts the event bus for one instance: its open streams and the signal that links instances. */
export async function createEventBus(o: EventBusOptions): Promise<RunningEventBus> {
  const log = o.log ?? consoleLog;
  const { database } = o;
  const hub = new StreamHub({
    db: database.db,
    clock: o.clock,
    log,
    ...(o.heartbeatMs ? { heartbeatMs: o.heartbeatMs } : {}),
    ...(o.sweepMs ? { sweepMs: o.sweepMs } : {}),
  });
  await hub.start();
  const namespace = `${o.config.publicUrl}${database.schema ? `:${database.schema}` : ''}`;
  const signal = o.config.redisUrl
    ? await redisSignal(hub, o.config.redisUrl, namespace, log)
    : database.dialect === 'postgres' && database.url
      ? await postgresSignal(hub, database.db, database.url, database.schema, log)
      : inProcessSignal(hub);

  return {
    signal: signal.kind,
    get openStreams() {
      return hub.openStreams;
    },
    async publish(db, events) {
      const list: readonly NewEvent[] = Array.isArray(events) ? events : [events as NewEvent];
      const rows = list.flatMap((e) => [...new Set(e.userIds)].map((userId) => ({ userId, kind: e.kind, data: JSON.stringify(e.data) })));
      if (rows.length === 0) return;
      const userIds = [...new Set(rows.map((r) => r.userId))];
      const append = async (trx: typeof db) => {
        // Registered first: a transaction that cannot announce after commit fails before writing.
        afterCommit(trx, () => signal.send(userIds));
        await appendEvents(trx, rows, o.clock.now());
      };
      if (db.isTransaction) await append(db);
      else await inTransaction(db, append);
    },
    openStream: (userId, lastEventId, sink) => hub.open(userId, lastEventId, sink),
    onlineUsers: (db, userIds) => hub.onlineUsers(db, userIds),
    async close() {
      await hub.close();
      await signal.close();
    },
  };
}
