import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { pairPerson } from '../partnerships/pair-work';
import { authorize } from '../programs/programs.policy';
import * as repo from './responses.repository';
import { summarize } from './response-summary';
import { emailRematchOffer } from './survey-mail';
import { answerCell, readAnswer } from './surveys.presenter';
import type { AnswerValue, QuestionView, ResponseView, responsesQuery, responsesResponse } from './surveys.schemas';
import { loadSurvey } from './surveys.service';

type ResponsesQuery = z.infer<typeof responsesQuery>;

/** The dates of the query as instants: `from` from its start, `to` through its end (UTC days). */
function filterOf(q: ResponsesQuery): repo.ResponseFilter {
  return {
    side: q.side,
    fromIso: q.from ? `${q.from}T00:00:00.000Z` : undefined,
    beforeIso: q.to ? DateTime.fromISO(q.to, { zone: 'utc' }).plus({ days: 1 }).toISO()! : undefined,
  };
}

function presentResponse(r: repo.ResponseRow, questions: readonly QuestionView[], answers: readonly repo.AnswerRow[]): ResponseView {
  const mine = new Map(answers.map((a) => [a.question_id, a]));
  return {
    id: r.id,
    submittedAt: r.submitted_at,
    side: r.side,
    respondentName: r.respondent_name,
    partnershipId: r.partnership_id,
    menteeName: r.mentee_name,
    mentorName: r.mentor_name,
    distanceClass: r.distance_class,
    occasion: r.occasion,
    // Every question in order; one left out reads null.
    answers: questions.map((q) => {
      const a = mine.get(q.id);
      return { questionId: q.id, value: a ? readAnswer(q.kind, a) : null };
    }),
  };
}

/** A survey's responses for its program's admins (never the partner): a summary per question, then each response, newest first. */
export async function listResponses(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  surveyId: string,
  query: ResponsesQuery,
): Promise<z.infer<typeof responsesResponse>> {
  await authorize(ctx.db, actor, programId, 'manageSurveys', 'Survey');
  const survey = await loadSurvey(ctx.db, programId, surveyId);
  const rows = await repo.listResponsesOfSurvey(ctx.db, surveyId, filterOf(query));
  const answers = await repo.listAnswersOf(ctx.db, rows.map((r) => r.id));
  const byResponse = new Map<string, repo.AnswerRow[]>();
  for (const a of answers) byResponse.set(a.response_id, [...(byResponse.get(a.response_id) ?? []), a]);
  const responses = rows.map((r) => presentResponse(r, survey.questions, byResponse.get(r.id) ?? []));
  const valuesOf = new Map<string, AnswerValue[]>();
  for (const r of responses) for (const a of r.answers) valuesOf.set(a.questionId, [...(valuesOf.get(a.questionId) ?? []), a.value]);
  return { survey, summary: summarize(survey.questions, (id) => valuesOf.get(id) ?? []), responses };
}

/** The same responses as a spreadsheet: one row per response, one column per question. */
export async function responsesCsv(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  surveyId: string,
  query: ResponsesQuery,
): Promise<{ filename: string; csv: string }> {
  const { survey, responses } = await listResponses(ctx, actor, programId, surveyId, query);
  const header = ['submitted_at', 'side', 'respondent', 'mentee', 'mentor', 'distance_class', 'occasion', ...survey.questions.map((q) => q.prompt)];
  const rows = responses.map((r) => [
    r.submittedAt,
    r.side,
    r.respondentName,
    r.menteeName,
    r.mentorName,
    r.distanceClass,
    r.occasion,
    ...r.answers.map((a) => answerCell(a.value)),
  ]);
  const slug = survey.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'survey';
  return { filename: `${slug}-responses.csv`, csv: stringify([header, ...rows]) };
}

/**
 * After "not a good fit", an admin offers the mentee a new match, once: an email with the way to
 * end this partnership and to ask another mentor, and the offer recorded on the response.
 */
export async function offerRematch(ctx: ServiceContext, actor: Actor, programId: string, responseId: string): Promise<{ rematchOfferedAt: string }> {
  await authorize(ctx.db, actor, programId, 'manageSurveys', 'Fit alert');
  const alert = await repo.findFitAlert(ctx.db, programId, responseId);
  if (!alert) throw AppError.notFound('Fit alert');
  const already = () => new AppError('already_offered', 'A new match has already been offered for this answer.');
  if (alert.rematch_offered_at !== null) throw already();
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.markRematchOffered(trx, responseId, now))) throw already();
    await emailRematchOffer(trx, ctx, pairPerson(alert, 'mentee').recipient, {
      programId,
      programName: alert.program_name,
      partnershipId: alert.partnership_id,
      mentorName: alert.mentor_name,
    });
  });
  return { rematchOfferedAt: now };
}
