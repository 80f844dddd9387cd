import { Redis } from 'ioredis';
import { notifyChannel } from './events.repository';
import pg from 'pg';
import type { Executor } from '../../db/database';
import type { HubLog, StreamHub } from './stream-hub';

/**
 * "These users have new events": how an instance tells every instance (itself included) to
 * read the event log. Only a wake-up call travels; the events themselves are read from the log,
 * so a signal may be lost or repeated without harm (the next one, or the hub's sweep, catches up).
 */
export interface Signal {
  readonly kind: 'in-process' | 'postgres' | 'redis';
  send(userIds: readonly string[]): void;
  close(): Promise<void>;
}

/** Too many users for one message: wake everyone instead (PostgreSQL payloads stop at 8000 bytes). */
const MAX_PAYLOAD = 7000;

function encode(from: string, userIds: readonly string[]): string {
  const full = JSON.stringify({ from, users: userIds });
  return full.length <= MAX_PAYLOAD ? full : JSON.stringify({ from });
}

/** Wakes this instance's hub for a signal another instance sent (its own were handled at once). */
function receive(hub: StreamHub, payload: string): void {
  try {
    const m = JSON.parse(payload) as { from?: string; users?: string[] };
    if (m.from !== hub.instanceId) hub.wake(m.users);
  } catch {
    hub.wake();
  }
}

/** One instance (SQLite): the hub is woken directly. */
export function inProcessSignal(hub: StreamHub): Signal {
  return { kind: 'in-process', send: (userIds) => hub.wake(userIds), close: async () => {} };
}

/**
 * PostgreSQL LISTEN/NOTIFY: NOTIFY goes through the pool; LISTEN needs a connection of its own,
 * outside the pool, re-established after it drops (and then the log is read, for what was missed).
 */
export async function postgresSignal(hub: StreamHub, db: Executor, url: string, schema: string | undefined, log: HubLog): Promise<Signal> {
  // Channels are database-wide: a schema of its own (tests) gets a channel of its own.
  const channel = schema ? `meridian_events_${schema}` : 'meridian_events';
  let client: pg.Client | null = null;
  let stopped = false;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload) receive(hub, n.payload);
    });
    const lost = (err?: Error) => {
      if (client !== c) return;
      client = null;
      if (err) log.error({ err }, 'event LISTEN connection lost');
      c.end().catch(() => {});
      retry();
    };
    c.on('error', lost);
    c.on('end', () => lost());
    await c.connect();
    await c.query(`LISTEN "${channel}"`);
    client = c;
  };
  const retry = () => {
    if (stopped) return;
    setTimeout(() => {
      if (stopped) return;
      connect()
        .then(() => hub.wake())
        .catch((err: unknown) => {
          log.error({ err }, 'event LISTEN reconnection failed');
          retry();
        });
    }, 1000).unref();
  };

  await connect();
  return {
    kind: 'postgres',
    send(userIds) {
      hub.wake(userIds);
      notifyChannel(db, channel, encode(hub.instanceId, userIds)).catch((err: unknown) => log.error({ err }, 'NOTIFY failed'));
    },
    async close() {
      stopped = true;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/** Redis pub/sub: one connection publishes, a duplicate subscribes (ioredis re-subscribes after a drop). */
export async function redisSignal(hub: StreamHub, url: string, namespace: string, log: HubLog): Promise<Signal> {
  const channel = `meridian:events:${namespace}`;
  const pub = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: true });
  const sub = pub.duplicate();
  pub.on('error', (err) => log.error({ err }, 'Redis (events) error'));
  sub.on('error', (err) => log.error({ err }, 'Redis (event subscription) error'));
  sub.on('message', (ch: string, payload: string) => {
    if (ch === channel) receive(hub, payload);
  });
  await pub.connect();
  await sub.subscribe(channel);
  // After a reconnection, read the log for whatever was signalled meanwhile.
  sub.on('ready', () => hub.wake());
  return {
    kind: 'redis',
    send(userIds) {
      hub.wake(userIds);
      pub.publish(channel, encode(hub.instanceId, userIds)).catch((err: unknown) => log.error({ err }, 'Redis PUBLISH failed'));
    },
    async close() {
      sub.disconnect();
      pub.disconnect();
    },
  };
}
