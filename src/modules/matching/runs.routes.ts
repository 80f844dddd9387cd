import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './runs.schemas';
import { publishRun } from './run-publish.service';
import * as runs from './runs.service';

const tags = ['matching runs'];

export function runsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onClose', runs.drainRuns);

    app.post('/programs/:programId/matching-runs', {
      schema: {
        tags,
        summary: 'Match the whole cohort optimally (admins): starts a run in a worker thread; poll it for progress, then review the draft',
        params: s.programParams,
        body: s.createRunBody,
        response: { 202: s.runResponse },
      },
    }, async (req, reply) => {
      const run = await runs.createRun(ctx, requireActor(req), { ...req.body, programId: req.params.programId });
      return reply.status(202).send({ run });
    });

    app.get('/programs/:programId/matching-runs', {
      schema: { tags, summary: 'The program’s matching runs, newest first (admins)', params: s.programParams, response: { 200: s.runsResponse } },
    }, async (req) => ({ runs: await runs.listRuns(ctx, requireActor(req), req.params) }));

    app.get('/matching-runs/:runId', {
      schema: {
        tags,
        summary: 'A matching run: progress, and once done the proposed pairs with reasons and who stays unmatched and why',
        params: s.runParams,
        response: { 200: s.runDetailResponse },
      },
    }, async (req) => runs.getRun(ctx, requireActor(req), req.params));

    app.post('/matching-runs/:runId/publish', {
      schema: {
        tags,
        summary: 'Publish a draft run (admins): its pairs become partnerships and everyone is told; 409 if it is not a draft or changed since',
        params: s.runParams,
        response: { 200: z.object({ run: s.runSchema, partnerships: z.number().int() }) },
      },
    }, async (req) => publishRun(ctx, requireActor(req), req.params));

    app.get('/programs/:programId/matching-constraints', {
      schema: { tags, summary: 'Pinned and forbidden pairs (admins)', params: s.programParams, response: { 200: s.constraintsResponse } },
    }, async (req) => ({ constraints: await runs.listConstraints(ctx, requireActor(req), req.params) }));

    app.put('/programs/:programId/matching-constraints', {
      schema: { tags, summary: 'Pin or forbid a pair for the next runs (admins)', params: s.programParams, body: s.constraintBody, response: { 204: z.null() } },
    }, async (req, reply) => {
      await runs.setConstraint(ctx, requireActor(req), { ...req.body, programId: req.params.programId });
      return reply.status(204).send(null);
    });

    app.delete('/programs/:programId/matching-constraints/:menteeId/:mentorId', {
      schema: { tags, summary: 'Remove a pin or forbid (admins)', params: s.constraintParams, response: { 204: z.null() } },
    }, async (req, reply) => {
      await runs.clearConstraint(ctx, requireActor(req), req.params);
      return reply.status(204).send(null);
    });
  };
}
