import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type DialectName } from '../../db/database';
import { migrateToLatest } from '../../db/migrator';
import { buildTestInstance, type TestApp } from '../../../test/app';
import { TestClock } from '../../../test/clock';
import { createTestDatabase, dialects } from '../../../test/databases';
import { createPartnership, createProgram } from '../../../test/factories';
import { dataOf, listenOnLoopback, openSse, type SseEvent, type SseStream } from '../../../test/sse';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';

const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisIsUp(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisIsUp();
// Off a developer's machine without Redis the Redis cases are skipped; CI starts Redis and must run them.
if (!redisUp && process.env.CI === 'true') throw new Error(`Redis is not reachable at ${redisUrl}: .ci/run starts it`);

/**
 * Two instances of the app on one database, as behind a load balancer: on SQLite, two
 * connections to one file (only Redis can link them); on PostgreSQL, one schema.
 */
async function sharedDatabase(dialect: DialectName): Promise<{ a: Db; b: Db; close(): Promise<void> }> {
  if (dialect === 'postgres') {
    const db = await createTestDatabase('postgres');
    return { a: db, b: db, close: () => db.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-fan-out-'));
  const file = path.join(dir, 'shared.sqlite');
  const a = openDatabase({ dialect: 'sqlite', file });
  await migrateToLatest(a);
  const b = openDatabase({ dialect: 'sqlite', file });
  return {
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const links: { link: 'postgres' | 'redis'; dialect: DialectName }[] = [
  ...(dialects.includes('postgres') ? [{ link: 'postgres' as const, dialect: 'postgres' as const }] : []),
  ...(redisUp ? dialects.map((dialect) => ({ link: 'redis' as const, dialect })) : []),
];

describe.skipIf(links.length === 0).each(links)('a message posted on one instance reaches a stream on another ($link on $dialect)', ({ link, dialect }) => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let a: TestApp;
  let b: TestApp;
  let baseA: string;
  let baseB: string;
  let lina: Person;
  let maya: Person;
  let pid: string;
  const streams: SseStream[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase(dialect);
    const clock = new TestClock();
    const overrides = link === 'redis' ? { redisUrl } : {};
    // No sweep of the log during the test: only the link can carry an event across.
    a = await buildTestInstance(shared.a, clock, overrides, { sweepMs: 600_000 });
    b = await buildTestInstance(shared.b, clock, overrides, { sweepMs: 600_000 });
    baseA = await listenOnLoopback(a.app);
    baseB = await listenOnLoopback(b.app);
    const program = await createProgram(a.ctx);
    lina = await person(a, program, 'mentee', { name: 'Lina' });
    maya = await person(a, program, 'mentor', { name: 'Maya', profile: { mentor: mentorBlock(2) } });
    pid = (await createPartnership(a.ctx, { program, mentee: lina, mentor: maya })).id;
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await a?.close();
    await b?.close();
    await shared?.close();
  });

  async function streamOn(base: string, who: Person, lastEventId?: string) {
    const s = await openSse(`${base}/api/v1/stream`, { cookie: who.as.headers.cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) });
    streams.push(s);
    expect(s.status).toBe(200);
    await s.waitFor((e) => e.event === 'stream.ready');
    return s;
  }
  const postOn = async (t: TestApp, who: Person, text: string) => {
    const res = await caller(t)('POST', `/partnerships/${pid}/messages`, who.as, { body: text, format: 'text' });
    expect(res.statusCode, res.body).toBe(201);
  };
  const textOf = (e: SseEvent) => dataOf<{ message: { text: string } }>(e).message.text;
  const created = (s: SseStream, text: string) => s.waitFor((e) => e.event === 'message.created' && textOf(e) === text);

  it(`links the instances through ${link}`, () => {
    expect(a.events.signal).toBe(link);
    expect(b.events.signal).toBe(link);
  });

  it('delivers both ways, once each', async () => {
    const onB = await streamOn(baseB, maya);
    const onA = await streamOn(baseA, lina);
    await postOn(a, lina, 'Posted on A');
    await created(onB, 'Posted on A');
    await postOn(b, maya, 'Posted on B');
    await created(onA, 'Posted on B');
    await created(onB, 'Posted on B');
    expect(onB.events.filter((e) => e.event === 'message.created').map(textOf)).toEqual(['Posted on A', 'Posted on B']);
  });

  it('replays on one instance what a stream on the other missed', async () => {
    const onB = await streamOn(baseB, maya);
    await postOn(a, lina, 'Seen on B');
    const seen = await created(onB, 'Seen on B');
    onB.close();
    await postOn(b, lina, 'Missed 1');
    await postOn(a, lina, 'Missed 2');
    const onA = await streamOn(baseA, maya, seen.id!);
    await postOn(b, lina, 'Live again');
    await created(onA, 'Live again');
    expect(onA.events.filter((e) => e.event === 'message.created').map(textOf)).toEqual(['Missed 1', 'Missed 2', 'Live again']);
  });

  it('sees a stream open on the other instance as online', async () => {
    await streamOn(baseB, lina);
    expect(await a.events.onlineUsers(a.database.db, [lina.user.id])).toEqual(new Set([lina.user.id]));
  });
});

describe('two instances on one SQLite file without Redis', () => {
  it('do not reach each other’s streams (the control for the tests above)', async () => {
    const shared = await sharedDatabase('sqlite');
    const clock = new TestClock();
    const a = await buildTestInstance(shared.a, clock, {}, { sweepMs: 600_000 });
    const b = await buildTestInstance(shared.b, clock, {}, { sweepMs: 600_000 });
    try {
      expect(b.events.signal).toBe('in-process');
      const base = await listenOnLoopback(b.app);
      const program = await createProgram(a.ctx);
      const mentee = await person(a, program, 'mentee');
      const mentor = await person(a, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
      const id = (await createPartnership(a.ctx, { program, mentee, mentor })).id;
      const s = await openSse(`${base}/api/v1/stream`, { cookie: mentor.as.headers.cookie });
      await s.waitFor((e) => e.event === 'stream.ready');
      expect((await caller(a)('POST', `/partnerships/${id}/messages`, mentee.as, { body: 'Anyone?' })).statusCode).toBe(201);
      await expect(s.waitFor((e) => e.event === 'message.created', 500)).rejects.toThrow(/no matching event/);
      s.close();
    } finally {
      await a.close();
      await b.close();
      await shared.close();
    }
  });
});
