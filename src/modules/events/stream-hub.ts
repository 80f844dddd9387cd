import type { Executor } from '../../db/database';
import { newId } from '../../server/ids';
import type { Clock } from '../../shared/clock';
import { sseFrame, type OpenStream, type StoredEvent, type StreamSink } from './events';
import * as repo from './events.repository';

export interface HubLog {
  error(obj: object, msg: string): void;
}

export interface HubOptions {
  db: Executor;
  clock: Clock;
  log: HubLog;
  /** Comment lines keep proxies from closing an idle stream, and refresh who is online. */
  heartbeatMs?: number;
  /** Reads the log even without a signal, so a lost one delays an event rather than losing it. */
  sweepMs?: number;
  /** At most this many missed events are replayed; more, or older than replayHours, ask the client to reload. */
  replayLimit?: number;
  replayHours?: number;
}

interface Subscriber {
  userId: string;
  sink: StreamSink;
  connectionId: string;
  /** Id of the last event written; only later ones are written, so each goes out once. */
  lastSent: string;
  /** Live events that arrive while the replay runs, written after it. */
  pending: StoredEvent[] | null;
  closed: boolean;
}

const HOUR_MS = 3_600_000;
const MAX_STREAMS_PER_USER = 10;
/** A stream is "online" while its heartbeat is at most this old (three heartbeats missed: gone). */
export const onlineWindowMs = (heartbeatMs: number): number => heartbeatMs * 3;

/**
 * The open streams of one instance. Events reach it as a signal ("these users have news"),
 * after which it reads the event log from its cursor and writes each row to that user's
 * streams. Reading the log rather than trusting the signal's payload keeps every stream in
 * the log's order, lets a missed signal be caught up by the next one, and makes a replay
 * after reconnection and live delivery meet without gaps or repeats.
 */
export class StreamHub {
  readonly instanceId = newId();
  private readonly subs = new Map<string, Set<Subscriber>>();
  private cursor = '';
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly o: Required<HubOptions>;

  constructor(options: HubOptions) {
    this.o = { heartbeatMs: 25_000, sweepMs: 5_000, replayLimit: 500, replayHours: 24, ...options };
  }

  async start(): Promise<void> {
    this.cursor = await repo.latestEventId(this.o.db);
    const heartbeat = setInterval(() => void this.heartbeat(), this.o.heartbeatMs);
    const sweep = setInterval(() => this.wake(), this.o.sweepMs);
    for (const t of [heartbeat, sweep]) t.unref();
    this.timers.push(heartbeat, sweep);
  }

