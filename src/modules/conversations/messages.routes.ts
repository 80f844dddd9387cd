import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './messages.schemas';
import * as messages from './messages.service';

const tags = ['conversations'];

/** The pair's conversation: messages (the pair only; everyone else gets 404), read markers, unread counts. */
export function conversationsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partnerships/:partnershipId/messages', {
      schema: {
        tags,
        summary: 'A page of the conversation, oldest first: the newest by default, or ?before= / ?after= a cursor; with unread count and read markers',
        params: s.partnershipParams,
        querystring: s.listMessagesQuery,
        response: { 200: s.messagePageResponse },
      },
    }, async (req) => messages.listMessages(ctx, requireActor(req), req.params.partnershipId, req.query));

    app.post('/partnerships/:partnershipId/messages', {
      schema: {
        tags,
        summary: 'Post a message (safe rich text, at most 10,000 characters; files uploaded first may be attached); the other side hears of it live, or by email as they chose',
        params: s.partnershipParams,
        body: s.postMessageBody,
        response: { 201: s.messageResponse },
      },
    }, async (req, reply) => {
      const message = await messages.postMessage(ctx, requireActor(req), req.params.partnershipId, req.body);
      return reply.status(201).send({ message });
    });

    app.patch('/partnerships/:partnershipId/messages/:messageId', {
      schema: {
        tags,
        summary: 'Edit your message, within MESSAGE_EDIT_MINUTES (default 15) of posting it',
        params: s.messageParams,
        body: s.messageBody,
        response: { 200: s.messageResponse },
      },
    }, async (req) => ({ message: await messages.editMessage(ctx, requireActor(req), req.params.partnershipId, req.params.messageId, req.body) }));

    app.delete('/partnerships/:partnershipId/messages/:messageId', {
      schema: {
        tags,
        summary: 'Delete your message, within the edit window; a “message deleted” tombstone stays in its place',
        params: s.messageParams,
        response: { 200: s.messageResponse },
      },
    }, async (req) => ({ message: await messages.deleteMessage(ctx, requireActor(req), req.params.partnershipId, req.params.messageId) }));

    app.post('/partnerships/:partnershipId/messages/read', {
      schema: {
        tags,
        summary: 'Mark the conversation read up to a message (default the newest); the marker never moves back',
        params: s.partnershipParams,
        body: s.readBody,
        response: { 200: s.readResponse },
      },
    }, async (req) => messages.markRead(ctx, requireActor(req), req.params.partnershipId, req.body ?? {}));

    app.get('/conversations/unread', {
      schema: { tags, summary: 'Unread messages in each of my partnerships, and in all', response: { 200: s.unreadResponse } },
    }, async (req) => messages.unreadSummary(ctx, requireActor(req)));
  };
}
