import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram, type ProgramRef } from '../../../test/factories';
import { PNG, removeDir, tempDataDir, upload } from '../files/test-helpers';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';
import { encodeCursor } from './messages.presenter';
import type { MessageView } from './messages.schemas';

describe.each(dialects)('conversations on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let program: ProgramRef;
  let lina: Person; // mentee
  let maya: Person; // mentor of Lina and of Omar
  let omar: Person; // Maya's other mentee
  let pid: string;
  let otherPid: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    t = await buildTestApp(dialect, { dataDir });
    call = caller(t);
    program = await createProgram(t.ctx, { name: 'Global Engineering' });
    lina = await person(t, program, 'mentee', { name: 'Lina' });
    maya = await person(t, program, 'mentor', { name: 'Maya', profile: { mentor: mentorBlock(3) } });
    omar = await person(t, program, 'mentee', { name: 'Omar' });
    pid = (await createPartnership(t.ctx, { program, mentee: lina, mentor: maya })).id;
    otherPid = (await createPartnership(t.ctx, { program, mentee: omar, mentor: maya })).id;
  });
  afterAll(async () => {
    await t.close();
    await removeDir(dataDir);
  });

  /** A fresh conversation for tests that count from zero. */
  async function freshPair() {
    const mentee = await person(t, program, 'mentee');
    const mentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    const id = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    return { mentee, mentor, id };
  }

  const post = (who: Person, partnershipId: string, body: string, format?: 'html' | 'text') =>
    call('POST', `/partnerships/${partnershipId}/messages`, who.as, { body, ...(format ? { format } : {}) });
  const list = (who: Person, partnershipId: string, query = '') => call('GET', `/partnerships/${partnershipId}/messages${query}`, who.as);
  const messageCount = async () => Number((await t.database.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeEach(() => t.clock.set('2026-11-24T09:00:00.000Z'));

  it('posts a message that both sides read, with the author and the edit window', async () => {
    const { mentee, mentor, id } = await freshPair();
    const res = await post(mentee, id, '<p>Hello <strong>Maya</strong>!</p>');
    expect(res.statusCode, res.body).toBe(201);
    const message: MessageView = res.json().message;
    expect(message).toMatchObject({
      partnershipId: id,
      author: { userId: mentee.user.id, name: mentee.user.name, side: 'mentee' },
      html: '<p>Hello <strong>Maya</strong>!</p>',
      text: 'Hello Maya!',
      createdAt: '2026-11-24T09:00:00.000Z',
      editedAt: null,
      deleted: false,
      editableUntil: '2026-11-24T09:15:00.000Z',
    });
    const theirs = (await list(mentor, id)).json();
    expect(theirs).toMatchObject({ messages: [message], older: null, newer: null, unread: 1, readMarker: null, viewerSide: 'mentor' });
    // The author has read what they wrote.
    const mine = (await list(mentee, id)).json();
    expect(mine).toMatchObject({ unread: 0, readMarker: { messageId: message.id, at: message.createdAt }, otherReadMarker: null });
  });

  it('keeps only the safe subset of HTML: no scripts, javascript: links or event handlers', async () => {
    const body =
      '<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(1)">click</a> ' +
      '<a href="https://example.org/guide" target="_blank" onmouseover="x()">guide</a></p>' +
      '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe><style>p{}</style>' +
      '<ul><li><em>one</em></li></ul><blockquote>quoted</blockquote><pre><code>npm test</code></pre>' +
      '<a href="mailto:maya@example.org">mail</a><a href="JaVaScRiPt:void(0)">x</a><a href="data:text/html,hi">d</a>';
    const res = await post(lina, pid, body);
    expect(res.statusCode, res.body).toBe(201);
    const { html, text } = res.json().message as MessageView;
    expect(html).toBe(
      '<p>Hi <a rel="noopener nofollow">click</a> <a href="https://example.org/guide" rel="noopener nofollow">guide</a></p>' +
        '<ul><li><em>one</em></li></ul><blockquote>quoted</blockquote><pre><code>npm test</code></pre>' +
        '<a href="mailto:maya@example.org" rel="noopener nofollow">mail</a><a rel="noopener nofollow">x</a><a rel="noopener nofollow">d</a>',
    );
    for (const bad of ['script', 'onclick', 'onerror', 'onmouseover', 'javascript:', 'JaVaScRiPt', 'iframe', 'img', 'style', 'data:', 'target']) {
      expect(html).not.toContain(bad);
    }
    expect(text).toContain('guide (https://example.org/guide)');
    expect(text).toContain('• one');
  });

  it('takes plain text too: escaped, blank lines make paragraphs', async () => {
    const res = await post(lina, pid, 'Is <b>this</b> ok?\nSecond line\n\nNew & last', 'text');
    expect(res.json().message).toMatchObject({
      html: '<p>Is &lt;b&gt;this&lt;/b&gt; ok?<br />Second line</p><p>New &amp; last</p>',
      text: 'Is <b>this</b> ok?\nSecond line\n\nNew & last',
    });
  });

  it('refuses an empty, blank, all-unsafe or oversized message with a 400 naming the body, and stores nothing', async () => {
    const before = await messageCount();
    const cases: [object, RegExp][] = [
      [{ body: '' }, /Write a message/],
      [{ body: '   \n ' }, /Write a message/],
      [{ body: '<script>alert(1)</script><img src=x>' }, /nothing was left/],
      [{ body: 'x'.repeat(10_001) }, /at most 10,000 characters/],
      [{}, /.+/],
      [{ body: 'hi', format: 'markdown' }, /.+/],
      [{ body: 'hi', extra: true }, /.+/],
    ];
    for (const [payload, message] of cases) {
      const res = await call('POST', `/partnerships/${pid}/messages`, lina.as, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('validation_failed');
      expect(error.fields[0].message).toMatch(message);
      if ('body' in payload && !('extra' in payload) && !('format' in payload)) expect(error.fields[0].path).toBe('body');
    }
    // Exactly 10,000 characters is fine.
    expect((await post(lina, pid, 'y'.repeat(10_000))).statusCode).toBe(201);
    expect(await messageCount()).toBe(before + 1);
  });

  it('pages through the conversation with opaque cursors, both ways', async () => {
    const { mentee, mentor, id } = await freshPair();
    for (let i = 1; i <= 7; i++) {
      expect((await post(i % 2 ? mentee : mentor, id, `Message ${i}`)).statusCode).toBe(201);
      t.clock.advance(1);
    }
    const texts = (page: { messages: MessageView[] }) => page.messages.map((m) => m.text);
    const newest = (await list(mentee, id, '?limit=3')).json();
    expect(texts(newest)).toEqual(['Message 5', 'Message 6', 'Message 7']);
    expect(newest.newer).toBeNull();
    const middle = (await list(mentee, id, `?limit=3&before=${newest.older}`)).json();
    expect(texts(middle)).toEqual(['Message 2', 'Message 3', 'Message 4']);
    expect(middle.newer).not.toBeNull();
    const first = (await list(mentee, id, `?limit=3&before=${middle.older}`)).json();
    expect(texts(first)).toEqual(['Message 1']);
    expect(first.older).toBeNull();
    // Forwards from the start.
    const next = (await list(mentee, id, `?limit=4&after=${first.newer}`)).json();
    expect(texts(next)).toEqual(['Message 2', 'Message 3', 'Message 4', 'Message 5']);
    expect(next.older).not.toBeNull();
    const rest = (await list(mentee, id, `?limit=4&after=${next.newer}`)).json();
    expect(texts(rest)).toEqual(['Message 6', 'Message 7']);
    expect(rest.newer).toBeNull();
    // Nothing newer yet: an empty page.
    const last = newest.messages[2] as MessageView;
    const none = (await list(mentee, id, `?after=${encodeCursor({ at: last.createdAt, id: last.id })}`)).json();
    expect(none).toMatchObject({ messages: [], older: null, newer: null });

    for (const [query, field] of [
      ['?before=not-a-cursor', 'before'],
      ['?after=' + Buffer.from('yesterday|x').toString('base64url'), 'after'],
      ['?limit=101', 'limit'],
      ['?limit=0', 'limit'],
      [`?before=${newest.older}&after=${newest.older}`, 'after'],
    ] as const) {
      const res = await list(mentee, id, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields[0].path).toBe(field);
    }
  });

  it('lets the author edit or delete within the edit window only; a deleted message stays as a tombstone', async () => {
    const { mentee, mentor, id } = await freshPair();
    const m: MessageView = (await post(mentee, id, 'First draft')).json().message;
    const url = `/partnerships/${id}/messages/${m.id}`;

    t.clock.advance(10);
    const edited = await call('PATCH', url, mentee.as, { body: '<p>Second <em>draft</em></p>' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().message).toMatchObject({ html: '<p>Second <em>draft</em></p>', text: 'Second draft', editedAt: '2026-11-24T09:10:00.000Z', createdAt: m.createdAt });

    const byOther = await call('PATCH', url, mentor.as, { body: 'Hijacked' });
    expect(byOther.statusCode).toBe(403);
    expect((await call('DELETE', url, mentor.as)).statusCode).toBe(403);
    expect((await call('PATCH', url, mentee.as, { body: '' })).statusCode).toBe(400);

    t.clock.advance(6); // 16 minutes after posting
    const late = await call('PATCH', url, mentee.as, { body: 'Too late' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('edit_window_closed');
    expect((await call('DELETE', url, mentee.as)).json().error.code).toBe('edit_window_closed');
    expect((await list(mentor, id)).json().messages[0].text).toBe('Second draft');

    const gone: MessageView = (await post(mentee, id, 'Oops, wrong chat')).json().message;
    const deleted = await call('DELETE', `/partnerships/${id}/messages/${gone.id}`, mentee.as);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().message).toMatchObject({ id: gone.id, deleted: true, html: '', text: '', deletedAt: '2026-11-24T09:16:00.000Z', editableUntil: null });
    const seen = (await list(mentor, id)).json();
    expect(seen.messages.map((x: MessageView) => [x.text, x.deleted])).toEqual([['Second draft', false], ['', true]]);
    // The tombstone is not unread news, and cannot be changed again.
    expect(seen.unread).toBe(1);
    expect((await call('DELETE', `/partnerships/${id}/messages/${gone.id}`, mentee.as)).statusCode).toBe(410);
    expect((await call('PATCH', `/partnerships/${id}/messages/${gone.id}`, mentee.as, { body: 'back' })).statusCode).toBe(410);
    const row = await t.database.db.selectFrom('messages').selectAll().where('id', '=', gone.id).executeTakeFirstOrThrow();
    expect([row.body_html, row.body_text]).toEqual(['', '']);
    // A message of another conversation is not found here.
    const elsewhere = (await post(lina, pid, 'Elsewhere')).json().message.id;
    expect((await call('PATCH', `/partnerships/${id}/messages/${elsewhere}`, mentee.as, { body: 'x' })).statusCode).toBe(404);
  });

  it('counts unread messages and moves read markers forward only', async () => {
    const { mentee, mentor, id } = await freshPair();
    const sent: MessageView[] = [];
    for (let i = 1; i <= 3; i++) {
      sent.push((await post(mentor, id, `News ${i}`)).json().message);
      t.clock.advance(1);
    }
    expect((await list(mentee, id)).json()).toMatchObject({ unread: 3, readMarker: null });

    const read = await call('POST', `/partnerships/${id}/messages/read`, mentee.as, { upTo: sent[1]!.id });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({ unread: 1, readMarker: { messageId: sent[1]!.id, at: sent[1]!.createdAt } });
    // Never backwards.
    expect((await call('POST', `/partnerships/${id}/messages/read`, mentee.as, { upTo: sent[0]!.id })).json().unread).toBe(1);
    // Default: up to the newest.
    expect((await call('POST', `/partnerships/${id}/messages/read`, mentee.as, {})).json()).toEqual({
      unread: 0,
      readMarker: { messageId: sent[2]!.id, at: sent[2]!.createdAt },
    });
    expect((await list(mentor, id)).json().otherReadMarker).toEqual({ messageId: sent[2]!.id, at: sent[2]!.createdAt });
    // The mentee's own reply does not count as unread for them.
    await post(mentee, id, 'Thanks!');
    expect((await list(mentee, id)).json().unread).toBe(0);
    expect((await list(mentor, id)).json().unread).toBe(1);

    const bad = await call('POST', `/partnerships/${id}/messages/read`, mentee.as, { upTo: crypto.randomUUID() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('upTo');
  });

  it('sums unread messages across my partnerships', async () => {
    t.clock.set('2026-11-25T10:00:00.000Z');
    await post(lina, pid, 'From Lina');
    t.clock.advance(1);
    await post(omar, otherPid, 'From Omar 1');
    await post(omar, otherPid, 'From Omar 2');
    await call('POST', `/partnerships/${pid}/messages/read`, maya.as, {});
    await post(lina, pid, 'Lina again');
    const res = await call('GET', '/conversations/unread', maya.as);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 3,
      conversations: [
        { partnershipId: otherPid, unread: 2, lastMessageAt: '2026-11-25T10:01:00.000Z' },
        { partnershipId: pid, unread: 1, lastMessageAt: '2026-11-25T10:01:00.000Z' },
      ].sort((a, b) => a.partnershipId.localeCompare(b.partnershipId)),
    });
    const linas = (await call('GET', '/conversations/unread', lina.as)).json();
    expect(linas.conversations.map((c: { partnershipId: string }) => c.partnershipId)).toEqual([pid]);
  });

  it('attaches files the author uploaded for it, and no one else’s; a tombstone shows none', async () => {
    const { mentee, mentor, id } = await freshPair();
    const up = await upload(t, id, mentee.as, { fields: { messageAttachment: 'true' }, file: { name: 'plan.png', bytes: PNG } });
    expect(up.statusCode, up.body).toBe(201);
    const fileId: string = up.json().file.id;
    // The mentor cannot send the mentee's file, and nothing is posted when they try.
    const before = await messageCount();
    const theirs = await call('POST', `/partnerships/${id}/messages`, mentor.as, { body: 'Mine now', attachments: [fileId] });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().error.fields[0].path).toBe('attachments.0');
    expect(await messageCount()).toBe(before);

    const res = await call('POST', `/partnerships/${id}/messages`, mentee.as, { body: 'The plan, attached', attachments: [fileId] });
    expect(res.statusCode, res.body).toBe(201);
    const message: MessageView = res.json().message;
    expect(message.attachments).toEqual([expect.objectContaining({ id: fileId, name: 'plan.png', contentType: 'image/png', uploadedBy: 'mentee' })]);
    expect((await list(mentor, id)).json().messages[0].attachments).toEqual(message.attachments);
    // Once attached, a file cannot go with another message.
    expect((await call('POST', `/partnerships/${id}/messages`, mentee.as, { body: 'Again', attachments: [fileId] })).statusCode).toBe(400);
    const deleted = await call('DELETE', `/partnerships/${id}/messages/${message.id}`, mentee.as);
    expect(deleted.json().message.attachments).toEqual([]);
  });

  it('keeps an ended partnership’s conversation readable but closed to new messages', async () => {
    const { mentee, mentor, id } = await freshPair();
    const m: MessageView = (await post(mentee, id, 'Last words')).json().message;
    await t.database.db.updateTable('partnerships').set({ status: 'completed', ended_at: t.clock.now().toISOString() }).where('id', '=', id).execute();
    const res = await post(mentor, id, 'Too late');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('partnership_closed');
    expect((await call('PATCH', `/partnerships/${id}/messages/${m.id}`, mentee.as, { body: 'edit' })).json().error.code).toBe('partnership_closed');
    expect((await list(mentor, id)).json().messages).toHaveLength(1);
    expect((await call('POST', `/partnerships/${id}/messages/read`, mentor.as, {})).json().unread).toBe(0);
  });
});
