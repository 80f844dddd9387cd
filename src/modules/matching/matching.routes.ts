import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './matching.schemas';
import * as settings from './settings.service';
import * as suggestions from './suggestions.service';

const tags = ['matching'];

export function matchingRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programs/:programId/suggestions', {
      schema: {
        tags,
        summary: 'Ranked mentor suggestions for me (a mentee), each with its score, breakdown and reasons in plain words',
        params: s.programParams,
        querystring: s.suggestionsQuery,
        response: { 200: s.suggestionsResponse },
      },
    }, async (req) => ({
      suggestions: await suggestions.suggestMentors(ctx, requireActor(req), { programId: req.params.programId, limit: req.query.limit }),
    }));

    app.get('/programs/:programId/mentors', {
      schema: {
        tags,
        summary: 'Search and filter the program’s mentors (for mentees), best match first',
        params: s.programParams,
        querystring: s.searchQuery,
        response: { 200: s.searchResponse },
      },
    }, async (req) => suggestions.searchMentors(ctx, requireActor(req), { ...req.query, programId: req.params.programId }));

    app.put('/programs/:programId/mentors/:mentorId/mark', {
      schema: { tags, summary: 'Bookmark or hide a mentor (my own list)', params: s.mentorParams, body: s.markBody, response: { 204: z.null() } },
    }, async (req, reply) => {
      await suggestions.markMentor(ctx, requireActor(req), { ...req.params, kind: req.body.kind });
      return reply.status(204).send(null);
    });

    app.delete('/programs/:programId/mentors/:mentorId/mark', {
      schema: { tags, summary: 'Clear my bookmark or hide of a mentor', params: s.mentorParams, response: { 204: z.null() } },
    }, async (req, reply) => {
      await suggestions.markMentor(ctx, requireActor(req), { ...req.params, kind: null });
      return reply.status(204).send(null);
    });

    app.get('/programs/:programId/matching-settings', {
      schema: { tags, summary: 'Matching weights and request limits of a program', params: s.programParams, response: { 200: s.settingsResponse } },
    }, async (req) => ({ settings: await settings.getSettings(ctx, requireActor(req), req.params) }));

    app.put('/programs/:programId/matching-settings', {
      schema: {
        tags,
        summary: 'Tune matching weights, open-request limit and request expiry (admins)',
        params: s.programParams,
        body: s.settingsSchema,
        response: { 200: s.settingsResponse },
      },
    }, async (req) => ({
      settings: await settings.updateSettings(ctx, requireActor(req), { ...req.body, programId: req.params.programId }),
    }));
  };
}
