import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createMembership, createParticipant, createProgram, createUser, type ProgramRef } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';

const fullProfile = {
  headline: 'Backend engineer, 12 years',
  bio: 'I build distributed systems and like teaching.',
  topics: ['System design', 'Career growth', 'system-design'],
  languages: ['en', 'ar-lb'],
  cityId: 'LB:beirut:beirut',
  availability: [
    { weekday: 2, start: '16:00', end: '18:00' },
    { weekday: 4, start: '09:00', end: '12:00' },
  ],
  channels: ['video', 'chat'],
};

describe.each(dialects)('profiles on %s', (dialect) => {
  let t: TestApp;
  let program: ProgramRef;
  let mentee: SignedIn;
  let menteeMembership: string;
  let mentor: SignedIn;
  let mentorMembership: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    program = await createProgram(t.ctx);
    const menteeUser = await createUser(t.ctx, { timeZone: 'Europe/Dublin' });
    menteeMembership = (await createMembership(t.ctx, { program, user: menteeUser, role: 'mentee' })).id;
    mentee = await signIn(t.app, menteeUser.email, FACTORY_PASSWORD);
    const mentorUser = await createUser(t.ctx, { timeZone: 'America/Los_Angeles' });
    mentorMembership = (await createMembership(t.ctx, { program, user: mentorUser, role: 'mentor' })).id;
    mentor = await signIn(t.app, mentorUser.email, FACTORY_PASSWORD);
  });
  afterAll(() => t.close());

  const url = () => `/api/v1/programs/${program.id}/profile`;

  it('starts empty, with completeness telling what is missing', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(), headers: mentee.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toMatchObject({
      role: 'mentee',
      headline: '',
      mentor: null,
      completeness: { percent: 0, missing: ['headline', 'bio', 'topics', 'languages', 'city', 'availability', 'channels'] },
    });
  });

  it('saves a mentee profile: topics deduplicated, languages canonical, the city sets the zone', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: mentee.headers,
      payload: { ...fullProfile, mentee: { accessibilityNeeds: 'I use a screen reader.', shareAccessibilityNeeds: true } },
    });
    expect(res.statusCode).toBe(200);
    const p = res.json().profile;
    expect(p.topics.map((x: { label: string }) => x.label)).toEqual(['Career growth', 'System design']);
    expect(p.languages).toEqual(['en', 'ar-LB']);
    expect(p.city).toMatchObject({ name: 'Beirut', country: 'LB', timeZone: 'Asia/Beirut' });
    expect(p.timeZone).toBe('Asia/Beirut');
    expect(p.completeness).toEqual({ percent: 100, missing: [] });
    expect(p.mentee).toEqual({ accessibilityNeeds: 'I use a screen reader.', shareAccessibilityNeeds: true });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: mentee.headers });
    expect(me.json().user.timeZone).toBe('Asia/Beirut');
  });

  it('keeps an explicitly chosen zone over the city’s', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: mentor.headers,
      payload: {
        ...fullProfile,
        cityId: 'IE:dublin:dublin',
        timeZone: 'Europe/London',
        mentor: { capacity: 3, preferences: { languages: ['en'], maxZoneGapHours: 8, openToInPerson: true } },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toMatchObject({
      timeZone: 'Europe/London',
      mentor: { capacity: 3, activeMentees: 0, preferences: { languages: ['en'], maxZoneGapHours: 8, openToInPerson: true } },
      mentee: null,
    });
  });

  it('shows another member the profile, but accessibility needs only to the partner', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/profiles/${menteeMembership}`, headers: mentor.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile.mentee).toBeNull();
    expect(res.json().profile.accessibilityNeeds).toBeNull();
    await t.database.db
      .insertInto('partnerships')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        program_id: program.id,
        mentee_membership_id: menteeMembership,
        mentor_membership_id: mentorMembership,
        status: 'active',
        distance_class: 'far-zone',
        zone_gap_minutes: 120,
        overlap_minutes_per_week: 60,
        score: 50,
        source: 'request',
        request_id: null,
        matching_run_id: null,
        started_at: t.clock.now().toISOString(),
        ended_at: null,
        end_reason: null,
      })
      .execute();
    const partner = await t.app.inject({ method: 'GET', url: `/api/v1/profiles/${menteeMembership}`, headers: mentor.headers });
    expect(partner.json().profile.accessibilityNeeds).toBe('I use a screen reader.');
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const byAdmin = await t.app.inject({ method: 'GET', url: `/api/v1/profiles/${menteeMembership}`, headers: admin.headers });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().profile.accessibilityNeeds).toBeNull();
  });

  it('names each bad field: unknown city, bad language, overlapping windows, mentor block on a mentee', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: mentee.headers,
      payload: { ...fullProfile, languages: ['not a tag!'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('languages.0');

    const semantic = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: mentee.headers,
      payload: {
        ...fullProfile,
        cityId: 'XX:atlantis:nowhere',
        availability: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
        ],
        mentor: { capacity: 1, preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false } },
      },
    });
    expect(semantic.statusCode).toBe(422);
    const paths = semantic.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['cityId', 'mentor']));
    expect(paths.some((p: string) => p.startsWith('availability.'))).toBe(true);
    const after = await t.app.inject({ method: 'GET', url: url(), headers: mentee.headers });
    expect(after.json().profile.city.name).toBe('Beirut');

    const badWindow = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: mentee.headers,
      payload: { ...fullProfile, availability: [{ weekday: 8, start: '25:00', end: '10:00' }] },
    });
    expect(badWindow.statusCode).toBe(400);
  });

  it('hides profiles from outsiders and tells an admin-only member why there is no profile', async () => {
    const stranger = await signIn(t.app, (await createUser(t.ctx)).email, FACTORY_PASSWORD);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/profiles/${menteeMembership}`, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url(), headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/profiles/${menteeMembership}` })).statusCode).toBe(401);
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const own = await t.app.inject({ method: 'GET', url: url(), headers: admin.headers });
    expect(own.statusCode).toBe(404);
    expect(own.json().error.message).toMatch(/no mentor or mentee profile/);
  });

  it('searches cities by prefix, accents ignored, most populous first', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cities?q=sao%20p&limit=3', headers: mentee.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().cities[0]).toMatchObject({ name: 'Sao Paulo', country: 'BR', timeZone: 'America/Sao_Paulo' });
    const empty = await t.app.inject({ method: 'GET', url: '/api/v1/cities?q=', headers: mentee.headers });
    expect(empty.statusCode).toBe(400);
  });

  it('lets admins edit the topic taxonomy; profiles mark which topics come from it', async () => {
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/programs/${program.id}/topics`,
      headers: admin.headers,
      payload: { topics: ['System Design', 'Public speaking', 'system design'] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().topics).toEqual([
      { topic: 'public-speaking', label: 'Public speaking' },
      { topic: 'system-design', label: 'System Design' },
    ]);
    const byMentee = await t.app.inject({ method: 'PUT', url: `/api/v1/programs/${program.id}/topics`, headers: mentee.headers, payload: { topics: [] } });
    expect(byMentee.statusCode).toBe(403);
    const p = (await t.app.inject({ method: 'GET', url: url(), headers: mentee.headers })).json().profile;
    expect(p.topics).toEqual([
      { topic: 'career-growth', label: 'Career growth', fromTaxonomy: false },
      { topic: 'system-design', label: 'System design', fromTaxonomy: true },
    ]);
  });

  it('builds complete participants through the factory', async () => {
    const made = await createParticipant(t.ctx, { program, role: 'mentor' });
    expect(made.profile.completeness.missing).toEqual(['city']);
  });
});
