import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { noContent, programParams } from '../programs/programs.schemas';
import * as answers from './answers.service';
import * as responses from './responses.service';
import * as s from './surveys.schemas';
import * as surveys from './surveys.service';

const tags = ['surveys'];

/** Surveys: admins define them and read the answers; each participant answers their own requests. */
export function surveysRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programs/:programId/surveys', {
      schema: { tags, summary: 'The program’s surveys with how many were asked and answered (admins)', params: programParams, response: { 200: s.surveysResponse } },
    }, async (req) => ({ surveys: await surveys.listSurveys(ctx, requireActor(req), req.params.programId) }));

    app.post('/programs/:programId/surveys', {
      schema: {
        tags,
        summary: 'Define a survey: its trigger, audience and questions, some of which may feed the program report (admins)',
        params: programParams,
        body: s.surveyInput,
        response: { 201: s.surveyResponse },
      },
    }, async (req, reply) => reply.status(201).send({ survey: await surveys.createSurvey(ctx, requireActor(req), req.params.programId, req.body) }));

    app.get('/programs/:programId/surveys/:surveyId', {
      schema: { tags, summary: 'One survey with its questions (admins)', params: s.surveyParams, response: { 200: s.surveyResponse } },
    }, async (req) => ({ survey: await surveys.getSurvey(ctx, requireActor(req), req.params.programId, req.params.surveyId) }));

    app.put('/programs/:programId/surveys/:surveyId', {
      schema: {
        tags,
        summary: 'Replace a survey (admins); once it has answers its questions are locked (409 survey_has_answers), the rest still changes',
        params: s.surveyParams,
        body: s.surveyInput,
        response: { 200: s.surveyResponse },
      },
    }, async (req) => ({ survey: await surveys.updateSurvey(ctx, requireActor(req), req.params.programId, req.params.surveyId, req.body) }));

    app.delete('/programs/:programId/surveys/:surveyId', {
      schema: {
        tags,
        summary: 'Delete a survey nobody has answered (admins); one with answers is switched off instead (409 survey_has_answers)',
        params: s.surveyParams,
        response: { 204: noContent },
      },
    }, async (req, reply) => {
      await surveys.deleteSurvey(ctx, requireActor(req), req.params.programId, req.params.surveyId);
      return reply.status(204).send(null);
    });

    app.get('/programs/:programId/surveys/:surveyId/responses', {
      schema: {
        tags,
        summary: 'A survey’s answers (admins, never the partner): a summary per question, then each response, newest first',
        params: s.surveyParams,
        querystring: s.responsesQuery,
        response: { 200: s.responsesResponse },
      },
    }, async (req) => responses.listResponses(ctx, requireActor(req), req.params.programId, req.params.surveyId, req.query));

    app.get('/programs/:programId/surveys/:surveyId/responses.csv', {
      schema: {
        tags,
        summary: 'A survey’s answers as CSV: one row per response, one column per question (admins)',
        params: s.surveyParams,
        querystring: s.responsesQuery,
      },
    }, async (req, reply) => {
      const { filename, csv } = await responses.responsesCsv(ctx, requireActor(req), req.params.programId, req.params.surveyId, req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(csv);
    });

    app.post('/programs/:programId/fit-alerts/:responseId/rematch', {
      schema: {
        tags,
        summary: 'After “not a good fit”: offer the mentee a new match, once (admins); they are emailed the way to end and ask another mentor',
        params: s.fitAlertParams,
        response: { 200: s.rematchResponse },
      },
    }, async (req) => responses.offerRematch(ctx, requireActor(req), req.params.programId, req.params.responseId));

    app.get('/survey-requests', {
      schema: { tags, summary: 'My surveys still to answer, oldest first', response: { 200: s.surveyRequestsResponse } },
    }, async (req) => ({ requests: await answers.listMyOpenRequests(ctx, requireActor(req)) }));

    app.get('/survey-requests/:requestId', {
      schema: { tags, summary: 'One of my survey requests with its questions (mine only)', params: s.surveyRequestParams, response: { 200: s.surveyRequestResponse } },
    }, async (req) => ({ request: await answers.getMyRequest(ctx, requireActor(req), req.params.requestId) }));

    app.post('/survey-requests/:requestId/response', {
      schema: {
        tags,
        summary: 'Answer my survey, once; “not a good fit” alerts the program’s admins',
        params: s.surveyRequestParams,
        body: s.answerBody,
        response: { 201: s.submittedResponse },
      },
    }, async (req, reply) => reply.status(201).send(await answers.submitResponse(ctx, requireActor(req), req.params.requestId, req.body)));
  };
}
