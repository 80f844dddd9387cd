import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { STALLED_AFTER_DAYS } from '../reports/stalled.service';
import { sendSurveyReminders } from '../surveys/dispatch.service';
import { END_REASONS } from '../partnerships/partnerships.schemas';
import { STALLED_PAIR } from './demo-current-pairs';
import { dialects } from '../../../test/databases';
import { signIn } from '../../../test/users';
import { demoPeople } from './demo-people';
import { DEMO_PROGRAM_ID, DEMO_PROGRAM_NAME, DEMO_SIGN_INS, demoId, seedDemoProgram } from './demo.seed';

const DAY = 86_400_000;

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
    const pairs = await t.database.db
      .selectFrom('partnerships')
      .select(['distance_class', 'score'])
      .where('program_id', '=', DEMO_PROGRAM_ID)
      .where('status', '=', 'active')
      .execute();
    // Six working pairs and one that has gone quiet.
    expect(pairs).toHaveLength(7);
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

  describe('the completed past cycle', () => {
    const past = () =>
      t.database.db
        .selectFrom('partnerships as x')
        .innerJoin('memberships as m', 'm.id', 'x.mentee_membership_id')
        .select(['x.id', 'x.status', 'x.distance_class', 'x.started_at', 'x.ended_at', 'x.end_reason', 'x.ended_by', 'x.end_note', 'm.created_at as joined_at'])
        .where('x.program_id', '=', DEMO_PROGRAM_ID)
        .where('x.status', '!=', 'active')
        .execute();

    it('is closed, with completed and early-ended pairs in all four distance classes', async () => {
      const cycles = await t.database.db.selectFrom('cycles').selectAll().where('program_id', '=', DEMO_PROGRAM_ID).orderBy('enrolment_opens_on').execute();
      expect(cycles.map((c) => c.name)).toEqual(['Cycle 0', 'Cycle 1']);
      const [cycle0, cycle1] = cycles;
      const today = t.ctx.clock.now().toISOString().slice(0, 10);
      expect(cycle0!.closes_on < today).toBe(true);
      expect(cycle0!.closes_on < cycle1!.enrolment_opens_on).toBe(true);

      const pairs = await past();
      expect(pairs.length).toBeGreaterThanOrEqual(24);
      expect(pairs.length).toBeLessThanOrEqual(30);
      const closesBefore = `${cycle0!.closes_on}T23:59:59.999Z`;
      for (const p of pairs) {
        expect(p.started_at >= `${cycle0!.enrolment_opens_on}T00:00:00.000Z` && p.started_at < closesBefore).toBe(true);
        expect(p.ended_at! > p.started_at && p.ended_at! <= closesBefore).toBe(true);
        // Matched after joining: the report's time to match.
        expect(p.joined_at < p.started_at).toBe(true);
        expect(END_REASONS).toContain(p.end_reason);
        expect(p.ended_by).not.toBeNull();
      }
      const completed = pairs.filter((p) => p.status === 'completed');
      const early = pairs.filter((p) => p.status === 'ended');
      expect(completed.length).toBeGreaterThan(early.length * 4);
      expect(completed.every((p) => p.end_reason === 'completed' || p.end_reason === 'goals-met')).toBe(true);
      expect(early.length).toBeGreaterThanOrEqual(3);
      expect(new Set(early.map((p) => p.end_reason))).toEqual(new Set(['no-time', 'not-a-good-fit', 'other']));
      expect(early.every((p) => (p.end_note ?? '').length > 0)).toBe(true);
      expect(new Set(pairs.map((p) => p.distance_class))).toEqual(new Set(['same-city', 'same-country', 'near-zone', 'far-zone']));
      // Most matched within two weeks of joining, some later.
      const daysToMatch = pairs.map((p) => (Date.parse(p.started_at) - Date.parse(p.joined_at)) / DAY);
      expect(daysToMatch.filter((d) => d <= 14).length).toBeGreaterThan(pairs.length / 2);
      expect(daysToMatch.some((d) => d > 14)).toBe(true);
    });

    it('has held meetings, logged time and survey answers for its pairs; distance pairs spend more time, as satisfied', async () => {
      const db = t.database.db;
      const pairs = await past();
      const classOf = new Map(pairs.map((p) => [p.id, p.distance_class]));
      const ids = pairs.map((p) => p.id);
      const held = await db.selectFrom('meetings').select(['partnership_id', 'minutes_spent', 'start_at']).where('partnership_id', 'in', ids).where('status', '=', 'held').execute();
      expect(new Set(held.map((m) => m.partnership_id)).size).toBe(pairs.length);
      expect(held.every((m) => m.minutes_spent! >= 30 && m.minutes_spent! <= 75)).toBe(true);
      const others = await db.selectFrom('meetings').select('status').where('partnership_id', 'in', ids).where('status', 'in', ['missed', 'cancelled']).execute();
      expect(others.length).toBeGreaterThan(0);
      const logged = await db.selectFrom('time_entries').select(['partnership_id', 'minutes', 'preparation_minutes', 'kind']).where('partnership_id', 'in', ids).execute();
      expect(logged.length).toBeGreaterThan(pairs.length);
      expect(logged.some((e) => e.preparation_minutes > 0)).toBe(true);
      expect(new Set(logged.map((e) => e.kind))).toEqual(new Set(['chat', 'email', 'phone', 'in-person']));

      const isDistant = (id: string) => ['near-zone', 'far-zone'].includes(classOf.get(id)!);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const minutesPerPair = (distant: boolean) => {
        const mine = ids.filter((id) => isDistant(id) === distant);
        const total = [...held.filter((m) => isDistant(m.partnership_id) === distant).map((m) => m.minutes_spent!), ...logged.filter((e) => isDistant(e.partnership_id) === distant).map((e) => e.minutes + e.preparation_minutes)];
        return total.reduce((a, b) => a + b, 0) / mine.length;
      };
      expect(minutesPerPair(true)).toBeGreaterThan(minutesPerPair(false));

      const answers = await db
        .selectFrom('survey_answers as a')
        .innerJoin('survey_questions as q', 'q.id', 'a.question_id')
        .innerJoin('survey_responses as r', 'r.id', 'a.response_id')
        .select(['r.partnership_id', 'q.measure', 'q.kind', 'a.value_number', 'a.value_text', 'a.value_choices'])
        .where('r.partnership_id', 'in', ids)
        .execute();
      const satisfaction = answers.filter((a) => a.measure === 'satisfaction');
      expect(satisfaction.every((a) => a.value_number! >= 3 && a.value_number! <= 5)).toBe(true);
      expect(answers.filter((a) => a.measure === 'recommend').every((a) => a.value_number! >= 6 && a.value_number! <= 10)).toBe(true);
      expect(answers.some((a) => a.kind === 'multiple' && JSON.parse(a.value_choices!).length > 0)).toBe(true);
      expect(answers.some((a) => a.kind === 'text' && a.value_text)).toBe(true);
      const satisfactionOf = (distant: boolean) => mean(satisfaction.filter((a) => isDistant(a.partnership_id) === distant).map((a) => a.value_number!));
      expect(Math.abs(satisfactionOf(true) - satisfactionOf(false))).toBeLessThan(0.4);

      const notAFit = await db.selectFrom('survey_responses').select(['partnership_id', 'side']).where('partnership_id', 'in', ids).where('good_fit', '=', 0).execute();
      expect(notAFit.length).toBeGreaterThanOrEqual(1);
      expect(notAFit.every((r) => r.side === 'mentee')).toBe(true);
      expect(pairs.find((p) => p.end_reason === 'not-a-good-fit')!.id).toBeOneOf(notAFit.map((r) => r.partnership_id));

      const requests = await db.selectFrom('survey_requests').select(['occasion', 'answered_at', 'sent_at', 'closes_at']).where('partnership_id', 'in', ids).execute();
      const occasions = new Set(requests.map((r) => r.occasion.replace(/^week-\d+$/, 'week-n').replace(/^cycle:.*$/, 'cycle')));
      expect(occasions).toEqual(new Set(['first-meeting', 'week-n', 'end', 'cycle']));
      expect(requests.some((r) => r.answered_at === null)).toBe(true);
      expect(requests.every((r) => r.answered_at === null || (r.answered_at > r.sent_at && r.answered_at < r.closes_at))).toBe(true);
    });

    it('comes with the default survey set', async () => {
      const surveys = await t.database.db.selectFrom('surveys').select(['default_key', 'active']).where('program_id', '=', DEMO_PROGRAM_ID).execute();
      expect(surveys.map((s) => s.default_key).sort()).toEqual(['check-in', 'cycle-end', 'fit-check', 'partnership-end']);
    });
  });

  it('has a current pair quiet for over a month, for the report’s stalled list', async () => {
    const db = t.database.db;
    const stalled = await db
      .selectFrom('partnerships')
      .select(['id', 'status', 'started_at'])
      .where('mentee_membership_id', '=', demoId(`membership:${STALLED_PAIR.mentee}`))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const now = t.ctx.clock.now().getTime();
    const meetings = await db.selectFrom('meetings').select(['start_at', 'status']).where('partnership_id', '=', stalled.id).execute();
    expect(meetings.map((m) => m.status)).toEqual(['held']);
    expect(now - Date.parse(meetings[0]!.start_at!)).toBeGreaterThan(35 * DAY);
    expect(now - Date.parse(meetings[0]!.start_at!)).toBeGreaterThan(STALLED_AFTER_DAYS * DAY);
    const entries = await db.selectFrom('time_entries').select('id').where('partnership_id', '=', stalled.id).execute();
    const messages = await db.selectFrom('messages').select('id').where('partnership_id', '=', stalled.id).execute();
    expect([entries.length, messages.length]).toEqual([0, 0]);
  });

  it('asks the demo mentee the fit check about their current partnership', async () => {
    const mentee = DEMO_SIGN_INS.find((s) => s.role === 'mentee')!;
    const now = t.ctx.clock.now().toISOString();
    const open = await t.database.db
      .selectFrom('survey_requests as r')
      .innerJoin('surveys as s', 's.id', 'r.survey_id')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .innerJoin('partnerships as x', 'x.id', 'r.partnership_id')
      .select(['s.default_key', 'r.side', 'x.status'])
      .where('u.email', '=', mentee.email)
      .where('r.answered_at', 'is', null)
      .where('r.closes_at', '>', now)
      .where('r.sent_at', '<=', now)
      .execute();
    expect(open).toContainEqual({ default_key: 'fit-check', side: 'mentee', status: 'active' });
  });

  it('has its reminders behind it: a first start sends no burst of survey reminders', async () => {
    const before = await t.database.db.selectFrom('survey_requests').select(['id', 'reminders_sent']).orderBy('id').execute();
    expect(before.some((r) => r.reminders_sent === 2)).toBe(true);
    expect(await sendSurveyReminders(t.ctx)).toBe(0);
  });

  it('is the same on every start', async () => {
    const other = await buildTestApp(dialect);
    try {
      await seedDemoProgram(other.ctx);
      const snapshot = async (db: TestApp['database']['db']) => {
        const rows = await sql<{ n: number | string; minutes: number | string | null }>`select count(*) as n, sum(minutes_spent) as minutes from meetings`.execute(db);
        const answers = await db.selectFrom('survey_answers').select(['response_id', 'value_number', 'value_text', 'value_choices']).orderBy('response_id').orderBy('value_number').orderBy('value_text').execute();
        const pairs = await db.selectFrom('partnerships').selectAll().orderBy('id').execute();
        return { meetings: rows.rows.map((r) => [Number(r.n), Number(r.minutes)]), answers, pairs };
      };
      expect(await snapshot(other.database.db)).toEqual(await snapshot(t.database.db));
    } finally {
      await other.close();
    }
  });
});
