import { isUniqueViolation } from '../../db/errors';
import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { findActiveAdmins } from '../nudges/nudges.repository';
import { checkAnswers } from './answer-rules';
import { emailNotAFit } from './survey-mail';
import { throwIfInvalid } from './survey-rules';
import * as requests from './survey-requests.repository';
import { listQuestions, lockSurvey } from './surveys.repository';
import { presentRequest, questionsBySurvey, storeAnswer } from './surveys.presenter';
import type { AnswerInput, SurveyRequestView } from './surveys.schemas';

const alreadyAnswered = () => new AppError('already_answered', 'You have already answered this survey; answers cannot change.');

async function withQuestions(db: Executor, rows: requests.SurveyRequestRow[]): Promise<SurveyRequestView[]> {
  const questions = questionsBySurvey(await listQuestions(db, [...new Set(rows.map((r) => r.survey_id))]));
  return rows.map((r) => presentRequest(r, questions.get(r.survey_id) ?? []));
}

/** My surveys still to answer, oldest first. */
export async function listMyOpenRequests(ctx: ServiceContext, actor: Actor): Promise<SurveyRequestView[]> {
  return withQuestions(ctx.db, await requests.listOpenRequestsOf(ctx.db, actor.userId, ctx.clock.now().toISOString()));
}

/** One of my survey requests; anyone else's (my partner's included, and for admins) does not exist. */
export async function getMyRequest(ctx: ServiceContext, actor: Actor, requestId: string): Promise<SurveyRequestView> {
  const r = await requests.findRequestOf(ctx.db, requestId, actor.userId);
  if (!r) throw AppError.notFound('Survey');
  return (await withQuestions(ctx.db, [r]))[0]!;
}

/**
 * Answers my survey request, once, in one transaction: the response and its answers, the request
 * marked answered, and, when a fit question says "not a good fit", an alert to each active admin
 * of the program. Two answers at once: the unique request_id lets one through, the other is a 409.
 */
export async function submitResponse(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
  input: AnswerInput,
): Promise<{ responseId: string; notAFit: boolean }> {
  const responseId = newId();
  const now = ctx.clock.now().toISOString();
  try {
    const fit = await ctx.db.transaction().execute(async (trx) => {
      const found = await requests.findRequestOf(trx, requestId, actor.userId);
      if (!found) throw AppError.notFound('Survey');
      // Its questions cannot change under the answer; read the request again once the lock is held.
      await lockSurvey(trx, found.survey_id);
      const r = (await requests.findRequestOf(trx, requestId, actor.userId))!;
      if (r.answered_at !== null) throw alreadyAnswered();
      if (r.closes_at <= now) throw new AppError('survey_closed', 'This survey has closed; it can no longer be answered.');
      const questions = questionsBySurvey(await listQuestions(trx, [r.survey_id])).get(r.survey_id) ?? [];
      const checked = checkAnswers(questions, input);
      throwIfInvalid(checked.fields);
      await requests.insertResponse(
        trx,
        {
          id: responseId,
          request_id: r.id,
          survey_id: r.survey_id,
          program_id: r.program_id,
          partnership_id: r.partnership_id,
          side: r.side,
          submitted_at: now,
          good_fit: checked.fit === null ? null : checked.fit ? 1 : 0,
          rematch_offered_at: null,
        },
        checked.given.map((g) => ({ response_id: responseId, question_id: g.question.id, ...storeAnswer(g.question.kind, g.value) })),
      );
      if (!(await requests.markAnswered(trx, r.id, now))) throw alreadyAnswered();
      if (checked.fit === false) await alertAdmins(trx, ctx, r);
      return checked.fit;
    });
    return { responseId, notAFit: fit === false };
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyAnswered();
    throw err;
  }
}

/** "Not a good fit" to each active admin of the program, except someone in the pair (the partner never learns an answer). */
async function alertAdmins(trx: Executor, ctx: ServiceContext, r: requests.SurveyRequestRow): Promise<void> {
  const pair = new Set([r.mentee_user_id, r.mentor_user_id]);
  for (const a of await findActiveAdmins(trx, [r.program_id])) {
    if (pair.has(a.user_id)) continue;
    await emailNotAFit(
      trx,
      ctx,
      { email: a.email, name: a.name, locale: a.locale, timeZone: a.time_zone },
      { programId: r.program_id, programName: r.program_name, title: r.title, side: r.side, menteeName: r.mentee_name, mentorName: r.mentor_name },
    );
  }
}
