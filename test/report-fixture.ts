// Shared by the report module's tests: a small program whose report is worked
// out by hand in the tests. Like the factories, it writes rows directly to set past dates. The report range 2026-07-01..2026-09-29 is 91 days.
import type { TestApp } from './app';
import { createMeeting, createParticipant, createPartnership, createProgram, createRequest, type ProgramRef, type TestPartnership } from './factories';
import type { DistanceClass, PairSide, TimeEntryKind } from '../src/db/schema';
import { newId } from '../src/server/ids';
import { person, type Person } from '../src/modules/partnerships/test-helpers';

const at = (day: string, time = '00:00') => `${day}T${time}:00.000Z`;

export interface ReportFixture {
  program: ProgramRef;
  member: Person;
  /** p1, p2 same city; p3 far zone; p4 same country, ended early; p5 near zone, started after the range. */
  pairs: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', TestPartnership>;
  elsewhere: TestPartnership;
}

async function reshape(t: TestApp, p: TestPartnership, o: { distance: DistanceClass; started: string; menteeJoined: string; ended?: string; reason?: string }) {
  await t.ctx.db
    .updateTable('partnerships')
    .set({
      distance_class: o.distance,
      started_at: o.started,
      ...(o.ended ? { status: 'ended' as const, ended_at: o.ended, end_reason: o.reason ?? null, ended_by: 'mentee' as const } : {}),
    })
    .where('id', '=', p.id)
    .execute();
  await t.ctx.db.updateTable('memberships').set({ created_at: o.menteeJoined }).where('id', '=', p.mentee.id).execute();
}

async function held(t: TestApp, p: TestPartnership, startAt: string, durationMinutes: number, minutesSpent?: number) {
  const m = await createMeeting(t.ctx, { partnership: p, status: 'held', startAt, durationMinutes });
  if (minutesSpent !== undefined) await t.ctx.db.updateTable('meetings').set({ minutes_spent: minutesSpent }).where('id', '=', m.id).execute();
}

async function logged(t: TestApp, p: TestPartnership, side: PairSide, kind: TimeEntryKind, occurredOn: string, minutes: number, preparation = 0) {
  const now = t.clock.now().toISOString();
  await t.ctx.db
    .insertInto('time_entries')
    .values({
      id: newId(), partnership_id: p.id, author_user_id: p[side].user.id, author_side: side, kind, occurred_on: occurredOn,
      minutes, preparation_minutes: preparation, note: '', meeting_id: null, created_at: now, updated_at: now,
    })
    .execute();
}

/** One survey measuring all three; `answer` files one response (and its request) with the given answers. */
async function surveyOf(t: TestApp, programId: string) {
  const db = t.ctx.db;
  const now = t.clock.now().toISOString();
  const surveyId = newId();
  await db.insertInto('surveys').values({ id: surveyId, program_id: programId, title: 'Check-in', intro: '', trigger: 'first-meeting', every_weeks: null, audience: 'both', active: 1, default_key: null, created_by: null, created_at: now, updated_at: now }).execute();
  const q = { satisfaction: newId(), fit: newId(), recommend: newId() };
  await db.insertInto('survey_questions').values([
    { id: q.satisfaction, survey_id: surveyId, position: 0, kind: 'rating', prompt: 'How satisfied are you?', options: '[]', required: 1, measure: 'satisfaction' },
    { id: q.fit, survey_id: surveyId, position: 1, kind: 'yes-no', prompt: 'A good fit?', options: '[]', required: 1, measure: 'fit' },
    { id: q.recommend, survey_id: surveyId, position: 2, kind: 'recommend', prompt: 'Would you recommend?', options: '[]', required: 1, measure: 'recommend' },
  ]).execute();
  return async (p: TestPartnership, side: PairSide, submittedAt: string, a: { satisfaction?: number; fit?: 0 | 1; recommend?: number } | null) => {
    const requestId = newId();
    await db.insertInto('survey_requests').values({
      id: requestId, survey_id: surveyId, program_id: programId, partnership_id: p.id, user_id: p[side].user.id, side,
      occasion: `first-meeting-${requestId}`, sent_at: submittedAt, closes_at: submittedAt, answered_at: a ? submittedAt : null, last_reminded_at: null,
    }).execute();
    if (!a) return;
    const responseId = newId();
    await db.insertInto('survey_responses').values({
      id: responseId, request_id: requestId, survey_id: surveyId, program_id: programId, partnership_id: p.id, side,
      submitted_at: submittedAt, good_fit: a.fit ?? null, rematch_offered_at: null,
    }).execute();
    const values = (['satisfaction', 'fit', 'recommend'] as const).filter((k) => a[k] !== undefined);
    await db.insertInto('survey_answers').values(values.map((k) => ({ response_id: responseId, question_id: q[k], value_number: a[k]!, value_text: null, value_choices: null }))).execute();
  };
}

