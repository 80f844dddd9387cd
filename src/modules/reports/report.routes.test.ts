import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createParticipant, createRequest, FACTORY_PASSWORD } from '../../../test/factories';
import { signIn, signUp, type SignedIn } from '../../../test/users';
import { compareMeans, DISTANCE_CLASSES } from '../../core/reports';
import type { DistanceClass } from '../../db/schema';
import { newId } from '../../server/ids';
import { caller } from '../partnerships/test-helpers';
import { buildReportFixture, type ReportFixture } from '../../../test/report-fixture';
import type { MeasureView, ReportView } from './report.schemas';

// Every number below is worked out by hand from report-fixture.ts. The range 2026-07-01..2026-09-29
// is 91 days; a month is 30.44 days. Months active: p1 91 days, p2 71 (from 07-21), p3 82 (from
// 07-10), p4 30 (07-16..08-15), counted as the minimum of one month.
const RANGE = 'from=2026-07-01&to=2026-09-29';
const month = (days: number) => days / 30.44;
const M = { p1: month(91), p2: month(71), p3: month(82), p4: 1 };
/** Open requests by class in report order: [open, median age in days] where any, else none. */
const requestClasses = (of: Partial<Record<DistanceClass, [number, number]>>) =>
  DISTANCE_CLASSES.map(({ distanceClass }) => ({ distanceClass, open: of[distanceClass]?.[0] ?? 0, medianAgeDays: of[distanceClass]?.[1] ?? null }));

