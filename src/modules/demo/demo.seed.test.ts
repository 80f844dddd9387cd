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

  it('gives every participant a complete profile and the demo mentee ranked suggestions with reasons', async () => {
    const mentee = DEMO_SIGN_INS.find((s) => s.role === 'mentee')!;
    const who = await signIn(t.app, mentee.email, mentee.password);
    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/programs/${DEMO_PROGRAM_ID}/profile`, headers: who.headers })).json().profile;
    expect(profile).toMatchObject({ city: { name: 'Beirut', timeZone: 'Asia/Beirut' }, completeness: { percent: 100, missing: [] } });
    expect(profile.mentee.shareAccessibilityNeeds).toBe(true);
    const complete = await t.database.db.selectFrom('profiles').select('membership_id').where('program_id', '=', DEMO_PROGRAM_ID).execute();
    expect(complete).toHaveLength(100);
    const suggestions = (await t.app.inject({ method: 'GET', url: `/api/v1/programs/${DEMO_PROGRAM_ID}/suggestions?limit=5`, headers: who.headers })).json().suggestions;
    expect(suggestions).toHaveLength(5);
    expect(suggestions[0].reasons.length).toBeGreaterThan(2);
  });

  it('has partnerships and pending requests waiting in the demo mentor’s inbox', async () => {
    const mentor = DEMO_SIGN_INS.find((s) => s.role === 'mentor')!;
    const who = await signIn(t.app, mentor.email, mentor.password);
    const inbox = await t.app.inject({ method: 'GET', url: `/api/v1/programs/${DEMO_PROGRAM_ID}/requests?role=mentor&status=pending`, headers: who.headers });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().requests).toHaveLength(3);
    const pairs = await t.database.db.selectFrom('partnerships').select(['distance_class', 'score']).where('program_id', '=', DEMO_PROGRAM_ID).execute();
    expect(pairs).toHaveLength(6);
  });

  it('gives the demo mentor a partnership with past and upcoming meetings inside the pair’s hours', async () => {
    const mentor = DEMO_SIGN_INS.find((s) => s.role === 'mentor')!;
    const who = await signIn(t.app, mentor.email, mentor.password);
    const { partnerships } = (await t.app.inject({ method: 'GET', url: '/api/v1/partnerships', headers: who.headers })).json();
    expect(partnerships).toHaveLength(1);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/partnerships/${partnerships[0].id}/meetings`, headers: who.headers });
    expect(res.statusCode).toBe(200);
    const { upcoming, past } = res.json();
    expect(past.map((m: { status: string }) => m.status)).toEqual(['held', 'held']);
    expect(past[0].minutesSpent).toBe(75);
    expect(upcoming.map((m: { status: string }) => m.status)).toEqual(['confirmed', 'proposed']);
    for (const m of [...past, upcoming[0]]) {
      // Found by the slot search: at least one side is inside their hours.
      expect([m.mentee.awkwardness, m.mentor.awkwardness]).toContain('working');
    }
    expect(upcoming[1].proposals).toHaveLength(2);

    // The hub is not empty on first start: an agreement both confirmed, a goal, messages waiting.
    const id = partnerships[0].id as string;
    const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1/partnerships/${id}${url}`, headers: who.headers });
    const messages = await get('/messages');
    expect(messages.statusCode).toBe(200);
    expect(messages.json().messages).toHaveLength(4);
    expect(messages.json().unread).toBeGreaterThan(0);
    expect((await get('/goals')).json().goals.map((g: { title: string }) => g.title)).toEqual(['Design a service end to end']);
    const agreement = (await get('/agreement')).json();
    expect(JSON.stringify(agreement)).toContain('fortnightly');
  });
});
