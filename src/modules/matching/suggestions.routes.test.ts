import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createParticipant, createProgram, type ProgramRef } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';

const weekdays = (days: number[], start: string, end: string) =>
  days.map((d) => ({ weekday: d as 1 | 2 | 3 | 4 | 5 | 6 | 7, start, end }));
const mentorBlock = (capacity = 2, maxZoneGapHours: number | null = null) => ({
  capacity,
  preferences: { languages: [], maxZoneGapHours, openToInPerson: true },
});

describe.each(dialects)('suggestions and mentor search on %s', (dialect) => {
  let t: TestApp;
  let program: ProgramRef;
  let mentee: SignedIn;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set('2026-11-30T08:00:00.000Z'); // a Monday in winter: SF is UTC−8, Beirut UTC+2
    program = await createProgram(t.ctx);
    const m = await createParticipant(t.ctx, {
      program,
      role: 'mentee',
      user: { name: 'Rania Haddad' },
      profile: {
        topics: ['System design', 'Career growth', 'Public speaking', 'Rust'],
        languages: ['ar', 'en'],
        cityId: 'LB:beirut:beirut',
        availability: weekdays([1, 2, 3, 4, 5], '09:00', '18:00'),
      },
    });
    mentee = await signIn(t.app, m.user.email, FACTORY_PASSWORD);
    const mk = async (key: string, name: string, profile: object, capacity = 2, gap: number | null = null) => {
      const x = await createParticipant(t.ctx, { program, role: 'mentor', user: { name }, profile: { ...profile, mentor: mentorBlock(capacity, gap) } });
      ids[key] = x.id;
    };
    await mk('sf', 'Maya Chen', {
      topics: ['System design', 'Career growth', 'Rust', 'Kubernetes'],
      languages: ['en', 'ar'],
      cityId: 'US:san-francisco:california',
      availability: weekdays([2, 3, 4], '06:00', '10:00'),
    });
    await mk('beirut', 'Karim Khoury', {
      topics: ['Public speaking'],
      languages: ['ar', 'fr'],
      cityId: 'LB:beirut:beirut',
      availability: weekdays([1, 3], '10:00', '12:00'),
    });
    await mk('tokyo', 'Yuki Sato', { topics: ['Rust'], languages: ['ja'], cityId: 'JP:tokyo:tokyo', availability: weekdays([1], '09:00', '12:00') });
    await mk('full', 'Omar Farouk', { topics: ['Rust'], languages: ['ar'], cityId: 'EG:cairo:al-qahirah', availability: weekdays([1], '09:00', '12:00') }, 0);
    await mk('picky', 'Amelia Clarke', { topics: ['Rust'], languages: ['en'], cityId: 'GB:london:westminster', availability: weekdays([1], '09:00', '12:00') }, 2, 1);
  });
  afterAll(() => t.close());

  const get = (url: string, who: SignedIn = mentee) => t.app.inject({ method: 'GET', url, headers: who.headers });

  it('ranks mentors with score, breakdown and reasons in plain words', async () => {
    const res = await get(`/api/v1/programs/${program.id}/suggestions?limit=20`);
    expect(res.statusCode).toBe(200);
    const list = res.json().suggestions as { mentorId: string; name: string; score: number; reasons: { kind: string; text: string }[]; overlapMinutesPerWeek: number; distanceClass: string }[];
    // Tokyo shares no language, the full mentor has no room, the picky one accepts at most a 1-hour gap.
    expect(list.map((s) => s.mentorId).sort()).toEqual([ids.sf, ids.beirut].sort());
    expect(list[0]!.score).toBeGreaterThanOrEqual(list[1]!.score);
    const sf = list.find((s) => s.mentorId === ids.sf)!;
    expect(sf).toMatchObject({ name: 'Maya Chen', overlapMinutesPerWeek: 360, distanceClass: 'far-zone' });
    const texts = sf.reasons.map((r) => r.text);
    expect(texts).toContain('You share 6 working hours a week (Tue–Thu 16:00–18:00 your time)');
    expect(texts).toContain('Both speak Arabic and English');
    expect(texts).toContain('Covers 3 of your 4 goals (Career growth, Rust, and System design)');
    const tuesday = (sf as unknown as { week: { timeZone: string; days: { weekday: number; shared: number[][] }[] } }).week;
    expect(tuesday.timeZone).toBe('Asia/Beirut');
    expect(tuesday.days[1]).toMatchObject({ weekday: 2, shared: [[960, 1080]] });
    const beirut = list.find((s) => s.mentorId === ids.beirut)!;
    expect(beirut.distanceClass).toBe('same-city');
    expect(beirut.reasons.map((r) => r.text)).toContain('Same city (Beirut): meeting in person is possible');
  });

  it('searches with filters and says why a mentor is ruled out', async () => {
    const all = await get(`/api/v1/programs/${program.id}/mentors`);
    expect(all.json().total).toBe(5);
    const tokyo = all.json().mentors.find((m: { mentorId: string }) => m.mentorId === ids.tokyo);
    expect(tokyo).toMatchObject({ score: null, excludedBy: 'no-shared-language' });
    const rust = await get(`/api/v1/programs/${program.id}/mentors?topic=rust&hasCapacity=true`);
    expect(rust.json().mentors.map((m: { mentorId: string }) => m.mentorId).sort()).toEqual([ids.sf, ids.tokyo, ids.picky].sort());
    const overlap = await get(`/api/v1/programs/${program.id}/mentors?minOverlap=300`);
    expect(overlap.json().mentors.map((m: { mentorId: string }) => m.mentorId)).toEqual([ids.sf]);
    const lebanon = await get(`/api/v1/programs/${program.id}/mentors?country=LB&language=ar`);
    expect(lebanon.json().mentors.map((m: { mentorId: string }) => m.mentorId)).toEqual([ids.beirut]);
    const bad = await get(`/api/v1/programs/${program.id}/mentors?country=Lebanon&minOverlap=-1`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['country', 'minOverlap']);
  });

  it('bookmarks and hides mentors for this mentee only', async () => {
    const mark = (mentorId: string, kind: string) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/programs/${program.id}/mentors/${mentorId}/mark`, headers: mentee.headers, payload: { kind } });
    expect((await mark(ids.beirut!, 'hide')).statusCode).toBe(204);
    expect((await mark(ids.sf!, 'bookmark')).statusCode).toBe(204);
    const list = (await get(`/api/v1/programs/${program.id}/suggestions`)).json().suggestions;
    expect(list.map((s: { mentorId: string }) => s.mentorId)).toEqual([ids.sf]);
    expect(list[0].bookmarked).toBe(true);
    const bookmarked = await get(`/api/v1/programs/${program.id}/mentors?bookmarked=true`);
    expect(bookmarked.json().mentors.map((m: { mentorId: string }) => m.mentorId)).toEqual([ids.sf]);
    const clear = await t.app.inject({ method: 'DELETE', url: `/api/v1/programs/${program.id}/mentors/${ids.beirut}/mark`, headers: mentee.headers });
    expect(clear.statusCode).toBe(204);
    expect((await get(`/api/v1/programs/${program.id}/suggestions`)).json().suggestions).toHaveLength(2);
    expect((await mark('00000000-0000-4000-8000-000000000000', 'hide')).statusCode).toBe(404);
  });

  it('follows profile changes at once (the compiled cache notices)', async () => {
    const tokyoUser = await t.database.db.selectFrom('memberships').select('user_id').where('id', '=', ids.tokyo!).executeTakeFirstOrThrow();
    const user = await t.database.db.selectFrom('users').select('email').where('id', '=', tokyoUser.user_id).executeTakeFirstOrThrow();
    const tokyo = await signIn(t.app, user.email, FACTORY_PASSWORD);
    t.clock.advance(1);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/programs/${program.id}/profile`,
      headers: tokyo.headers,
      payload: {
        headline: 'h', bio: 'b', topics: ['Rust'], languages: ['ja', 'en'], cityId: 'JP:tokyo:tokyo',
        availability: weekdays([1], '09:00', '12:00'), channels: ['video'], mentor: mentorBlock(),
      },
    });
    expect(put.statusCode).toBe(200);
    const list = (await get(`/api/v1/programs/${program.id}/suggestions`)).json().suggestions;
    expect(list.map((s: { mentorId: string }) => s.mentorId)).toContain(ids.tokyo);
  });

  it('is for mentees: mentors get 403, outsiders 404, anonymous 401; admins tune weights', async () => {
    const admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
    expect((await get(`/api/v1/programs/${program.id}/suggestions`, admin)).statusCode).toBe(403);
    const other = await createProgram(t.ctx);
    const outsider = await signIn(t.app, other.admin.email, FACTORY_PASSWORD);
    expect((await get(`/api/v1/programs/${program.id}/suggestions`, outsider)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}/suggestions` })).statusCode).toBe(401);

    const weights = { topics: 0, language: 0, overlap: 0, distance: 100, capacity: 0 };
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/programs/${program.id}/matching-settings`,
      headers: admin.headers,
      payload: { weights, maxOpenRequests: 2, requestExpiryDays: 5 },
    });
    expect(put.statusCode).toBe(200);
    const byMentee = await t.app.inject({ method: 'PUT', url: `/api/v1/programs/${program.id}/matching-settings`, headers: mentee.headers, payload: { weights, maxOpenRequests: 2, requestExpiryDays: 5 } });
    expect(byMentee.statusCode).toBe(403);
    const zero = await t.app.inject({ method: 'PUT', url: `/api/v1/programs/${program.id}/matching-settings`, headers: admin.headers, payload: { weights: { ...weights, distance: 0 }, maxOpenRequests: 2, requestExpiryDays: 5 } });
    expect(zero.statusCode).toBe(400);
    // Distance alone now decides: the same-city mentor comes first with a perfect score.
    const list = (await get(`/api/v1/programs/${program.id}/suggestions`)).json().suggestions;
    expect(list[0]).toMatchObject({ mentorId: ids.beirut, score: 100 });
  });
});
