import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestInstance, type TestApp } from '../../../test/app';
import { TestClock } from '../../../test/clock';
import { createTestDatabase, dialects } from '../../../test/databases';
import { createUser } from '../../../test/factories';
import { listenOnLoopback, openSse } from '../../../test/sse';
import { signIn } from '../../../test/users';
import type { Db } from '../../db/database';
import { inTransaction } from './after-commit';
import { pruneStreamLog } from './retention';

describe.each(dialects)('stream upkeep on %s', (dialect) => {
  let database: Db;
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // Heartbeats every 50 ms instead of 25 s, so the test sees several.
    t = await buildTestInstance(database, new TestClock(), {}, { heartbeatMs: 50 });
    base = await listenOnLoopback(t.app);
  });
  afterAll(async () => {
    await t.close();
    await database.close();
  });

  async function signedIn() {
    const user = await createUser(t.ctx);
    return { user, as: await signIn(t.app, user.email, 'correct horse battery') };
  }
  const connections = () => t.database.db.selectFrom('stream_connections').select(['user_id', 'seen_at']).execute();

  it('sends comment lines as heartbeats and keeps the stream counted as online', async () => {
    const { user, as } = await signedIn();
    const s = await openSse(`${base}/api/v1/stream`, { cookie: as.headers.cookie });
    await s.waitFor((e) => e.event === 'stream.ready');
    t.clock.advance(1);
    await expect.poll(() => s.comments, { timeout: 2000 }).toBeGreaterThanOrEqual(3);
    // The heartbeat moved seen_at to the (pinned) clock's new time.
    expect((await connections()).find((c) => c.user_id === user.id)?.seen_at).toBe(t.clock.now().toISOString());
    s.close();
  });

  it('counts a stream on another instance as online until three heartbeats are missed', async () => {
    const { user } = await signedIn();
    const seen = (at: string) =>
      database.db.insertInto('stream_connections').values({ id: crypto.randomUUID(), user_id: user.id, instance_id: 'elsewhere', connected_at: at, seen_at: at }).execute();
    await seen(new Date(t.clock.now().getTime() - 140).toISOString());
    expect(await t.events.onlineUsers(database.db, [user.id])).toEqual(new Set([user.id]));
    await database.db.deleteFrom('stream_connections').where('user_id', '=', user.id).execute();
    await seen(new Date(t.clock.now().getTime() - 160).toISOString());
    expect(await t.events.onlineUsers(database.db, [user.id])).toEqual(new Set());
  });

  it('ends the oldest of one person’s streams past ten', async () => {
    const { as } = await signedIn();
    const streams = [];
    for (let i = 0; i < 11; i++) {
      const s = await openSse(`${base}/api/v1/stream`, { cookie: as.headers.cookie });
      await s.waitFor((e) => e.event === 'stream.ready');
      streams.push(s);
    }
    await streams[0]!.ended;
    expect(t.events.openStreams).toBe(10);
    streams.forEach((s) => s.close());
    await expect.poll(() => t.events.openStreams).toBe(0);
  });

  it('forgets events past the replay window and streams whose instance died', async () => {
    const { user } = await signedIn();
    const publish = () => inTransaction(database.db, (trx) => t.events.publish(trx, { kind: 'request.updated', userIds: [user.id], data: {} }));
    await publish();
    await database.db
      .insertInto('stream_connections')
      .values({ id: crypto.randomUUID(), user_id: user.id, instance_id: 'gone', connected_at: t.clock.now().toISOString(), seen_at: t.clock.now().toISOString() })
      .execute();
    t.clock.advance(49 * 60);
    await publish();
    const mine = () => database.db.selectFrom('stream_events').select('id').where('user_id', '=', user.id).execute();
    expect(await mine()).toHaveLength(2);
    const pruned = await pruneStreamLog(t.ctx);
    expect(pruned.events).toBeGreaterThanOrEqual(1);
    expect(await mine()).toHaveLength(1);
    expect((await connections()).filter((c) => c.user_id === user.id)).toEqual([]);
  });
});
