import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { dataOf, listenOnLoopback, openSse, type SseEvent, type SseStream } from '../../../test/sse';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';
import { inTransaction } from './after-commit';
import { publishMeetingChanged, publishRequestUpdated } from './publish';

const message = (e: SseEvent) => dataOf<{ message: { id: string; text: string } }>(e).message;

describe.each(dialects)('the event stream on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person;
  let maya: Person;
  let omar: Person; // a mentor of another pair
  let pid: string;
  const open: SseStream[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    base = await listenOnLoopback(t.app);
    call = caller(t);
    program = await createProgram(t.ctx);
    lina = await person(t, program, 'mentee', { name: 'Lina' });
    maya = await person(t, program, 'mentor', { name: 'Maya', profile: { mentor: mentorBlock(2) } });
    omar = await person(t, program, 'mentor', { name: 'Omar', profile: { mentor: mentorBlock(2) } });
    const other = await person(t, program, 'mentee');
    pid = (await createPartnership(t.ctx, { program, mentee: lina, mentor: maya })).id;
    await createPartnership(t.ctx, { program, mentee: other, mentor: omar });
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    // Closing the server ends the streams still open on its side.
    await t.close();
  });

  async function stream(who: Person | null, o: { lastEventId?: string; query?: string; headers?: Record<string, string> } = {}) {
    const headers = { ...(who ? { cookie: who.as.headers.cookie } : {}), ...(o.lastEventId ? { 'last-event-id': o.lastEventId } : {}), ...o.headers };
    const s = await openSse(`${base}/api/v1/stream${o.query ?? ''}`, headers);
    open.push(s);
    if (s.status === 200) await s.waitFor((e) => e.event === 'stream.ready');
    return s;
  }
  const post = async (who: Person, text: string) => {
    const res = await call('POST', `/partnerships/${pid}/messages`, who.as, { body: text, format: 'text' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().message as { id: string };
  };
  const created = (s: SseStream, text: string) => s.waitFor((e) => e.event === 'message.created' && message(e).text === text);

  it('refuses anyone not signed in', async () => {
    const s = await stream(null);
    expect(s.status).toBe(401);
  });

  it('delivers a new message to both people’s streams, and to no one else', async () => {
    const mayas = await stream(maya);
    const linas = await stream(lina);
    const omars = await stream(omar);
    expect(dataOf(mayas.events[0]!)).toEqual({ replayed: 0, reset: false });
    const sent = await post(lina, 'Hello over the wire');
    const got = await created(mayas, 'Hello over the wire');
    expect(message(got).id).toBe(sent.id);
    expect(got.id).toMatch(/^\d{16}$/);
    await created(linas, 'Hello over the wire');
    // Omar hears of nothing: an event of his own, published after, is the first thing he gets.
    await inTransaction(t.database.db, (trx) =>
      publishMeetingChanged(t.ctx, trx, { meetingId: crypto.randomUUID(), partnershipId: crypto.randomUUID(), status: 'confirmed', userIds: [omar.user.id] }),
    );
    await omars.waitFor((e) => e.event === 'meeting.changed');
    expect(omars.events.map((e) => e.event)).toEqual(['stream.ready', 'meeting.changed']);
  });

  it('keeps every event, in commit order, when both sides post at once', async () => {
    const s = await stream(maya);
    const texts = Array.from({ length: 30 }, (_, i) => `Burst ${i}`);
    await Promise.all(texts.map((text, i) => post(i % 2 ? maya : lina, text)));
    await s.waitFor(() => s.events.filter((e) => e.event === 'message.created').length === 30);
    const got = s.events.filter((e) => e.event === 'message.created');
    expect(new Set(got.map((e) => message(e).text))).toEqual(new Set(texts));
    const ids = got.map((e) => e.id!);
    expect([...ids].sort()).toEqual(ids);
    // A replay from the first returns the other 29, in the same order.
    s.close();
    const again = await stream(maya, { lastEventId: ids[0]! });
    expect(again.events.filter((e) => e.event === 'message.created').map((e) => e.id)).toEqual(ids.slice(1));
  });

  it('streams edits, deletions and read receipts, with ids in order', async () => {
    const mayas = await stream(maya);
    const m = await post(lina, 'Typo hree');
    await call('PATCH', `/partnerships/${pid}/messages/${m.id}`, lina.as, { body: 'Typo here' });
    await call('POST', `/partnerships/${pid}/messages/read`, maya.as, {});
    await call('DELETE', `/partnerships/${pid}/messages/${m.id}`, lina.as);
    await mayas.waitFor((e) => e.event === 'message.deleted');
    const kinds = mayas.events.slice(1).map((e) => e.event);
    expect(kinds).toEqual(['message.created', 'message.updated', 'conversation.read', 'message.deleted']);
    expect(dataOf(mayas.events[3]!)).toMatchObject({ partnershipId: pid, userId: maya.user.id, side: 'mentor', unread: 0 });
    const ids = mayas.events.slice(1).map((e) => e.id!);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('replays exactly what was missed after Last-Event-ID, then goes live without repeats', async () => {
    const first = await stream(maya);
    await post(lina, 'Before the tunnel');
    const seen = await created(first, 'Before the tunnel');
    first.close();

    await post(lina, 'In the tunnel 1');
    await post(lina, 'In the tunnel 2');
    const again = await stream(maya, { lastEventId: seen.id! });
    expect(dataOf(again.events.find((e) => e.event === 'stream.ready')!)).toEqual({ replayed: 2, reset: false });
    await post(lina, 'Out of the tunnel');
    await created(again, 'Out of the tunnel');
    const texts = again.events.filter((e) => e.event === 'message.created').map((e) => message(e).text);
    expect(texts).toEqual(['In the tunnel 1', 'In the tunnel 2', 'Out of the tunnel']);
    // The query parameter works the same for clients that cannot set the header.
    const viaQuery = await stream(maya, { query: `?lastEventId=${seen.id}` });
    expect(viaQuery.events.filter((e) => e.event === 'message.created').map((e) => message(e).text)).toEqual([
      'In the tunnel 1',
      'In the tunnel 2',
      'Out of the tunnel',
    ]);
    // And resuming from the newest id replays nothing.
    const upToDate = await stream(maya, { lastEventId: again.lastEventId! });
    expect(dataOf(upToDate.events[0]!)).toEqual({ replayed: 0, reset: false });
  });

  it('replays a message deleted since as its tombstone, never its old words', async () => {
    const s = await stream(maya);
    await post(lina, 'Before the secret');
    const mark = await created(s, 'Before the secret');
    s.close();
    const secret = await post(lina, 'My password is hunter2');
    await call('PATCH', `/partnerships/${pid}/messages/${secret.id}`, lina.as, { body: 'My password is hunter3' });
    await call('DELETE', `/partnerships/${pid}/messages/${secret.id}`, lina.as);
    const again = await stream(maya, { lastEventId: mark.id! });
    await again.waitFor((e) => e.event === 'message.deleted');
    const about = again.events.filter((e) => e.event.startsWith('message.'));
    expect(about.map((e) => [e.event, message(e).id, message(e).text])).toEqual([
      ['message.created', secret.id, ''],
      ['message.updated', secret.id, ''],
      ['message.deleted', secret.id, ''],
    ]);
    expect(JSON.stringify(again.events)).not.toContain('hunter');
  });

  it.each([['garbage'], ['0000000000000001'], ['9999999999999999']])('asks a client to reload when its Last-Event-ID %j is unusable, too old or unknown', async (id) => {
    const s = await stream(maya, { lastEventId: id });
    const ready = s.events[0]!;
    expect(dataOf(ready)).toEqual({ replayed: 0, reset: true });
    // With an id to resume from next time.
    expect(ready.id).toMatch(/^\d{16}$/);
  });

  it('asks a client that missed more than 500 events to reload instead of replaying them', async () => {
    const s = await stream(maya);
    await post(lina, 'Mark');
    const mark = await created(s, 'Mark');
    s.close();
    const burst = Array.from({ length: 501 }, (_, i) => ({ kind: 'request.updated' as const, userIds: [maya.user.id], data: { n: i } }));
    await inTransaction(t.database.db, (trx) => t.events.publish(trx, burst));
    const behind = await stream(maya, { lastEventId: mark.id! });
    expect(dataOf(behind.events[0]!)).toEqual({ replayed: 0, reset: true });
    expect(behind.events).toHaveLength(1);
  });

  it('accepts a personal API token instead of the session cookie', async () => {
    const res = await call('POST', '/me/tokens', lina.as, { name: 'stream' });
    const s = await stream(null, { headers: { authorization: `Bearer ${res.json().secret}` } });
    expect(s.status).toBe(200);
    await post(maya, 'To the token');
    await created(s, 'To the token');
  });

  it('publishes for other modules only once their transaction commits', async () => {
    const s = await stream(lina);
    const requestId = crypto.randomUUID();
    await expect(
      inTransaction(t.database.db, async (trx) => {
        await publishRequestUpdated(t.ctx, trx, { requestId, programId: program.id, status: 'accepted', userIds: [lina.user.id] });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // A transaction opened any other way cannot publish: it could not announce after commit.
    await expect(
      t.database.db.transaction().execute((trx) => publishRequestUpdated(t.ctx, trx, { requestId, programId: program.id, status: 'accepted', userIds: [lina.user.id] })),
    ).rejects.toThrow(/inTransaction/);
    await inTransaction(t.database.db, (trx) =>
      publishRequestUpdated(t.ctx, trx, { requestId, programId: program.id, status: 'declined', userIds: [lina.user.id] }),
    );
    const got = await s.waitFor((e) => e.event === 'request.updated');
    expect(dataOf(got)).toEqual({ requestId, programId: program.id, status: 'declined', partnershipId: null });
    expect(s.events.filter((e) => e.event === 'request.updated')).toHaveLength(1);
  });

  it('knows who is online while their stream is open', async () => {
    const others = open.filter((x) => x.status === 200);
    others.forEach((x) => x.close());
    await Promise.all(others.map((x) => x.ended));
    const online = () => t.events.onlineUsers(t.database.db, [omar.user.id, lina.user.id, maya.user.id]);
    await expect.poll(online).toEqual(new Set());
    const s = await stream(omar);
    expect(await online()).toEqual(new Set([omar.user.id]));
    s.close();
    await expect.poll(online).toEqual(new Set());
  });
});
