import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './ending.schemas';
import * as ending from './ending.service';

const tags = ['partnerships'];

/** Ending a partnership well: the end with a reason, then each side's reflection. */
export function endingRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/partnerships/:partnershipId/end', {
      schema: {
        tags,
        summary: 'End the partnership with a reason (either side): upcoming meetings are cancelled and both are emailed',
        params: s.partnershipParams,
        body: s.endBody,
        response: { 200: s.endResponse },
      },
    }, async (req) => ending.endPartnership(ctx, requireActor(req), req.params.partnershipId, req.body));

    app.get('/partnerships/:partnershipId/reflection', {
      schema: {
        tags,
        summary: 'My reflection on an ended partnership, and whether my partner has written theirs',
        params: s.partnershipParams,
        response: { 200: s.reflectionStateResponse },
      },
    }, async (req) => ending.getReflection(ctx, requireActor(req), req.params.partnershipId));

    app.post('/partnerships/:partnershipId/reflection', {
      schema: {
        tags,
        summary: 'Reflect on an ended partnership, once per side: a rating, what you learned, whether you would recommend the program',
        params: s.partnershipParams,
        body: s.reflectionBody,
        response: { 201: s.reflectionResponse },
      },
    }, async (req, reply) => reply.status(201).send({ reflection: await ending.reflect(ctx, requireActor(req), req.params.partnershipId, req.body) }));
  };
}
