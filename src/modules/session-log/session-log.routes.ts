import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { noContent } from '../programs/programs.schemas';
import * as n from './notes.schemas';
import * as notes from './notes.service';
import * as s from './time-log.schemas';
import * as timeLog from './time-log.service';

const tags = ['session log'];

/** The pair's time log (held meetings and off-platform contact) and notes: the pair only. */
export function sessionLogRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partnerships/:partnershipId/time-log', {
      schema: {
        tags,
        summary: 'Every contact of the pair (held meetings and logged contact), latest first, with totals per side and per kind',
        params: s.partnershipParams,
        response: { 200: s.timeLogResponse },
      },
    }, async (req) => timeLog.getTimeLog(ctx, requireActor(req), req.params.partnershipId));

    app.post('/partnerships/:partnershipId/time-log', {
      schema: {
        tags,
        summary: 'Log contact outside Meridian’s meetings (phone, email, chat, in person…) with minutes spent and preparation',
        params: s.partnershipParams,
        body: s.createEntryBody,
        response: { 201: s.timeEntryResponse },
      },
    }, async (req, reply) => reply.status(201).send({ entry: await timeLog.logTime(ctx, requireActor(req), req.params.partnershipId, req.body) }));

    app.patch('/time-log/:entryId', {
      schema: { tags, summary: 'Correct time you logged (its author only)', params: s.entryParams, body: s.updateEntryBody, response: { 200: s.timeEntryResponse } },
    }, async (req) => ({ entry: await timeLog.updateTimeEntry(ctx, requireActor(req), req.params.entryId, req.body) }));

    app.delete('/time-log/:entryId', {
      schema: { tags, summary: 'Remove time you logged (its author only)', params: s.entryParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await timeLog.deleteTimeEntry(ctx, requireActor(req), req.params.entryId);
      return reply.status(204).send(null);
    });

    app.get('/partnerships/:partnershipId/notes', {
      schema: {
        tags,
        summary: 'Shared notes and your own private ones, on the partnership or one meeting, newest first',
        params: s.partnershipParams,
        querystring: n.notesQuery,
        response: { 200: n.notesResponse },
      },
    }, async (req) => ({ notes: await notes.listNotes(ctx, requireActor(req), req.params.partnershipId, req.query) }));

    app.post('/partnerships/:partnershipId/notes', {
      schema: {
        tags,
        summary: 'Write a note: shared with your partner (after a meeting) or private to you alone',
        params: s.partnershipParams,
        body: n.createNoteBody,
        response: { 201: n.noteResponse },
      },
    }, async (req, reply) => reply.status(201).send({ note: await notes.createNote(ctx, requireActor(req), req.params.partnershipId, req.body) }));

    app.patch('/notes/:noteId', {
      schema: { tags, summary: 'Rewrite a note of yours or change who reads it', params: n.noteParams, body: n.updateNoteBody, response: { 200: n.noteResponse } },
    }, async (req) => ({ note: await notes.updateNote(ctx, requireActor(req), req.params.noteId, req.body) }));

    app.delete('/notes/:noteId', {
      schema: { tags, summary: 'Delete a note of yours', params: n.noteParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await notes.deleteNote(ctx, requireActor(req), req.params.noteId);
      return reply.status(204).send(null);
    });
  };
}
