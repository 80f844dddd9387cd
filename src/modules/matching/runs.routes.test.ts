import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createMembership, createParticipant, createProgram, createUser, type ProgramRef } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { countByStatus } from '../notifications/outbox.repository';
import { insertPartnership } from '../partnerships/partnerships.repository';

const weekdays = (days: number[], start: string, end: string) => days.map((d) => ({ weekday: d as 1 | 2 | 3 | 4 | 5, start, end }));
const mentor = (capacity: number) => ({ capacity, preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false } });

describe.each(dialects)('cohort matching runs on %s', (dialect) => {
  let t: TestApp;
  let program: ProgramRef;
  let admin: SignedIn;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set('2026-11-30T08:00:00.000Z');
    program = await createProgram(t.ctx);
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const add = async (key: string, role: 'mentor' | 'mentee', profile: object) => {
      id[key] = (await createParticipant(t.ctx, { program, role, user: { name: key }, profile })).id;
    };
    const work = weekdays([1, 2, 3, 4, 5], '09:00', '17:00');
    await add('Ana', 'mentee', { topics: ['Rust'], languages: ['en'], cityId: 'GB:london:westminster', availability: work });
    await add('Ben', 'mentee', { topics: ['Rust', 'Go'], languages: ['en'], cityId: 'GB:london:westminster', availability: work });
    await add('Chiyo', 'mentee', { topics: ['Go'], languages: ['ja'], cityId: 'JP:tokyo:tokyo', availability: work });
    await add('Mentor London', 'mentor', { topics: ['Rust', 'Go'], languages: ['en'], cityId: 'GB:london:westminster', availability: work, mentor: mentor(1) });
    await add('Mentor Dublin', 'mentor', { topics: ['Rust'], languages: ['en'], cityId: 'IE:dublin:dublin', availability: work, mentor: mentor(1) });
  });
  afterAll(() => t.close());

  async function runToEnd(body: object) {
    const start = await t.app.inject({ method: 'POST', url: `/api/v1/programs/${program.id}/matching-runs`, headers: admin.headers, payload: body });
    expect(start.statusCode).toBe(202);
    expect(start.json().run).toMatchObject({ status: 'running', progress: 0 });
    for (let i = 0; i < 200; i++) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${start.json().run.id}`, headers: admin.headers });
      if (res.json().run.status !== 'running') return res.json();
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('run did not finish');
  }

  it('proposes the optimal pairs in a worker thread, with reasons, and says why the rest stay unmatched', async () => {
    const result = await runToEnd({ mode: 'best-total' });
    expect(result.run).toMatchObject({ status: 'draft', progress: 1, matched: 2, mode: 'best-total' });
    expect(result.run.proof.maxReducedValue).toBeLessThanOrEqual(1e-6);
    const pairs = Object.fromEntries(result.pairs.map((p: { mentee: { name: string }; mentor: { name: string } }) => [p.mentee.name, p.mentor.name]));
    // Ben wants Rust and Go: only the London mentor covers both; Ana takes Dublin.
    expect(pairs).toEqual({ Ben: 'Mentor London', Ana: 'Mentor Dublin' });
    const ben = result.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Ben');
    expect(ben.distanceClass).toBe('same-city');
    expect(ben.reasons.map((r: { text: string }) => r.text)).toContain('Covers 2 of the mentee’s 2 goals (Go and Rust)');
    expect(result.run.totalScore).toBeCloseTo(result.pairs.reduce((s: number, p: { score: number }) => s + p.score, 0), 0);
    expect(result.unmatched).toEqual([
      { membershipId: id.Chiyo, name: 'Chiyo', role: 'mentee', reason: 'No mentor passes the hard filters for this mentee (most often: no shared language)' },
    ]);
  });

  it('words each pair’s shared hours on the clock of whoever reads the run', async () => {
    const result = await runToEnd({ mode: 'best-total' });
    const tokyoAdmin = await createUser(t.ctx, { timeZone: 'Asia/Tokyo' });
    await createMembership(t.ctx, { program, user: tokyoAdmin, role: 'admin' });
    const tokyo = await signIn(t.app, tokyoAdmin.email, FACTORY_PASSWORD);
    const read = async (who: SignedIn) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${result.run.id}`, headers: who.headers })).json().pairs[0].reasons[0].text as string;
    // London 09:00–17:00 in winter is 09:00–17:00 in Lisbon and 18:00–02:00 in Tokyo.
    expect(await read(admin)).toContain('09:00–17:00 your time');
    expect(await read(tokyo)).toContain('18:00–24:00');
  });

  it('keeps pins and forbids for the next run', async () => {
    const put = (payload: object) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/programs/${program.id}/matching-constraints`, headers: admin.headers, payload });
    expect((await put({ menteeId: id.Ana, mentorId: id['Mentor London'], kind: 'pin' })).statusCode).toBe(204);
    expect((await put({ menteeId: id.Ben, mentorId: id['Mentor Dublin'], kind: 'forbid' })).statusCode).toBe(204);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}/matching-constraints`, headers: admin.headers });
    expect(list.json().constraints).toHaveLength(2);
    const result = await runToEnd({ mode: 'best-total' });
    const ana = result.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Ana');
    expect(ana).toMatchObject({ mentor: { name: 'Mentor London' }, pinned: true });
    expect(ana.reasons[0]).toEqual({ kind: 'pinned', text: 'Pinned by an admin' });
    expect(result.pairs.map((p: { mentee: { name: string } }) => p.mentee.name)).not.toContain('Ben');
    const ben = result.unmatched.find((u: { name: string }) => u.name === 'Ben');
    expect(ben.reason).toBe('Every suitable mentor’s places went to other pairs: better fits, or pairs an admin pinned');
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/programs/${program.id}/matching-constraints/${id.Ben}/${id['Mentor Dublin']}`, headers: admin.headers });
    expect(del.statusCode).toBe(204);
    const badPin = await put({ menteeId: id['Mentor London'], mentorId: id.Ana, kind: 'pin' });
    expect(badPin.statusCode).toBe(404);
    expect(badPin.json().error.fields[0].path).toBe('menteeId');
  });

  it('publishes a draft: partnerships for every pair, everyone emailed, twice is a 409', async () => {
    await t.app.inject({ method: 'DELETE', url: `/api/v1/programs/${program.id}/matching-constraints/${id.Ana}/${id['Mentor London']}`, headers: admin.headers });
    const older = await runToEnd({ mode: 'best-total' });
    const result = await runToEnd({ mode: 'most-matched' });
    const outboxBefore = await countByStatus(t.database.db);
    const publish = (runId: string) => t.app.inject({ method: 'POST', url: `/api/v1/matching-runs/${runId}/publish`, headers: admin.headers });
    const res = await publish(result.run.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ run: { status: 'published' }, partnerships: 2 });
    expect(res.json().run.publishedAt).not.toBeNull();
    const rows = await t.database.db.selectFrom('partnerships').selectAll().where('program_id', '=', program.id).execute();
    expect(rows.map((r) => [r.source, r.matching_run_id, r.status])).toEqual([
      ['matching-run', result.run.id, 'active'],
      ['matching-run', result.run.id, 'active'],
    ]);
    const ben = rows.find((r) => r.mentee_membership_id === id.Ben)!;
    expect(ben).toMatchObject({ mentor_membership_id: id['Mentor London'], distance_class: 'same-city', zone_gap_minutes: 0, overlap_minutes_per_week: 2400 });
    expect((await countByStatus(t.database.db)).pending).toBe((outboxBefore.pending ?? 0) + 4);
    const again = await publish(result.run.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('run_not_draft');
    const discarded = await publish(older.run.id);
    expect(discarded.statusCode).toBe(409);
    // Everyone matched now: a new run has nobody to pair.
    const next = await runToEnd({ mode: 'best-total' });
    expect(next.pairs).toEqual([]);
  });

  it('lets only admins run and read runs; bad input is a 400 naming the field', async () => {
    const mentee = await signIn(t.app, (await t.database.db.selectFrom('users').select('email').where('name', '=', 'Ana').executeTakeFirstOrThrow()).email, FACTORY_PASSWORD);
    const byMentee = await t.app.inject({ method: 'POST', url: `/api/v1/programs/${program.id}/matching-runs`, headers: mentee.headers, payload: { mode: 'best-total' } });
    expect(byMentee.statusCode).toBe(403);
    const runs = await t.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}/matching-runs`, headers: admin.headers });
    const runId = runs.json().runs[0].id;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${runId}`, headers: mentee.headers })).statusCode).toBe(403);
    const outsider = await signIn(t.app, (await createProgram(t.ctx)).admin.email, FACTORY_PASSWORD);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${runId}`, headers: outsider.headers })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/programs/${program.id}/matching-runs`, headers: admin.headers, payload: { mode: 'fastest' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('mode');
  });
});

describe.each(dialects)('publishing a stale run on %s', (dialect) => {
  it('writes nothing and asks to run again when a proposed mentee was matched meanwhile', async () => {
    const t = await buildTestApp(dialect);
    const program = await createProgram(t.ctx);
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const work = weekdays([1, 2, 3], '09:00', '17:00');
    const mentee = await createParticipant(t.ctx, { program, role: 'mentee', profile: { availability: work } });
    const mentor1 = await createParticipant(t.ctx, { program, role: 'mentor', profile: { availability: work, mentor: mentor(1) } });
    const mentor2 = await createParticipant(t.ctx, { program, role: 'mentor', profile: { availability: work, mentor: mentor(1) } });
    const start = await t.app.inject({ method: 'POST', url: `/api/v1/programs/${program.id}/matching-runs`, headers: admin.headers, payload: { mode: 'best-total' } });
    let run = start.json().run;
    while (run.status === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      run = (await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${run.id}`, headers: admin.headers })).json().run;
    }
    expect(run.matched).toBe(1);
    const proposed = (await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${run.id}`, headers: admin.headers })).json().pairs[0];
    const other = proposed.mentor.membershipId === mentor1.id ? mentor2 : mentor1;
    await insertPartnership(t.database.db, {
      id: '00000000-0000-4000-8000-0000000000aa',
      program_id: program.id,
      mentee_membership_id: mentee.id,
      mentor_membership_id: other.id,
      status: 'active',
      distance_class: 'same-country',
      zone_gap_minutes: 0,
      overlap_minutes_per_week: 0,
      score: null,
      source: 'request',
      request_id: null,
      matching_run_id: null,
      started_at: t.clock.now().toISOString(),
      ended_at: null,
      end_reason: null,
    });
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/matching-runs/${run.id}/publish`, headers: admin.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_run');
    const after = await t.database.db.selectFrom('partnerships').select('id').where('program_id', '=', program.id).execute();
    expect(after).toHaveLength(1);
    const still = (await t.app.inject({ method: 'GET', url: `/api/v1/matching-runs/${run.id}`, headers: admin.headers })).json().run;
    expect(still.status).toBe('draft');
    await t.close();
  });
});
