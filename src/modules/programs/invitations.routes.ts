import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { acceptInvitation } from './invitation-acceptance.service';
import { importInvitations } from './invitation-import.service';
import * as s from './invitations.schemas';
import * as invitations from './invitations.service';
import { membershipResponse } from './members.schemas';
import { noContent, programParams } from './programs.schemas';

const tags = ['invitations'];

export function invitationsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/programs/:programId/invitations', {
      schema: {
        tags,
        summary: 'Create a shareable join link for a role, and email it to people (admins)',
        params: programParams,
        body: s.createInvitationBody,
        response: { 201: s.createInvitationResponse },
      },
    }, async (req, reply) => {
      const { invitation, emailed } = await invitations.createInvitation(ctx, requireActor(req), {
        ...req.body,
        programId: req.params.programId,
      });
      return reply.status(201).send({ invitation, code: invitation.code, url: invitation.url, emailed });
    });

    app.get('/programs/:programId/invitations', {
      schema: {
        tags,
        summary: 'A program’s invitations with their use (admins)',
        params: programParams,
        response: { 200: s.invitationsResponse },
      },
    }, async (req) => ({ invitations: await invitations.listInvitations(ctx, requireActor(req), req.params) }));

    app.post('/programs/:programId/invitations/import', {
      schema: {
        tags,
        summary: 'Invite people from a CSV (email,name,role); bad rows are reported, the rest invited (admins)',
        consumes: ['text/csv', 'application/json'],
        params: programParams,
        body: s.importBody,
        response: { 200: s.importResponse },
      },
    }, async (req) => {
      const csv = typeof req.body === 'string' ? req.body : req.body.csv;
      return importInvitations(ctx, requireActor(req), { programId: req.params.programId, csv });
    });

    app.delete('/invitations/:code', {
      schema: {
        tags,
        summary: 'Revoke a join link (admins of its program)',
        params: s.invitationParams,
        response: { 204: noContent },
      },
    }, async (req, reply) => {
      await invitations.revokeInvitation(ctx, requireActor(req), req.params);
      return reply.status(204).send(null);
    });

    app.get('/invitations/:code', {
      schema: {
        tags,
        summary: 'What a join link is for (public, no sign-in)',
        security: [],
        params: s.invitationParams,
        response: { 200: s.publicInvitationResponse },
      },
    }, async (req) => ({ invitation: await invitations.getPublicInvitation(ctx, req.params) }));

    app.post('/invitations/:code/accept', {
      schema: {
        tags,
        summary: 'Join the program with a link: 201 joined, 200 already in that role, 409, 410 expired or revoked',
        params: s.invitationParams,
        response: { 200: membershipResponse, 201: membershipResponse },
      },
    }, async (req, reply) => {
      const { membership, joined } = await acceptInvitation(ctx, requireActor(req), req.params);
      return reply.status(joined ? 201 : 200).send({ membership });
    });
  };
}
