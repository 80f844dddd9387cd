import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { signIn } from '../../../test/users';
import { demoPeople } from './demo-people';
import { DEMO_PROGRAM_ID, DEMO_PROGRAM_NAME, DEMO_SIGN_INS, seedDemoProgram } from './demo.seed';

describe.each(dialects)('demo program on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('is seeded once, with 40 mentors and 60 mentees in fourteen cities', async () => {
    expect(await seedDemoProgram(t.ctx)).toBe(true);
    expect(await seedDemoProgram(t.ctx)).toBe(false);
    const people = demoPeople();
    expect(people.filter((p) => p.role === 'mentor')).toHaveLength(40);
    expect(people.filter((p) => p.role === 'mentee')).toHaveLength(60);
    expect(new Set(people.map((p) => p.timeZone)).size).toBe(14);
  });

  it('lets each documented sign-in in, with the role the README promises', async () => {
    for (const s of DEMO_SIGN_INS) {
      const who = await signIn(t.app, s.email, s.password);
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/programs/${DEMO_PROGRAM_ID}`, headers: who.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json().program.name).toBe(DEMO_PROGRAM_NAME);
      expect(res.json().program.myRoles).toContain(s.role);
    }
  });

  it("shows the admin all hundred and one members", async () => {
    const admin = DEMO_SIGN_INS.find((s) => s.role === 'admin')!;
    const who = await signIn(t.app, admin.email, admin.password);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/programs/${DEMO_PROGRAM_ID}/members`, headers: who.headers });
    expect(res.statusCode).toBe(200);
    const members = res.json().members as { role: string; timeZone: string }[];
    expect(members.filter((m) => m.role === 'mentor')).toHaveLength(40);
    expect(members.filter((m) => m.role === 'mentee')).toHaveLength(60);
    expect(members.filter((m) => m.role === 'admin')).toHaveLength(1);
  });
});
