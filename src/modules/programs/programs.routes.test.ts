import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMembership, createUser } from '../../../test/factories';
import { signUp, type SignedIn } from '../../../test/users';

/** The tags the programs module's routes carry (other modules nest paths under /programs too). */
const PROGRAMS_MODULE_TAGS = ['programs', 'invitations', 'members'];

describe.each(dialects)('programs on %s', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await signUp(t.app, { name: 'Nadia' });
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who?: SignedIn, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });

  it('creates a program whose creator is its admin, and lists and shows it', async () => {
    const res = await call('POST', '/programs', admin, { name: '  Women in Data  ', description: 'Twelve weeks of mentoring.' });
    expect(res.statusCode).toBe(201);
    const program = res.json().program;
    expect(program).toMatchObject({
      name: 'Women in Data',
      description: 'Twelve weeks of mentoring.',
      createdAt: t.clock.now().toISOString(),
      myRoles: ['admin'],
      counts: { admins: 1, mentors: 0, mentees: 0 },
      cycles: [],
    });

    const list = await call('GET', '/programs', admin);
    expect(list.json().programs.map((p: { id: string }) => p.id)).toContain(program.id);
    const one = await call('GET', `/programs/${program.id}`, admin);
    expect(one.statusCode).toBe(200);
    expect(one.json().program).toEqual(program);
  });

  it('defaults the description, and names each invalid field with 400', async () => {
    const ok = await call('POST', '/programs', admin, { name: 'No description' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().program.description).toBe('');

    const bad = await call('POST', '/programs', admin, { name: ' ', description: 'x'.repeat(5001) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['description', 'name']);
    expect((await call('POST', '/programs', admin, { name: 'x'.repeat(121) })).statusCode).toBe(400);
    expect((await call('GET', '/programs/not-a-uuid', admin)).json().error.fields[0].path).toBe('programId');
  });

  it('edits name and description, one at a time or together', async () => {
    const { program } = (await call('POST', '/programs', admin, { name: 'Draft', description: 'old' })).json();
    const renamed = await call('PATCH', `/programs/${program.id}`, admin, { name: 'Final' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().program).toMatchObject({ name: 'Final', description: 'old' });
    const both = await call('PATCH', `/programs/${program.id}`, admin, { name: 'Final 2', description: '' });
    expect(both.json().program).toMatchObject({ name: 'Final 2', description: '' });
    const unknown = await call('PATCH', `/programs/${program.id}`, admin, { owner: 'me' });
    expect(unknown.statusCode).toBe(400);
  });

  it('lists active and paused memberships with my roles and the counts, but not removed ones', async () => {
    const me = await signUp(t.app);
    const mk = async (name: string) => (await call('POST', '/programs', admin, { name })).json().program;
    const [asMentor, asPausedMentee, asRemoved] = [await mk('A'), await mk('B'), await mk('C')];
    const ref = (p: { id: string; name: string }) => ({ ...p, admin: { ...admin.user } });
    await createMembership(t.ctx, { program: ref(asMentor), user: me.user, role: 'mentor' });
    await createMembership(t.ctx, { program: ref(asMentor), role: 'mentee' });
    await createMembership(t.ctx, { program: ref(asMentor), role: 'mentee', status: 'paused' });
    await createMembership(t.ctx, { program: ref(asMentor), role: 'mentee', status: 'removed' });
    await createMembership(t.ctx, { program: ref(asPausedMentee), user: me.user, role: 'mentee', status: 'paused' });
    await createMembership(t.ctx, { program: ref(asRemoved), user: me.user, role: 'mentor', status: 'removed' });

    const list = (await call('GET', '/programs', me)).json().programs as { id: string; myRoles: string[]; counts: object }[];
    expect(list.map((p) => p.id).sort()).toEqual([asMentor.id, asPausedMentee.id].sort());
    const a = list.find((p) => p.id === asMentor.id)!;
    expect(a.myRoles).toEqual(['mentor']);
    expect(a.counts).toEqual({ admins: 1, mentors: 1, mentees: 2 });
    expect((await call('GET', `/programs/${asRemoved.id}`, me)).statusCode).toBe(404);
  });

  it('shows an admin who also mentors both roles, in a fixed order', async () => {
    const user = await createUser(t.ctx);
    const { program } = (await call('POST', '/programs', admin, { name: 'Both' })).json();
    await createMembership(t.ctx, { program: { ...program, admin: admin.user }, user: admin.user, role: 'mentor' });
    await createMembership(t.ctx, { program: { ...program, admin: admin.user }, user, role: 'mentor' });
    const shown = (await call('GET', `/programs/${program.id}`, admin)).json().program;
    expect(shown.myRoles).toEqual(['admin', 'mentor']);
    expect(shown.counts).toEqual({ admins: 1, mentors: 2, mentees: 0 });
  });

  it('publishes every programs route in the OpenAPI document, with tags and a summary', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[]; summary?: string }>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .filter(({ op }) => op.tags?.some((tag) => PROGRAMS_MODULE_TAGS.includes(tag)));
    expect(operations).toHaveLength(16);
    for (const { op } of operations) {
      expect(op.tags?.length).toBeGreaterThan(0);
      expect(op.summary).toBeTruthy();
    }
    const importOp = doc.paths['/api/v1/programs/{programId}/invitations/import'].post;
    expect(Object.keys(importOp.requestBody.content)).toEqual(expect.arrayContaining(['text/csv', 'application/json']));
  });
});