export async function buildReportFixture(t: TestApp): Promise<ReportFixture> {
  const program = await createProgram(t.ctx, { name: 'Reported program' });
  const pair = async (menteeName: string) =>
    createPartnership(t.ctx, { program, mentee: await createParticipant(t.ctx, { program, role: 'mentee', user: { name: menteeName } }) });
  const p1 = await pair('Ana');
  const p2 = await pair('Ben');
  const p3 = await pair('Chen');
  const p4 = await pair('Dara');
  const p5 = await pair('=HYPERLINK("http://evil.example")');
  const member = await person(t, program, 'mentee', { name: 'Unmatched Uma' });
  const elsewhere = await createPartnership(t.ctx);

  await reshape(t, p1, { distance: 'same-city', started: at('2026-06-01'), menteeJoined: at('2026-05-20') });
  await reshape(t, p2, { distance: 'same-city', started: at('2026-07-21'), menteeJoined: at('2026-07-01') });
  await reshape(t, p3, { distance: 'far-zone', started: at('2026-07-10'), menteeJoined: at('2026-07-02') });
  await reshape(t, p4, { distance: 'same-country', started: at('2026-07-16'), menteeJoined: at('2026-07-06'), ended: at('2026-08-15'), reason: 'Schedules did not fit' });
  await reshape(t, p5, { distance: 'near-zone', started: at('2026-10-10'), menteeJoined: at('2026-10-01') });
  await t.ctx.db.updateTable('memberships').set({ created_at: at('2026-08-01') }).where('id', '=', member.id).execute();

  // p1: three held meetings in the range (planned lengths count: no minutes recorded), one before, one cancelled.
  await held(t, p1, at('2026-06-15', '10:00'), 60);
  await held(t, p1, at('2026-07-07', '10:00'), 60);
  await held(t, p1, at('2026-08-04', '10:00'), 45);
  await held(t, p1, at('2026-09-20', '08:00'), 30);
  await createMeeting(t.ctx, { partnership: p1, status: 'cancelled', startAt: at('2026-09-01', '10:00') });
  await logged(t, p1, 'mentee', 'phone', '2026-08-10', 20, 10);
  await logged(t, p1, 'mentor', 'email', '2026-08-11', 15);
  // p2: six held meetings of 45 planned minutes where 60 were spent.
  for (const day of ['2026-07-22', '2026-08-05', '2026-08-19', '2026-09-02', '2026-09-16', '2026-09-25']) await held(t, p2, at(day, '12:00'), 45, 60);
  await t.ctx.db.insertInto('messages').values({ id: newId(), partnership_id: p2.id, author_user_id: p2.mentee.user.id, body_html: '<p>Hi</p>', body_text: 'Hi', created_at: at('2026-11-10', '12:00'), edited_at: null, deleted_at: null }).execute();
  // p3: one meeting and a chat logged by the mentor.
  await held(t, p3, at('2026-08-01', '15:00'), 90);
  await logged(t, p3, 'mentor', 'chat', '2026-09-05', 30);

  const answer = await surveyOf(t, program.id);
  await answer(p1, 'mentee', at('2026-07-08'), { satisfaction: 5, fit: 1, recommend: 9 });
  await answer(p1, 'mentor', at('2026-07-09'), { satisfaction: 4, recommend: 7 });
  await answer(p2, 'mentee', at('2026-07-23'), { satisfaction: 3, fit: 1, recommend: 6 });
  await answer(p3, 'mentee', at('2026-08-02'), { satisfaction: 2, fit: 1 });
  await answer(p3, 'mentor', at('2026-08-03'), { satisfaction: 4, fit: 0, recommend: 8 });
  await answer(p4, 'mentor', at('2026-07-20'), null);
  // Uma has waited ten days for p1's mentor.
  const request = await createRequest(t.ctx, { program, mentee: member, mentor: p1.mentor });
  await t.ctx.db.updateTable('mentorship_requests').set({ created_at: at('2026-11-14', '09:00') }).where('id', '=', request.id).execute();
  return { program, member, pairs: { p1, p2, p3, p4, p5 }, elsewhere };
}