  /** New events were committed for these users (all users when none are named). */
  wake(userIds?: readonly string[]): void {
    if (userIds && !userIds.some((u) => this.subs.has(u))) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readLog()
      .catch((err: unknown) => this.o.log.error({ err }, 'reading the event log failed'))
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async readLog(): Promise<void> {
    if (this.subs.size === 0) {
      // Nobody to write to: skip ahead rather than read it all once someone connects. (A stream
      // opening meanwhile starts from a newer id than this, so nothing it needs is skipped.)
      const latest = await repo.latestEventId(this.o.db);
      if (this.subs.size === 0 && latest > this.cursor) this.cursor = latest;
      if (this.subs.size === 0) return;
    }
    for (;;) {
      const events = await repo.listEventsAfter(this.o.db, this.cursor, 500);
      for (const e of events) {
        for (const sub of this.subs.get(e.userId) ?? []) this.offer(sub, e);
        this.cursor = e.id;
      }
      if (events.length < 500) return;
    }
  }

  private offer(sub: Subscriber, e: StoredEvent): void {
    if (sub.pending) sub.pending.push(e);
    else this.send(sub, e);
  }

  private send(sub: Subscriber, e: StoredEvent): void {
    if (sub.closed || e.id <= sub.lastSent) return;
    sub.lastSent = e.id;
    if (!sub.sink.write(sseFrame(e))) void this.drop(sub);
  }

  /** Opens a stream: replays what was missed after `lastEventId` (bounded), then goes live. */
  async open(userId: string, lastEventId: string | null, sink: StreamSink): Promise<OpenStream> {
    const sub: Subscriber = { userId, sink, connectionId: newId(), lastSent: '', pending: [], closed: false };
    // Registered before anything is read, so nothing committed from here on can slip past.
    let set = this.subs.get(userId);
    if (!set) this.subs.set(userId, (set = new Set()));
    set.add(sub);
    // Tabs left open pile up: past the limit, the oldest of this person's streams here ends.
    if (set.size > MAX_STREAMS_PER_USER) void this.drop(set.values().next().value!);
    try {
      const now = this.o.clock.now();
      await repo.insertConnection(this.o.db, { id: sub.connectionId, userId, instanceId: this.instanceId, now: now.toISOString() });
      sink.write('retry: 3000\n\n');
      const since = now.getTime() - this.o.replayHours * HOUR_MS;
      let replayed = 0;
      let reset = false;
      if (lastEventId === null) {
        sub.lastSent = await repo.latestEventId(this.o.db);
      } else {
        const latest = await repo.latestEventId(this.o.db);
        // An id from the future (another database, a made-up one) would hold every later event back.
        const usable = repo.isEventId(lastEventId) && repo.eventIdTime(lastEventId) >= since && lastEventId <= latest;
        const missed = usable
          ? await repo.listUserEventsAfter(this.o.db, userId, lastEventId, new Date(since).toISOString(), this.o.replayLimit + 1)
          : null;
        if (!missed || missed.length > this.o.replayLimit) {
          reset = true;
          sub.lastSent = await repo.latestEventId(this.o.db);
        } else {
          sub.lastSent = lastEventId;
          for (const e of missed) this.send(sub, e);
          replayed = missed.length;
        }
      }
      // Tells the client where it stands, with an id so even a quiet stream resumes from here.
      const ready = JSON.stringify({ replayed, reset });
      sink.write(`${sub.lastSent ? `id: ${sub.lastSent}\n` : ''}event: stream.ready\ndata: ${ready}\n\n`);
      const pending = sub.pending ?? [];
      sub.pending = null;
      for (const e of pending) this.send(sub, e);
    } catch (err) {
      await this.drop(sub);
      throw err;
    }
    return { close: () => this.drop(sub) };
  }

  private async drop(sub: Subscriber, forget = true): Promise<void> {
    if (sub.closed) return;
    sub.closed = true;
    const set = this.subs.get(sub.userId);
    set?.delete(sub);
    if (set?.size === 0) this.subs.delete(sub.userId);
    sub.sink.end();
    if (forget) {
      await repo.deleteConnection(this.o.db, sub.connectionId).catch((err: unknown) => this.o.log.error({ err }, 'forgetting a stream failed'));
    }
  }

  private async heartbeat(): Promise<void> {
    if (this.subs.size === 0) return;
    for (const set of this.subs.values()) for (const sub of set) if (!sub.sink.write(': ping\n\n')) void this.drop(sub);
    await repo
      .touchConnections(this.o.db, this.instanceId, this.o.clock.now().toISOString())
      .catch((err: unknown) => this.o.log.error({ err }, 'stream heartbeat failed'));
  }

  /** Which of these users have a stream open on any instance (heartbeat recent enough). */
  async onlineUsers(db: Executor, userIds: readonly string[]): Promise<Set<string>> {
    // A stream open here needs no query; only the others are looked up across instances.
    const here = userIds.filter((u) => this.subs.has(u));
    const elsewhere = userIds.filter((u) => !this.subs.has(u));
    if (elsewhere.length === 0) return new Set(here);
    const since = new Date(this.o.clock.now().getTime() - onlineWindowMs(this.o.heartbeatMs)).toISOString();
    return new Set([...here, ...(await repo.findConnectedUsers(db, elsewhere, since))]);
  }

  get openStreams(): number {
    let n = 0;
    for (const set of this.subs.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.timers.forEach(clearInterval);
    for (const set of [...this.subs.values()]) for (const sub of [...set]) await this.drop(sub, false);
    await this.reading;
    await repo.deleteInstanceConnections(this.o.db, this.instanceId).catch((err: unknown) => this.o.log.error({ err }, 'forgetting streams failed'));
  }
}
