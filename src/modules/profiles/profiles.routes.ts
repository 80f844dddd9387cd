import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { searchCities } from './cities';
import * as s from './profiles.schemas';
import * as profiles from './profiles.service';

const tags = ['profiles'];

export function profilesRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programs/:programId/profile', {
      schema: { tags, summary: 'My mentor or mentee profile in a program', params: s.programParams, response: { 200: s.profileResponse } },
    }, async (req) => ({ profile: await profiles.getMyProfile(ctx, requireActor(req), req.params) }));

    app.put('/programs/:programId/profile', {
      schema: {
        tags,
        summary: 'Save my profile: topics, languages, city (sets the zone), weekly availability in my zone, channels, mentor capacity and preferences, mentee accessibility needs',
        params: s.programParams,
        body: s.updateProfileBody,
        response: { 200: s.profileResponse },
      },
    }, async (req) => ({
      profile: await profiles.updateMyProfile(ctx, requireActor(req), { ...req.body, programId: req.params.programId }),
    }));

    app.get('/profiles/:membershipId', {
      schema: {
        tags,
        summary: 'A participant’s profile (members of the same program; accessibility needs only for the partner, with consent)',
        params: s.membershipParams,
        response: { 200: s.profileResponse },
      },
    }, async (req) => ({ profile: await profiles.getProfile(ctx, requireActor(req), req.params) }));

    app.get('/programs/:programId/topics', {
      schema: { tags, summary: 'The program’s topic taxonomy', params: s.programParams, response: { 200: s.topicsResponse } },
    }, async (req) => ({ topics: await profiles.listProgramTopics(ctx, requireActor(req), req.params) }));

    app.put('/programs/:programId/topics', {
      schema: { tags, summary: 'Replace the program’s topic taxonomy (admins)', params: s.programParams, body: s.topicsBody, response: { 200: s.topicsResponse } },
    }, async (req) => ({
      topics: await profiles.replaceProgramTopics(ctx, requireActor(req), { programId: req.params.programId, topics: req.body.topics }),
    }));

    app.get('/cities', {
      schema: { tags, summary: 'Search the bundled world-cities dataset (name prefix, accents ignored; most populous first)', querystring: s.citiesQuery, response: { 200: s.citiesResponse } },
    }, async (req) => {
      requireActor(req);
      return { cities: searchCities(req.query.q, req.query.limit) };
    });
  };
}
