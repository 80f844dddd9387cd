import { DateTime } from 'luxon';
import type { PairSide, SurveyAudience } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { newId } from '../../server/ids';
import { otherSide, pairPerson } from '../partnerships/pair-work';
import * as repo from './dispatch.repository';
import { emailSurveyRequest } from './survey-mail';
import * as requests from './survey-requests.repository';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A fit check goes to pairs whose first held meeting is this recent (older ones are past the moment). */
export const FIRST_MEETING_WINDOW_DAYS = 14;
/** A partnership's or a cycle's end is surveyed this long after it. */
export const END_WINDOW_DAYS = 30;
/** A request closes this long after it is sent. */
export const REQUEST_OPEN_DAYS = 21;
/** Reminder 1 and 2, in days after the request was sent. */
export const REMINDER_DAYS = [3, 7] as const;

const SIDES: Record<SurveyAudience, PairSide[]> = { both: ['mentee', 'mentor'], mentee: ['mentee'], mentor: ['mentor'] };
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

/**
 * Asks everyone a survey is due for, each once per occasion: a fit check after a pair's first
 * held meeting, every N weeks of an active partnership (the latest occasion only), at a
 * partnership's end and at its cycle's end. Idempotent and safe on several instances at once:
 * the request's unique key decides, and only the instance that inserted it sends the email.
 * Returns how many people were asked.
 */
export async function dispatchSurveys(ctx: ServiceContext, scope: repo.DispatchScope = {}): Promise<number> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  let asked = 0;
  const recent = { sinceIso: daysAgo(now, FIRST_MEETING_WINDOW_DAYS), nowIso };
  asked += await ask(ctx, await repo.listPairsFirstMetSince(ctx.db, recent, scope), () => 'first-meeting');
  asked += await ask(ctx, await repo.listActivePairsStartedBy(ctx.db, daysAgo(now, 7), scope), (r) => weeksOccasion(now, r));
  asked += await ask(ctx, await repo.listPairsEndedSince(ctx.db, { sinceIso: daysAgo(now, END_WINDOW_DAYS), nowIso }, scope), () => 'end');
  const today = DateTime.fromJSDate(now, { zone: 'utc' });
  for (const c of await repo.listCyclesClosedBetween(ctx.db, today.minus({ days: END_WINDOW_DAYS }).toISODate()!, today.toISODate()!)) {
    // A cycle is its dates: the partnerships that started from its enrolment opening through its closing day.
    const within = { fromIso: `${c.enrolment_opens_on}T00:00:00.000Z`, beforeIso: DateTime.fromISO(c.closes_on, { zone: 'utc' }).plus({ days: 1 }).toISO()! };
    asked += await ask(ctx, await repo.listPairsStartedWithin(ctx.db, c.program_id, within, scope), () => `cycle:${c.id}`);
  }
  return asked;
}

/** `week-8` for a survey every 4 weeks in a partnership's 9th week: the latest occasion only, none before the first. */
function weeksOccasion(now: Date, r: repo.SurveyPairRow): string | null {
  const n = Number(r.every_weeks ?? 0);
  if (n < 1) return null;
  const k = Math.floor((now.getTime() - Date.parse(r.started_at)) / (n * WEEK_MS));
  return k >= 1 ? `week-${k * n}` : null;
}

/** Inserts each request not made yet (the survey's audience, active members only) and emails the person, in one transaction each. */
async function ask(ctx: ServiceContext, rows: repo.SurveyPairRow[], occasionOf: (r: repo.SurveyPairRow) => string | null): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = await repo.findRequestKeys(ctx.db, [...new Set(rows.map((r) => r.partnership_id))]);
  let asked = 0;
  for (const r of rows) {
    const occasion = occasionOf(r);
    if (!occasion) continue;
    for (const side of SIDES[r.audience]) {
      const person =
        side === 'mentee' ? { userId: r.mentee_user_id, status: r.mentee_status } : { userId: r.mentor_user_id, status: r.mentor_status };
      if (person.status !== 'active') continue;
      const key = { survey_id: r.survey_id, partnership_id: r.partnership_id, user_id: person.userId, occasion };
      if (existing.has(repo.requestKey(key))) continue;
      const sentAt = ctx.clock.now();
      const row = { id: newId(), ...key, program_id: r.program_id, side, sent_at: sentAt.toISOString(), closes_at: new Date(sentAt.getTime() + REQUEST_OPEN_DAYS * DAY_MS).toISOString() };
      const inserted = await ctx.db.transaction().execute(async (trx) => {
        if (!(await repo.insertRequestIfNew(trx, row))) return false;
        const asked = { requestId: row.id, title: r.title, programName: r.program_name, partnerName: pairPerson(r, otherSide(side)).name, closesAt: row.closes_at };
        await emailSurveyRequest(trx, ctx, pairPerson(r, side).recipient, asked);
        return true;
      });
      if (inserted) asked++;
    }
  }
  return asked;
}

/**
 * Reminds people of open requests they have not answered: once 3 days after the request, once
 * more after 7, never again. Each reminder is claimed by moving the request's count, with its
 * email in the same transaction, so it goes once across instances. Returns how many were sent.
 */
export async function sendSurveyReminders(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  let reminded = 0;
  for (const [sent, days] of REMINDER_DAYS.entries()) {
    const due = { sent, nowIso: now.toISOString(), sentBefore: daysAgo(now, days), remindedBefore: daysAgo(now, 1) };
    for (;;) {
      const rows = await requests.listRequestsDueReminder(ctx.db, due, batchSize);
      let claimed = 0;
      for (const r of rows) {
        const won = await ctx.db.transaction().execute(async (trx) => {
          if (!(await requests.claimReminder(trx, r.id, sent, due.nowIso))) return false;
          const partnerName = pairPerson(r, otherSide(r.side)).name;
          const asked = { requestId: r.id, title: r.title, programName: r.program_name, partnerName, closesAt: r.closes_at };
          await emailSurveyRequest(trx, ctx, pairPerson(r, r.side).recipient, asked, { reminder: true });
          return true;
        });
        if (won) claimed++;
      }
      reminded += claimed;
      // A page another instance emptied under us ends the run; claimed rows drop out of the next page.
      if (rows.length < batchSize || claimed === 0) break;
    }
  }
  return reminded;
}

/**
 * Right after a pair's first meeting is marked held or the partnership ends: their fit check or
 * close-out goes out now rather than at the job's next run. Called after the change committed;
 * a failure is logged and never fails the change (the job catches up).
 */
export async function dispatchSurveysAfterChange(ctx: ServiceContext, partnershipId: string): Promise<void> {
  try {
    await dispatchSurveys(ctx, { partnershipId });
  } catch (err) {
    console.error('survey dispatch after a partnership change failed; the survey-dispatch job will retry', { partnershipId, err });
  }
}