describe.each(dialects)('program report on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let f: ReportFixture;
  let admin: SignedIn;
  const report = async (query = RANGE, as = admin): Promise<ReportView> => {
    const res = await call('GET', `/programs/${f.program.id}/report?${query}`, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().report;
  };
  const measure = (r: ReportView, key: MeasureView['key']) => r.measures.find((m) => m.key === key)!;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    f = await buildReportFixture(t);
    admin = await signIn(t.app, f.program.admin.email, FACTORY_PASSWORD);
  });
  afterAll(() => t.close());

  it('rates meetings and minutes per pair and month, split local against distance with Welch’s interval', async () => {
    const r = await report();
    expect(r.range).toEqual({ from: '2026-07-01', to: '2026-09-29', cycleId: null, cycleName: null });
    const meetings = measure(r, 'meetingsPerMonth');
    const local = [3 / M.p1, 6 / M.p2];
    const distance = [1 / M.p3, 0 / M.p4];
    expect(meetings.overall.pairs).toBe(4);
    expect(meetings.overall.mean).toBeCloseTo((local[0]! + local[1]! + distance[0]!) / 4, 10);
    expect(meetings.byClass.map((c) => [c.distanceClass, c.pairs])).toEqual([['same-city', 2], ['same-country', 1], ['near-zone', 0], ['far-zone', 1]]);
    expect(meetings.byClass[2]!.mean).toBeNull();
    expect(meetings.local.mean).toBeCloseTo((local[0]! + local[1]!) / 2, 10);
    const welch = compareMeans(local, distance);
    expect(meetings.difference!.estimate).toBeCloseTo(welch.difference!, 10);
    expect(meetings.difference!.low).toBeCloseTo(welch.ci![0], 10);
    expect(meetings.difference!.high).toBeCloseTo(welch.ci![1], 10);
    expect(meetings.difference).toMatchObject({ confidence: 0.95 });
    expect(meetings.difference!.relative).toBeCloseTo(welch.relative!, 10);

    // Held meetings' minutes (planned length when none recorded, 60 spent over 45 planned) plus logged contact and preparation.
    const minutes = measure(r, 'minutesPerMonth');
    expect(minutes.local.mean).toBeCloseTo((180 / M.p1 + 360 / M.p2) / 2, 10);
    expect(minutes.distance.mean).toBeCloseTo((120 / M.p3 + 0) / 2, 10);
  });

  it('averages survey answers per pair, and leaves the difference out with one pair on a side', async () => {
    const r = await report();
    const satisfaction = measure(r, 'satisfaction');
    expect(satisfaction.local).toEqual({ pairs: 2, mean: (4.5 + 3) / 2 });
    expect(satisfaction.distance).toEqual({ pairs: 1, mean: 3 });
    expect(satisfaction.difference).toBeNull();
    expect(measure(r, 'goodFit').overall).toEqual({ pairs: 3, mean: (1 + 1 + 0.5) / 3 });
    expect(measure(r, 'recommend').overall).toEqual({ pairs: 3, mean: (8 + 6 + 8) / 3 });
    expect(r.surveys).toEqual({ sent: 6, answered: 5, responseRate: 5 / 6 });
    expect(r.fitChecks).toMatchObject({ answered: 4, goodFit: 3, notAFit: 1 });
    expect(r.fitChecks.alerts).toEqual([
      expect.objectContaining({ partnershipId: f.pairs.p3.id, menteeName: 'Chen', side: 'mentor', submittedAt: '2026-08-03T00:00:00.000Z', rematchOfferedAt: null, partnershipStatus: 'active' }),
    ]);
  });

  it('counts enrolment, time to match, open requests, partnerships and their end reasons', async () => {
    const r = await report();
    expect(r.enrolment).toEqual([
      { role: 'mentee', active: 6, paused: 0, removed: 0, joinedInRange: 4, inPartnership: 4 },
      { role: 'mentor', active: 5, paused: 0, removed: 0, joinedInRange: 0, inPartnership: 4 },
      { role: 'admin', active: 1, paused: 0, removed: 0, joinedInRange: 0, inPartnership: 0 },
    ]);
    // Joined in range: Ben (20 days), Chen (8), Dara (10), Uma (still waiting).
    expect(r.matching).toEqual({
      mentees: 4,
      matched: 3,
      medianDaysToMatch: 10,
      matchedWithin14Days: 0.5,
      byClass: [
        { distanceClass: 'same-city', matched: 1, medianDaysToMatch: 20 },
        { distanceClass: 'same-country', matched: 1, medianDaysToMatch: 10 },
        { distanceClass: 'near-zone', matched: 0, medianDaysToMatch: null },
        { distanceClass: 'far-zone', matched: 1, medianDaysToMatch: 8 },
      ],
    });
    // Uma and p1's mentor have no city and share Lisbon's zone: their pair would be near-zone.
    expect(r.requests).toEqual({
      open: 1, medianAgeDays: 10, olderThan7Days: 1, oldestDays: 10,
      byClass: requestClasses({ 'near-zone': [1, 10] }),
    });
    expect(r.partnerships).toMatchObject({ total: 4, active: 3, completed: 0, endedEarly: 1, shareAtDistance: 0.5 });
    expect(r.partnerships.byClass.map((c) => [c.distanceClass, c.total, c.share])).toEqual([
      ['same-city', 2, 0.5], ['same-country', 1, 0.25], ['near-zone', 0, 0], ['far-zone', 1, 0.25],
    ]);
    expect(r.partnerships.endReasons).toEqual([{ reason: 'Schedules did not fit', count: 1, atDistance: 1 }]);
  });

  it('adds up minutes by channel, held meetings as "meeting"', async () => {
    const r = await report();
    const byChannel = Object.fromEntries(r.minutesByChannel.map((c) => [c.channel, c]));
    expect(Object.keys(byChannel)).toEqual(['meeting', 'phone', 'email', 'chat', 'in-person', 'other']);
    expect(byChannel.meeting).toMatchObject({ minutes: 585, preparationMinutes: 0, perPair: 585 / 4 });
    expect(byChannel.meeting!.byClass.map((c) => c.perPair)).toEqual([495 / 2, 0, 0, 90]);
    expect(byChannel.phone).toMatchObject({ minutes: 20, preparationMinutes: 10, perPair: 30 / 4 });
    expect(byChannel.chat!.byClass.map((c) => c.perPair)).toEqual([0, 0, 0, 30]);
  });

  it('narrows to one distance class', async () => {
    const r = await report(`${RANGE}&distance=same-city`);
    expect(r.filters).toEqual({ distance: 'same-city', role: null });
    expect(r.partnerships).toMatchObject({ total: 2, active: 2, shareAtDistance: 0 });
    expect(measure(r, 'meetingsPerMonth')).toMatchObject({ overall: { pairs: 2 }, distance: { pairs: 0, mean: null }, difference: null });
    // Ben matched in the city; Uma is still waiting and counts against the share.
    expect(r.matching).toMatchObject({ mentees: 2, matched: 1, matchedWithin14Days: 0 });
    expect(r.minutesByChannel[0]!.perPair).toBe(495 / 2);
    // Uma's request would make a near-zone pair, so it is left out.
    expect(r.requests).toMatchObject({ open: 0, medianAgeDays: null, olderThan7Days: 0, oldestDays: null });
    expect(r.requests.byClass.map((c) => c.open)).toEqual([0, 0, 0, 0]);
  });

  it('classes open requests by the pair they would make, and narrows them by distance class', async () => {
    // A Lisbon mentee asks a Tokyo mentor, two and a half days ago (now is 2026-11-24 09:00 UTC).
    const mentee = await createParticipant(t.ctx, { program: f.program, role: 'mentee', user: { name: 'Lia', timeZone: 'Europe/Lisbon' }, profile: { cityId: 'PT:lisbon:lisboa' } });
    const mentor = await createParticipant(t.ctx, { program: f.program, role: 'mentor', user: { name: 'Kenji', timeZone: 'Asia/Tokyo' }, profile: { cityId: 'JP:tokyo:tokyo' } });
    const request = await createRequest(t.ctx, { program: f.program, mentee, mentor });
    await t.ctx.db.updateTable('mentorship_requests').set({ created_at: '2026-11-21T21:00:00.000Z' }).where('id', '=', request.id).execute();

    const all = await report();
    expect(all.requests).toEqual({
      open: 2, medianAgeDays: 6.3, olderThan7Days: 1, oldestDays: 10,
      byClass: requestClasses({ 'near-zone': [1, 10], 'far-zone': [1, 2.5] }),
    });
    const far = await report(`${RANGE}&distance=far-zone`);
    expect(far.requests).toMatchObject({ open: 1, medianAgeDays: 2.5, olderThan7Days: 0, oldestDays: 2 });
    expect(far.requests.byClass.map((c) => [c.distanceClass, c.open])).toEqual([['same-city', 0], ['same-country', 0], ['near-zone', 0], ['far-zone', 1]]);
    // Once the mentor answers, the request is no longer open.
    await t.ctx.db.updateTable('mentorship_requests').set({ status: 'declined', decided_at: t.clock.now().toISOString() }).where('id', '=', request.id).execute();
    expect((await report(`${RANGE}&distance=far-zone`)).requests.open).toBe(0);
  });

  it('narrows answers, logged minutes and enrolment to one side', async () => {
    const r = await report(`${RANGE}&role=mentee`);
    expect(r.enrolment.map((e) => e.role)).toEqual(['mentee']);
    expect(measure(r, 'satisfaction').overall).toEqual({ pairs: 3, mean: (5 + 3 + 2) / 3 });
    expect(measure(r, 'minutesPerMonth').local.mean).toBeCloseTo((165 / M.p1 + 360 / M.p2) / 2, 10);
    expect(r.surveys).toEqual({ sent: 3, answered: 3, responseRate: 1 });
    expect(r.fitChecks.alerts).toEqual([]);
  });

  it('reports on a cycle: the pairs that started within its dates', async () => {
    const cycleId = newId();
    await t.ctx.db.insertInto('cycles').values({
      id: cycleId, program_id: f.program.id, name: 'Summer 2026', enrolment_opens_on: '2026-07-01', matching_starts_on: '2026-07-05',
      mentoring_starts_on: '2026-07-10', closes_on: '2026-09-29', created_at: t.clock.now().toISOString(),
    }).execute();
    const r = await report(`cycleId=${cycleId}`);
    expect(r.range).toEqual({ from: '2026-07-01', to: '2026-09-29', cycleId, cycleName: 'Summer 2026' });
    expect(r.partnerships.total).toBe(3);
    expect(measure(r, 'meetingsPerMonth').local).toEqual({ pairs: 1, mean: 6 / M.p2 });

    const other = await call('GET', `/programs/${f.program.id}/report?cycleId=${newId()}`, admin);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.message).toMatch(/Cycle/);
  });

  it('defaults to the 12 months up to today', async () => {
    const r = await report('');
    expect(r.range).toMatchObject({ from: '2025-11-24', to: '2026-11-24' });
    expect(r.partnerships.total).toBe(5);
  });

  it.each([
    ['from=2026-09-01&to=2026-08-01', 'to'],
    [`cycleId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}&from=2026-07-01`, 'cycleId'],
    ['distance=next-door', 'distance'],
    ['role=admin', 'role'],
    ['from=2026-13-01', 'from'],
  ])('refuses %s, naming the field', async (query, field) => {
    const res = await call('GET', `/programs/${f.program.id}/report?${query}`, admin);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.map((x: { path: string }) => x.path)).toContain(field);
  });

  it('is for the program’s admins only', async () => {
    const url = `/programs/${f.program.id}/report`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', url, await signUp(t.app))).statusCode).toBe(404);
    const member = await call('GET', url, f.member.as);
    expect(member.statusCode).toBe(403);
    expect(member.json().error.code).toBe('forbidden');
  });
});
