import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createCycle, createInvitation, createMembership, type ProgramRef } from '../../../test/factories';
import { signUp, type SignedIn } from '../../../test/users';

type Who = 'anonymous' | 'outsider' | 'mentee' | 'mentor' | 'otherAdmin';
const people: Who[] = ['anonymous', 'outsider', 'mentee', 'mentor', 'otherAdmin'];

/** Non-members never learn the program exists (404); its own participants are refused (403). */
const adminOnly: Record<Who, number> = { anonymous: 401, outsider: 404, mentee: 403, mentor: 403, otherAdmin: 404 };
const membersOnly: Record<Who, number> = { anonymous: 401, outsider: 404, mentee: 200, mentor: 200, otherAdmin: 404 };

interface Ids {
  programId: string;
  cycleId: string;
  code: string;
  mentorMembershipId: string;
  menteeMembershipId: string;
}

interface Case {
  route: string;
  url: (ids: Ids) => string;
  payload?: object | string;
  /** Only the people listed are tried: the others may legitimately change something. */
  expected: Partial<Record<Who, number>>;
}

const cycle = { name: 'Intruder', enrolmentOpensOn: '2027-01-01', matchingStartsOn: '2027-01-02', mentoringStartsOn: '2027-01-03', closesOn: '2027-02-01' };

const cases: Case[] = [
  { route: 'GET /programs/{programId}', url: (i) => `/programs/${i.programId}`, expected: membersOnly },
  { route: 'PATCH /programs/{programId}', url: (i) => `/programs/${i.programId}`, payload: { name: 'Taken over' }, expected: adminOnly },
  { route: 'POST /programs/{programId}/cycles', url: (i) => `/programs/${i.programId}/cycles`, payload: cycle, expected: adminOnly },
  { route: 'PATCH /cycles/{cycleId}', url: (i) => `/cycles/${i.cycleId}`, payload: { name: 'Taken over' }, expected: adminOnly },
  { route: 'DELETE /cycles/{cycleId}', url: (i) => `/cycles/${i.cycleId}`, expected: adminOnly },
  {
    route: 'POST /programs/{programId}/invitations',
    url: (i) => `/programs/${i.programId}/invitations`,
    payload: { role: 'mentor', emails: ['friend@elsewhere.test'] },
    expected: adminOnly,
  },
  { route: 'GET /programs/{programId}/invitations', url: (i) => `/programs/${i.programId}/invitations`, expected: adminOnly },
  {
    route: 'POST /programs/{programId}/invitations/import',
    url: (i) => `/programs/${i.programId}/invitations/import`,
    payload: { csv: 'email,name,role\nfriend@elsewhere.test,Friend,mentor\n' },
    expected: adminOnly,
  },
  { route: 'DELETE /invitations/{code}', url: (i) => `/invitations/${i.code}`, expected: adminOnly },
  { route: 'GET /programs/{programId}/members', url: (i) => `/programs/${i.programId}/members`, expected: adminOnly },
  {
    route: 'PATCH /memberships/{membershipId}',
    url: (i) => `/memberships/${i.mentorMembershipId}`,
    payload: { status: 'paused' },
    expected: adminOnly,
  },
  { route: 'DELETE /memberships/{membershipId}', url: (i) => `/memberships/${i.menteeMembershipId}`, expected: adminOnly },
  { route: 'GET /programs', url: () => '/programs', expected: { anonymous: 401, outsider: 200, mentee: 200, mentor: 200, otherAdmin: 200 } },
  // Anyone signed in may start a program of their own or accept a link they were given.
  { route: 'POST /programs', url: () => '/programs', payload: { name: 'Mine' }, expected: { anonymous: 401 } },
  { route: 'POST /invitations/{code}/accept', url: (i) => `/invitations/${i.code}/accept`, expected: { anonymous: 401 } },
  // Public by design: the join page shows what the link is for before sign-in.
  { route: 'GET /invitations/{code}', url: (i) => `/invitations/${i.code}`, expected: { anonymous: 200, outsider: 200, otherAdmin: 200 } },
];

describe.each(dialects)('authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let who: Record<Exclude<Who, 'anonymous'>, SignedIn>;
  let ids: Ids;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await signUp(t.app, { name: 'Owner' });
    who = { outsider: await signUp(t.app), mentee: await signUp(t.app), mentor: await signUp(t.app), otherAdmin: await signUp(t.app) };
    const programId = (await request('POST', '/programs', admin, { name: 'Guarded' })).json().program.id;
    await request('POST', '/programs', who.otherAdmin, { name: 'Elsewhere' });
    const ref: ProgramRef = { id: programId, name: 'Guarded', admin: admin.user };
    const mentee = await createMembership(t.ctx, { program: ref, user: who.mentee.user, role: 'mentee' });
    const mentor = await createMembership(t.ctx, { program: ref, user: who.mentor.user, role: 'mentor' });
    ids = {
      programId,
      cycleId: (await createCycle(t.ctx, { program: ref })).id,
      code: (await createInvitation(t.ctx, { program: ref, role: 'mentee' })).code,
      mentorMembershipId: mentor.id,
      menteeMembershipId: mentee.id,
    };
  });
  afterAll(() => t.close());

  function request(method: string, url: string, as?: SignedIn, payload?: object | string) {
    return t.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      ...(as ? { headers: as.headers } : {}),
      ...(payload !== undefined ? { payload } : {}),
    });
  }

  /** Everything an admin can see of the program, plus the mail waiting to go out. */
  async function snapshot() {
    const [program, members, invitations] = await Promise.all(
      [`/programs/${ids.programId}`, `/programs/${ids.programId}/members`, `/programs/${ids.programId}/invitations`].map(
        async (url) => (await request('GET', url, admin)).json(),
      ),
    );
    return { program, members, invitations, outbox: await countByStatus(t.database.db) };
  }

  it('covers every route of the programs module', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.tags?.some((tag) => ['programs', 'invitations', 'members'].includes(tag)))
        .map(([m]) => `${m.toUpperCase()} ${path.replace('/api/v1', '')}`),
    );
    expect(cases.map((c) => c.route).sort()).toEqual(routes.sort());
  });

  it.each(cases)('$route answers each outsider as expected and changes nothing', async (c) => {
    const before = await snapshot();
    for (const person of people) {
      const status = c.expected[person];
      if (status === undefined) continue;
      const res = await request(c.route.split(' ')[0]!, c.url(ids), person === 'anonymous' ? undefined : who[person], c.payload);
      expect(res.statusCode, `${c.route} as ${person}: ${res.body}`).toBe(status);
      const code = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[status as 401];
      if (code) expect(res.json().error.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the program out of non-members’ lists', async () => {
    for (const person of ['outsider', 'otherAdmin'] as const) {
      const list = (await request('GET', '/programs', who[person])).json().programs as { id: string }[];
      expect(list.map((p) => p.id)).not.toContain(ids.programId);
    }
  });
});
