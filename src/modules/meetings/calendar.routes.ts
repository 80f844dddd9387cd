import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { requireActor } from '../../server/plugins/authentication';
import * as calendar from './calendar.service';
import * as s from './meetings.schemas';

const tags = ['calendar'];
const ICS = 'text/calendar; charset=utf-8';

/** Under /api/v1: one meeting's .ics and my feed URL. */
export function calendarRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/meetings/:meetingId/ics', {
      schema: { tags, summary: 'Download one confirmed meeting as an iCalendar file', params: s.meetingParams },
    }, async (req, reply) => {
      const body = await calendar.meetingIcs(ctx, requireActor(req), req.params.meetingId);
      return reply.type(ICS).header('content-disposition', `attachment; filename="meeting-${req.params.meetingId}.ics"`).send(body);
    });

    app.get('/account/calendar-feed', {
      schema: { tags, summary: 'My private calendar subscription URL (made on first use)', response: { 200: s.calendarFeedResponse } },
    }, async (req) => calendar.getFeed(ctx, requireActor(req)));

    app.post('/account/calendar-feed', {
      schema: { tags, summary: 'Make a new subscription URL; the old one stops working at once', response: { 200: s.calendarFeedResponse } },
    }, async (req) => calendar.regenerateFeed(ctx, requireActor(req)));
  };
}

/** At the root: GET /calendar/{token}.ics, read by calendar apps without a session. */
export function calendarFeedRoute(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calendar/:file', {
      schema: { tags, summary: 'A private calendar feed of all my meetings (subscribe in any calendar app)', params: s.feedParams },
    }, async (req, reply) => {
      const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(req.params.file)?.[1];
      if (!token) throw AppError.notFound('Calendar');
      const body = await calendar.feedCalendar(ctx, token);
      return reply.type(ICS).header('cache-control', 'private, max-age=300').send(body);
    });
  };
}
