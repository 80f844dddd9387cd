import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createPartnership, createProgram } from '../../../test/factories';
import { signIn, signUp, type SignedIn } from '../../../test/users';
import { documentedRoutes } from '../../../test/authorization-matrix';
import { caller, mentorBlock, person } from '../partnerships/test-helpers';
import { PDF, removeDir, storedFiles, tempDataDir, upload } from './test-helpers';

type Who = 'anonymous' | 'outsider' | 'otherProgramMember' | 'otherAdmin' | 'admin' | 'otherMentee' | 'otherMentor' | 'mentee' | 'mentor';
const people: Who[] = ['anonymous', 'outsider', 'otherProgramMember', 'otherAdmin', 'admin', 'otherMentee', 'otherMentor', 'mentee', 'mentor'];

/** Files are the pair's business only: everyone else, the program's admin included, is told they do not exist. */
const strangers = { anonymous: 401, outsider: 404, otherProgramMember: 404, otherAdmin: 404, admin: 404, otherMentee: 404, otherMentor: 404 } as const;

interface Ids {
  partnershipId: string;
  programId: string;
  fileId: string;
}

interface Case {
  route: string;
  url: (ids: Ids) => string;
  payload?: object;
  multipart?: boolean;
  /** Only the people listed are tried: the pair may legitimately change something. */
  expected: Partial<Record<Who, number>>;
}

const cases: Case[] = [
  { route: 'POST /partnerships/{partnershipId}/files', url: (i) => `/partnerships/${i.partnershipId}/files`, multipart: true, expected: strangers },
  { route: 'GET /partnerships/{partnershipId}/files', url: (i) => `/partnerships/${i.partnershipId}/files`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  { route: 'GET /files/{fileId}', url: (i) => `/files/${i.fileId}`, expected: { ...strangers, mentee: 200, mentor: 200 } },
  // The mentee uploaded it: the mentor may read but not share or delete it. Setting what is already set changes nothing.
  {
    route: 'PATCH /files/{fileId}',
    url: (i) => `/files/${i.fileId}`,
    payload: { sharedWithProgram: false },
    expected: { ...strangers, mentor: 403, mentee: 200 },
  },
  { route: 'DELETE /files/{fileId}', url: (i) => `/files/${i.fileId}`, expected: { ...strangers, mentor: 403 } },
  // The admins' own list of what pairs shared with them: the program's members are refused, others told it does not exist.
  {
    route: 'GET /programs/{programId}/files',
    url: (i) => `/programs/${i.programId}/files`,
    expected: { anonymous: 401, outsider: 404, otherProgramMember: 404, otherAdmin: 404, admin: 200, otherMentee: 403, otherMentor: 403, mentee: 403, mentor: 403 },
  },
];

describe.each(dialects)('files authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let dataDir: string;
  let who: Record<Exclude<Who, 'anonymous'>, SignedIn>;
  let ids: Ids;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    t = await buildTestApp(dialect, { dataDir });
    call = caller(t);
    const program = await createProgram(t.ctx, { name: 'Guarded' });
    const elsewhere = await createProgram(t.ctx, { name: 'Elsewhere' });
    const mentee = await person(t, program, 'mentee');
    const mentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    const otherMentee = await person(t, program, 'mentee');
    const otherMentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    const otherProgramMember = await person(t, elsewhere, 'mentee');
    const partnership = await createPartnership(t.ctx, { program, mentee, mentor });
    // The strangers have a partnership (and a file) of their own, so a 404 is not just "no files at all".
    const theirs = await createPartnership(t.ctx, { program, mentee: otherMentee, mentor: otherMentor });
    expect((await upload(t, theirs.id, otherMentee.as, { file: { name: 'theirs.pdf', bytes: PDF } })).statusCode).toBe(201);
    who = {
      outsider: await signUp(t.app),
      otherProgramMember: otherProgramMember.as,
      otherAdmin: await signIn(t.app, elsewhere.admin.email, FACTORY_PASSWORD),
      admin: await signIn(t.app, program.admin.email, FACTORY_PASSWORD),
      otherMentee: otherMentee.as,
      otherMentor: otherMentor.as,
      mentee: mentee.as,
      mentor: mentor.as,
    };
    const created = await upload(t, partnership.id, mentee.as, { file: { name: 'ours.pdf', bytes: PDF } });
    expect(created.statusCode).toBe(201);
    ids = { partnershipId: partnership.id, programId: program.id, fileId: created.json().file.id };
  });
  afterAll(async () => {
    await t.close();
    await removeDir(dataDir);
  });

  /** Every file row and every stored byte. */
  async function snapshot() {
    const rows = await t.database.db.selectFrom('files').selectAll().orderBy('id').execute();
    return { rows, stored: await storedFiles(dataDir) };
  }

  function send(c: Case, p: Who) {
    const as = p === 'anonymous' ? undefined : who[p];
    if (c.multipart) return upload(t, ids.partnershipId, as, { file: { name: 'intruder.pdf', bytes: PDF } });
    return call(c.route.split(' ')[0] as 'GET', c.url(ids), as, c.payload);
  }

  it('covers every files route', async () => {
    expect(cases.map((c) => c.route).sort()).toEqual(await documentedRoutes(t.app, /^\/api\/v1\/(files|(partnerships\/\{partnershipId\}|programs\/\{programId\})\/files)/));
  });

  it.each(cases)('$route answers each person as expected and changes nothing', async (c) => {
    const before = await snapshot();
    for (const p of people) {
      const status = c.expected[p];
      if (status === undefined) continue;
      const res = await send(c, p);
      expect(res.statusCode, `${c.route} as ${p}: ${res.body}`).toBe(status);
      const code = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[status as 401];
      if (code) expect(res.json().error.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lists the pair only their own files', async () => {
    const res = await call('GET', `/partnerships/${ids.partnershipId}/files`, who.mentor);
    expect(res.json().files.map((f: { id: string }) => f.id)).toEqual([ids.fileId]);
  });
});
