import type { Db } from '../src/db/database';
import type { Database, DistanceClass, PartnershipStatus, TimeEntryKind } from '../src/db/schema';
import { newId } from '../src/server/ids';
import { prng } from './synthetic-cohort';

// A program at the size issue 6 names: 10,000 pairs, 500,000 meetings, time logs, messages and
// survey answers, written in multi-row inserts inside one transaction so the seed stays quick.

const DAY_MS = 86_400_000;
const CLASSES: DistanceClass[] = ['same-city', 'same-country', 'near-zone', 'far-zone'];
const KINDS: TimeEntryKind[] = ['meeting', 'phone', 'email', 'chat', 'in-person', 'other'];
const REASONS = ['Schedules did not fit', 'Goals reached early', 'Mentor left the program', 'Not a good fit'];

/** Rows in chunks that keep under both dialects' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535). */
async function insertAll<T extends keyof Database & string>(db: Db['db'], table: T, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.floor(30_000 / Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

export interface ReportSeed {
  programId: string;
  adminId: string;
  pairs: number;
  meetings: number;
  timeEntries: number;
}

export async function seedReportProgram(database: Db, o: { pairs: number; meetings: number; timeEntries: number; now: Date }): Promise<ReportSeed> {
  const rnd = prng(6);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const now = o.now.getTime();
  const at = (t: number) => new Date(t).toISOString();
  const nowIso = at(now);
  const programId = newId();
  const mentors = Math.ceil(o.pairs / 2);
  const person = (role: 'admin' | 'mentor' | 'mentee', i: number, joined: number) => ({
    user: { id: newId(), email: `${role}-${i}@report.bench`, name: `${role} ${i}`, password_hash: 'not-used', time_zone: 'UTC', locale: 'en', a11y_screen_reader: 0, a11y_reduced_motion: 0, a11y_captions: 0, prefers_async: 0, created_at: at(joined), updated_at: at(joined) },
    membership: { id: newId(), program_id: programId, role, status: 'active' as const, created_at: at(joined), updated_at: at(joined) },
  });
  const admin = person('admin', 0, now - 800 * DAY_MS);
  const mentorPeople = Array.from({ length: mentors }, (_, i) => person('mentor', i, now - (500 + rnd() * 200) * DAY_MS));
  const pairs = Array.from({ length: o.pairs }, (_, i) => {
    const started = now - (10 + rnd() * 520) * DAY_MS;
    const mentee = person('mentee', i, started - rnd() * 30 * DAY_MS);
    const roll = rnd();
    const status: PartnershipStatus = roll < 0.7 ? 'active' : roll < 0.9 ? 'completed' : 'ended';
    const ended = status === 'active' ? null : Math.min(now - DAY_MS, started + (30 + rnd() * 200) * DAY_MS);
    return { id: newId(), mentee, mentor: mentorPeople[i % mentors]!, started, ended, status, distance: pick(CLASSES) };
  });
  const people = [admin, ...mentorPeople, ...pairs.map((p) => p.mentee)];

  let meetingCount = 0;
  let entryCount = 0;
  await database.db.transaction().execute(async (trx) => {
    await insertAll(trx, 'users', people.map((p) => p.user));
    await trx.insertInto('programs').values({ id: programId, name: 'Report benchmark', description: '', created_by: admin.user.id, created_at: nowIso, updated_at: nowIso }).execute();
    await insertAll(trx, 'memberships', people.map((p) => ({ ...p.membership, user_id: p.user.id })));
    await insertAll(trx, 'partnerships', pairs.map((p) => ({
      id: p.id, program_id: programId, mentee_membership_id: p.mentee.membership.id, mentor_membership_id: p.mentor.membership.id,
      status: p.status, distance_class: p.distance, zone_gap_minutes: 0, overlap_minutes_per_week: 600, score: null, source: 'request',
      request_id: null, matching_run_id: null, started_at: at(p.started), ended_at: p.ended === null ? null : at(p.ended),
      end_reason: p.status === 'ended' ? pick(REASONS) : null,
    })));

    const perPair = (total: number, i: number) => Math.floor((total * (i + 1)) / o.pairs) - Math.floor((total * i) / o.pairs);
    const pending: { meetings: object[]; entries: object[]; messages: object[] } = { meetings: [], entries: [], messages: [] };
    const flush = async (force = false) => {
      if (force || pending.meetings.length >= 20_000) {
        await insertAll(trx, 'meetings', pending.meetings);
        await insertAll(trx, 'time_entries', pending.entries);
        await insertAll(trx, 'messages', pending.messages);
        pending.meetings = [];
        pending.entries = [];
        pending.messages = [];
      }
    };
    for (const [i, p] of pairs.entries()) {
      const end = p.ended ?? now;
      const when = () => p.started + rnd() * (end - p.started);
      for (let k = 0; k < perPair(o.meetings, i); k++) {
        const start = when();
        const held = start < now && rnd() < 0.9;
        pending.meetings.push({
          id: newId(), partnership_id: p.id, program_id: programId, status: held ? 'held' : start < now ? 'cancelled' : 'confirmed',
          proposed_by: 'mentee', channel: 'video', location: null, url: null, start_at: at(start), end_at: at(start + 3_600_000),
          duration_minutes: 60, agenda: '', mentee_awkwardness: null, mentor_awkwardness: null, change_reason: null, cancelled_by: null,
          minutes_spent: held ? 30 + Math.floor(rnd() * 60) : null, outcome_by: held ? 'mentee' : null, outcome_at: held ? at(start) : null,
          confirmed_at: at(start), created_by: p.mentee.user.id, created_at: at(start), updated_at: at(start),
        });
      }
      for (let k = 0; k < perPair(o.timeEntries, i); k++) {
        const mentee = rnd() < 0.5;
        pending.entries.push({
          id: newId(), partnership_id: p.id, author_user_id: (mentee ? p.mentee : p.mentor).user.id, author_side: mentee ? 'mentee' : 'mentor',
          kind: pick(KINDS), occurred_on: at(when()).slice(0, 10), minutes: 5 + Math.floor(rnd() * 55), preparation_minutes: Math.floor(rnd() * 20),
          note: '', meeting_id: null, created_at: nowIso, updated_at: nowIso,
        });
      }
      for (let k = 0; k < 5; k++) {
        pending.messages.push({ id: newId(), partnership_id: p.id, author_user_id: p.mentee.user.id, body_html: '<p>Hi</p>', body_text: 'Hi', created_at: at(when()), edited_at: null, deleted_at: null });
      }
      meetingCount += perPair(o.meetings, i);
      entryCount += perPair(o.timeEntries, i);
      await flush();
    }
    await flush(true);
    await seedSurveyAnswers(trx, { programId, adminId: admin.user.id, pairs, rnd, now });
  });
  return { programId, adminId: admin.user.id, pairs: o.pairs, meetings: meetingCount, timeEntries: entryCount };
}

/** A fit check after the first meeting and an end-of-term survey for about half the pairs, answered by most. */
async function seedSurveyAnswers(
  trx: Db['db'],
  s: { programId: string; adminId: string; pairs: { id: string; started: number; mentee: { user: { id: string } }; mentor: { user: { id: string } } }[]; rnd: () => number; now: number },
): Promise<void> {
  const nowIso = new Date(s.now).toISOString();
  const surveyId = newId();
  const questions = (['satisfaction', 'fit', 'recommend'] as const).map((measure, position) => ({
    id: newId(), survey_id: surveyId, position, kind: measure === 'satisfaction' ? ('rating' as const) : measure === 'fit' ? ('yes-no' as const) : ('recommend' as const),
    prompt: measure, options: '[]', required: 1, measure,
  }));
  await trx.insertInto('surveys').values({ id: surveyId, program_id: s.programId, title: 'Check-in', intro: '', trigger: 'first-meeting', every_weeks: null, audience: 'both', active: 1, default_key: null, created_by: s.adminId, created_at: nowIso, updated_at: nowIso }).execute();
  await trx.insertInto('survey_questions').values(questions).execute();
  const requests: object[] = [];
  const responses: object[] = [];
  const answers: object[] = [];
  for (const p of s.pairs.filter(() => s.rnd() < 0.5)) {
    for (const side of ['mentee', 'mentor'] as const) {
      const sent = new Date(Math.min(s.now - 3_600_000, p.started + 14 * DAY_MS)).toISOString();
      const requestId = newId();
      const answered = s.rnd() < 0.8;
      requests.push({ id: requestId, survey_id: surveyId, program_id: s.programId, partnership_id: p.id, user_id: p[side].user.id, side, occasion: 'first-meeting', sent_at: sent, closes_at: sent, reminders_sent: 0, last_reminded_at: null, answered_at: answered ? sent : null });
      if (!answered) continue;
      const responseId = newId();
      const fit = s.rnd() < 0.9 ? 1 : 0;
      responses.push({ id: responseId, request_id: requestId, survey_id: surveyId, program_id: s.programId, partnership_id: p.id, side, submitted_at: sent, good_fit: fit, rematch_offered_at: null });
      const values = [1 + Math.floor(s.rnd() * 5), fit, Math.floor(s.rnd() * 11)];
      questions.forEach((q, k) => answers.push({ response_id: responseId, question_id: q.id, value_number: values[k], value_text: null, value_choices: null }));
    }
  }
  await insertAll(trx, 'survey_requests', requests);
  await insertAll(trx, 'survey_responses', responses);
  await insertAll(trx, 'survey_answers', answers);
}
