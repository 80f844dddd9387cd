import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { noContent } from '../programs/programs.schemas';
import * as changes from './availability-changes.service';
import { calendarRoutes } from './calendar.routes';
import * as s from './meetings.schemas';
import * as meetings from './meetings.service';
import { findSlots } from './slots.service';

const tags = ['meetings'];

/** Slots, meetings, date overrides and travel; the calendar downloads and feed as a sub-plugin. */
export function meetingsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partnerships/:partnershipId/slots', {
      schema: {
        tags,
        summary: 'Times the pair can meet: inside both people’s hours (DST-exact), clear of their meetings; stretch slots when hours barely overlap',
        params: s.partnershipParams,
        querystring: s.slotsQuery,
        response: { 200: s.slotsResponse },
      },
    }, async (req) => findSlots(ctx, requireActor(req), req.params.partnershipId, req.query));

    app.get('/partnerships/:partnershipId/meetings', {
      schema: {
        tags,
        summary: 'The pair’s meetings, upcoming and past, with the fairness tally (the pair only)',
        params: s.partnershipParams,
        response: { 200: s.partnershipMeetingsResponse },
      },
    }, async (req) => meetings.listPartnershipMeetings(ctx, requireActor(req), req.params.partnershipId));

    app.post('/partnerships/:partnershipId/meetings', {
      schema: {
        tags,
        summary: 'Propose one to five times to meet; the other side confirms one or proposes others',
        params: s.partnershipParams,
        body: s.createMeetingBody,
        response: { 201: s.meetingResponse },
      },
    }, async (req, reply) => {
      const meeting = await meetings.proposeMeeting(ctx, requireActor(req), req.params.partnershipId, req.body);
      return reply.status(201).send({ meeting });
    });

    app.get('/meetings', {
      schema: { tags, summary: 'My meetings in every partnership over a span (default the next 60 days)', querystring: s.meetingsQuery, response: { 200: s.meetingsResponse } },
    }, async (req) => ({ meetings: await meetings.listMyMeetings(ctx, requireActor(req), req.query) }));

    app.get('/meetings/:meetingId', {
      schema: { tags, summary: 'One meeting (the pair only)', params: s.meetingParams, response: { 200: s.meetingResponse } },
    }, async (req) => ({ meeting: await meetings.getMeeting(ctx, requireActor(req), req.params.meetingId) }));

    app.patch('/meetings/:meetingId', {
      schema: {
        tags,
        summary: 'Change the agenda (the mentee, until the meeting ends) or how you meet (either side; calendars updated)',
        params: s.meetingParams,
        body: s.updateMeetingBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.updateMeeting(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.post('/meetings/:meetingId/confirm', {
      schema: {
        tags,
        summary: 'Confirm one of the open proposals (the side that did not propose); both get a calendar invitation',
        params: s.meetingParams,
        body: s.confirmBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.confirmMeeting(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.post('/meetings/:meetingId/propose', {
      schema: {
        tags,
        summary: 'Answer open proposals with other times',
        params: s.meetingParams,
        body: s.counterProposeBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.counterPropose(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.post('/meetings/:meetingId/reschedule', {
      schema: {
        tags,
        summary: 'Move a confirmed meeting (either side); both get the updated invitation',
        params: s.meetingParams,
        body: s.rescheduleBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.rescheduleMeeting(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.post('/meetings/:meetingId/cancel', {
      schema: {
        tags,
        summary: 'Cancel with a reason (either side); a confirmed meeting sends both a calendar cancellation',
        params: s.meetingParams,
        body: s.cancelBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.cancelMeeting(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.post('/meetings/:meetingId/outcome', {
      schema: {
        tags,
        summary: 'After it started: held (minutes spent, preparation included) or missed',
        params: s.meetingParams,
        body: s.outcomeBody,
        response: { 200: s.meetingResponse },
      },
    }, async (req) => ({ meeting: await meetings.recordOutcome(ctx, requireActor(req), req.params.meetingId, req.body) }));

    app.get('/account/availability-changes', {
      schema: { tags, summary: 'My date overrides and travel periods', response: { 200: s.availabilityChangesResponse } },
    }, async (req) => changes.listChanges(ctx, requireActor(req)));

    app.post('/account/availability-overrides', {
      schema: { tags, summary: 'Extra hours or time away on one local date', body: s.overrideBody, response: { 201: s.overrideResponse } },
    }, async (req, reply) => reply.status(201).send({ override: await changes.addOverride(ctx, requireActor(req), req.body) }));

    app.delete('/account/availability-overrides/:id', {
      schema: { tags, summary: 'Remove one of my date overrides', params: s.idParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await changes.removeOverride(ctx, requireActor(req), req.params.id);
      return reply.status(204).send(null);
    });

    app.post('/account/travel', {
      schema: { tags, summary: 'A stay in another time zone (your hours follow you there)', body: s.travelBody, response: { 201: s.travelResponse } },
    }, async (req, reply) => reply.status(201).send({ travel: await changes.addTravel(ctx, requireActor(req), req.body) }));

    app.delete('/account/travel/:id', {
      schema: { tags, summary: 'Remove one of my travel periods', params: s.idParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await changes.removeTravel(ctx, requireActor(req), req.params.id);
      return reply.status(204).send(null);
    });

    await app.register(calendarRoutes(ctx));
  };
}
