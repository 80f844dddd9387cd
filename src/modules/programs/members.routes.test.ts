import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMembership, createUser, type ProgramRef } from '../../../test/factories';
import { signUp, type SignedIn } from '../../../test/users';

describe.each(dialects)('members on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });

  /** A program run by a signed-in admin, as a factory reference. */
  async function program(name = 'Members'): Promise<{ admin: SignedIn; ref: ProgramRef; adminMembershipId: string }> {
    const admin = await signUp(t.app, { name: 'Zainab Admin' });
    const { program } = (await call('POST', '/programs', admin, { name })).json();
    const list = (await call('GET', `/programs/${program.id}/members`, admin)).json().members;
    return { admin, ref: { id: program.id, name, admin: admin.user }, adminMembershipId: list[0].membershipId };
  }

  it('lists members admins first, then mentors, then mentees, by name; filters by role, status and search', async () => {
    const { admin, ref } = await program();
    const people = await Promise.all(
      [
        ['bea', 'mentee', 'active'],
        ['Ana', 'mentee', 'paused'],
        ['Carl', 'mentor', 'active'],
        ['Dee 100%', 'mentor', 'active'],
        ['Eve', 'mentee', 'removed'],
      ].map(async ([name, role, status]) => {
        const user = await createUser(t.ctx, { name: name!, email: `${name!.split(' ')[0]!.toLowerCase()}@members.test` });
        return createMembership(t.ctx, { program: ref, user, role: role as 'mentor', status: status as 'active' });
      }),
    );
    const list = async (query = '') => (await call('GET', `/programs/${ref.id}/members${query}`, admin)).json().members as {
      name: string;
      role: string;
      status: string;
    }[];
    expect((await list()).map((m) => `${m.role}:${m.name}:${m.status}`)).toEqual([
      'admin:Zainab Admin:active',
      'mentor:Carl:active',
      'mentor:Dee 100%:active',
      'mentee:Ana:paused',
      'mentee:bea:active',
    ]);
    expect((await list('?role=mentee')).map((m) => m.name)).toEqual(['Ana', 'bea']);
    expect((await list('?status=paused')).map((m) => m.name)).toEqual(['Ana']);
    expect((await list('?q=CARL')).map((m) => m.name)).toEqual(['Carl']);
    expect((await list('?q=bea%40members')).map((m) => m.name)).toEqual(['bea']);
    // % is searched for literally, not as a wildcard.
    expect((await list('?q=100%25')).map((m) => m.name)).toEqual(['Dee 100%']);
    expect((await list('?q=%25')).map((m) => m.name)).toEqual(['Dee 100%']);
    expect(people).toHaveLength(5);
    const bad = await call('GET', `/programs/${ref.id}/members?role=owner`, admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('role');
  });

  it('pauses, resumes and switches a member between mentor and mentee', async () => {
    const { admin, ref } = await program();
    const m = await createMembership(t.ctx, { program: ref, role: 'mentor' });
    const patch = (body: object) => call('PATCH', `/memberships/${m.id}`, admin, body);
    const paused = await patch({ status: 'paused' });
    expect(paused.statusCode).toBe(200);
    expect(paused.json().membership).toMatchObject({ id: m.id, programId: ref.id, userId: m.user.id, role: 'mentor', status: 'paused' });
    expect((await patch({ status: 'active' })).json().membership.status).toBe('active');
    expect((await patch({ role: 'mentee' })).json().membership).toMatchObject({ role: 'mentee', status: 'active' });
    expect((await patch({ role: 'mentor', status: 'paused' })).json().membership).toMatchObject({ role: 'mentor', status: 'paused' });
    expect((await patch({})).json().membership).toMatchObject({ role: 'mentor', status: 'paused' });
    const counts = (await call('GET', `/programs/${ref.id}`, admin)).json().program.counts;
    expect(counts).toEqual({ admins: 1, mentors: 1, mentees: 0 });
    expect((await patch({ status: 'removed' })).statusCode).toBe(400);
    expect((await patch({ role: 'admin' })).statusCode).toBe(400);
  });

  it('keeps the role of an admin membership (422) and refuses a role the person already holds (409)', async () => {
    const { admin, ref, adminMembershipId } = await program();
    const toAdmin = await call('PATCH', `/memberships/${adminMembershipId}`, admin, { role: 'mentor' });
    expect(toAdmin.statusCode).toBe(422);
    expect(toAdmin.json().error.fields[0].path).toBe('role');

    const user = await createUser(t.ctx);
    const asMentor = await createMembership(t.ctx, { program: ref, user, role: 'mentor' });
    await createMembership(t.ctx, { program: ref, user, role: 'mentee', status: 'paused' });
    const clash = await call('PATCH', `/memberships/${asMentor.id}`, admin, { role: 'mentee' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('already_member');

    // A removed membership in the target role does not stand in the way.
    const other = await createUser(t.ctx);
    const current = await createMembership(t.ctx, { program: ref, user: other, role: 'mentor' });
    await createMembership(t.ctx, { program: ref, user: other, role: 'mentee', status: 'removed' });
    expect((await call('PATCH', `/memberships/${current.id}`, admin, { role: 'mentee' })).json().membership.role).toBe('mentee');
  });

  it('removes members; the only active admin can neither be removed nor paused (409 last_admin)', async () => {
    const { admin, ref, adminMembershipId } = await program();
    const m = await createMembership(t.ctx, { program: ref, role: 'mentee' });
    expect((await call('DELETE', `/memberships/${m.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/programs/${ref.id}/members`, admin)).json().members).toHaveLength(1);
    expect((await call('DELETE', `/memberships/${m.id}`, admin)).statusCode).toBe(404);
    expect((await call('PATCH', `/memberships/${m.id}`, admin, { status: 'active' })).statusCode).toBe(404);

    const last = await call('DELETE', `/memberships/${adminMembershipId}`, admin);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('last_admin');
    const pause = await call('PATCH', `/memberships/${adminMembershipId}`, admin, { status: 'paused' });
    expect(pause.json().error.code).toBe('last_admin');
    // A paused second admin does not count as someone to run the program.
    await createMembership(t.ctx, { program: ref, role: 'admin', status: 'paused' });
    expect((await call('DELETE', `/memberships/${adminMembershipId}`, admin)).statusCode).toBe(409);
  });

  it('lets an admin remove themselves when another active admin remains, after which they are out', async () => {
    const { admin, ref, adminMembershipId } = await program();
    const second = await signUp(t.app);
    await createMembership(t.ctx, { program: ref, user: second.user, role: 'admin' });
    expect((await call('DELETE', `/memberships/${adminMembershipId}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/programs/${ref.id}`, admin)).statusCode).toBe(404);
    const left = (await call('GET', `/programs/${ref.id}/members`, second)).json().members;
    expect(left.map((m: { userId: string }) => m.userId)).toEqual([second.user.id]);
  });

  it('answers 403 to a paused admin trying to manage, who can still see the program', async () => {
    const { ref } = await program();
    const paused = await signUp(t.app);
    await createMembership(t.ctx, { program: ref, user: paused.user, role: 'admin', status: 'paused' });
    expect((await call('GET', `/programs/${ref.id}`, paused)).statusCode).toBe(200);
    expect((await call('GET', `/programs/${ref.id}/members`, paused)).statusCode).toBe(403);
  });
});
