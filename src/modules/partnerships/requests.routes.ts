import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './partnerships.schemas';
import { acceptRequest } from './request-acceptance.service';
import * as requests from './requests.service';

const tags = ['requests'];

/** Mentorship requests: a mentee asks, the mentor accepts or declines, the mentee may edit or withdraw. */
export function requestsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/programs/:programId/requests', {
      schema: {
        tags,
        summary: 'Ask a mentor of the program to mentor me (active mentees); the mentor is emailed',
        params: s.programParams,
        body: s.createRequestBody,
        response: { 201: s.requestResponse },
      },
    }, async (req, reply) => {
      const request = await requests.createRequest(ctx, requireActor(req), { ...req.body, programId: req.params.programId });
      return reply.status(201).send({ request });
    });

    app.get('/programs/:programId/requests', {
      schema: {
        tags,
        summary: 'My requests in a program: received as mentor or sent as mentee, newest first',
        params: s.programParams,
        querystring: s.requestsQuery,
        response: { 200: s.requestsResponse },
      },
    }, async (req) => ({
      requests: await requests.listRequests(ctx, requireActor(req), { ...req.query, programId: req.params.programId }),
    }));

    app.patch('/requests/:requestId', {
      schema: {
        tags,
        summary: 'Reword my pending request (the mentee)',
        params: s.requestParams,
        body: s.editRequestBody,
        response: { 200: s.requestResponse },
      },
    }, async (req) => ({
      request: await requests.editRequest(ctx, requireActor(req), { ...req.body, requestId: req.params.requestId }),
    }));

    app.post('/requests/:requestId/accept', {
      schema: {
        tags,
        summary: 'Accept a request (the mentor): starts the partnership and withdraws the mentee’s other requests',
        params: s.requestParams,
        response: { 200: s.acceptResponse },
      },
    }, async (req) => acceptRequest(ctx, requireActor(req), req.params));

    app.post('/requests/:requestId/decline', {
      schema: {
        tags,
        summary: 'Decline a request with a reason (the mentor); the mentee is told kindly',
        params: s.requestParams,
        body: s.declineBody,
        response: { 200: s.requestResponse },
      },
    }, async (req) => ({
      request: await requests.declineRequest(ctx, requireActor(req), { ...req.body, requestId: req.params.requestId }),
    }));

    app.post('/requests/:requestId/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw my pending request (the mentee); the mentor is told',
        params: s.requestParams,
        response: { 200: s.requestResponse },
      },
    }, async (req) => ({ request: await requests.withdrawRequest(ctx, requireActor(req), req.params) }));
  };
}
