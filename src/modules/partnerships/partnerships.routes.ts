import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './partnerships.schemas';
import * as partnerships from './partnerships.service';
import { requestsRoutes } from './requests.routes';

const tags = ['partnerships'];

/** Partnerships, with the requests that start them as a sub-plugin. */
export function partnershipsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partnerships', {
      schema: {
        tags,
        summary: 'My partnerships in every program, as mentor or mentee, most recent first',
        response: { 200: s.partnershipsResponse },
      },
    }, async (req) => ({ partnerships: await partnerships.listMyPartnerships(ctx, requireActor(req)) }));

    app.get('/partnerships/:partnershipId', {
      schema: {
        tags,
        summary: 'One partnership (the pair and the program’s admins; 404 for anyone else)',
        params: s.partnershipParams,
        response: { 200: s.partnershipResponse },
      },
    }, async (req) => ({ partnership: await partnerships.getPartnership(ctx, requireActor(req), req.params) }));

    await app.register(requestsRoutes(ctx));
  };
}
