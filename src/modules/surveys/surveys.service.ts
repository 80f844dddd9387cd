import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import { checkSurveyInput, questionsUnchanged, throwIfInvalid } from './survey-rules';
import * as repo from './surveys.repository';
import { presentSurvey, questionsBySurvey, storeQuestions, storeSurvey } from './surveys.presenter';
import type { SurveyInput, SurveyView } from './surveys.schemas';

export const surveyHasAnswers = (what: string) =>
  new AppError('survey_has_answers', `This survey has answers, so ${what}. Switch it off and make a new one instead.`);

/** One survey of the program with its questions, or a 404. */
export async function loadSurvey(db: Executor, programId: string, surveyId: string): Promise<SurveyView> {
  const s = await repo.findSurveyOfProgram(db, programId, surveyId);
  if (!s) throw AppError.notFound('Survey');
  return presentSurvey(s, questionsBySurvey(await repo.listQuestions(db, [s.id])).get(s.id) ?? []);
}

/** The program's surveys (admins), each with how many were asked and answered. */
export async function listSurveys(ctx: ServiceContext, actor: Actor, programId: string): Promise<SurveyView[]> {
  await authorize(ctx.db, actor, programId, 'manageSurveys');
  const rows = await repo.listSurveysOfProgram(ctx.db, programId);
  const questions = questionsBySurvey(await repo.listQuestions(ctx.db, rows.map((s) => s.id)));
  return rows.map((s) => presentSurvey(s, questions.get(s.id) ?? []));
}

export async function getSurvey(ctx: ServiceContext, actor: Actor, programId: string, surveyId: string): Promise<SurveyView> {
  await authorize(ctx.db, actor, programId, 'manageSurveys', 'Survey');
  return loadSurvey(ctx.db, programId, surveyId);
}

export async function createSurvey(ctx: ServiceContext, actor: Actor, programId: string, input: SurveyInput): Promise<SurveyView> {
  await authorize(ctx.db, actor, programId, 'manageSurveys');
  throwIfInvalid(checkSurveyInput(input, null));
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute((trx) =>
    repo.insertSurvey(
      trx,
      { id, program_id: programId, ...storeSurvey(input), default_key: null, created_by: actor.userId, created_at: now, updated_at: now },
      storeQuestions(id, input.questions),
    ),
  );
  return loadSurvey(ctx.db, programId, id);
}

/**
 * Replaces the survey. Once it has a response its questions are locked (409): the answers must
 * keep matching the questions they answered; title, intro, trigger, audience and on/off still change.
 */
export async function updateSurvey(ctx: ServiceContext, actor: Actor, programId: string, surveyId: string, input: SurveyInput): Promise<SurveyView> {
  await authorize(ctx.db, actor, programId, 'manageSurveys', 'Survey');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSurvey(trx, surveyId);
    const current = await loadSurvey(trx, programId, surveyId);
    throwIfInvalid(checkSurveyInput(input, new Set(current.questions.map((q) => q.id))));
    const unchanged = questionsUnchanged(input.questions, current.questions);
    if (!unchanged && (await repo.countResponsesOfSurvey(trx, surveyId)) > 0) throw surveyHasAnswers('its questions can no longer change');
    await repo.updateSurvey(trx, surveyId, { ...storeSurvey(input), updated_at: ctx.clock.now().toISOString() });
    if (!unchanged) await repo.replaceQuestions(trx, surveyId, storeQuestions(surveyId, input.questions, true), new Set(current.questions.map((q) => q.id)));
  });
  return loadSurvey(ctx.db, programId, surveyId);
}

/** Only a survey nobody has answered can go; one with answers is switched off instead (409). */
export async function deleteSurvey(ctx: ServiceContext, actor: Actor, programId: string, surveyId: string): Promise<void> {
  await authorize(ctx.db, actor, programId, 'manageSurveys', 'Survey');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSurvey(trx, surveyId);
    await loadSurvey(trx, programId, surveyId);
    if ((await repo.countResponsesOfSurvey(trx, surveyId)) > 0) throw surveyHasAnswers('it cannot be deleted');
    await repo.deleteSurvey(trx, surveyId);
  });
}
