import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './members.schemas';
import * as members from './members.service';
import { noContent, programParams } from './programs.schemas';

const tags = ['members'];

export function membersRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programs/:programId/members', {
      schema: {
        tags,
        summary: 'Members of a program, filtered by role, status or a search (admins)',
        params: programParams,
        querystring: s.membersQuery,
        response: { 200: s.membersResponse },
      },
    }, async (req) => ({
      members: await members.listMembers(ctx, requireActor(req), { ...req.query, programId: req.params.programId }),
    }));

    app.patch('/memberships/:membershipId', {
      schema: {
        tags,
        summary: 'Pause, resume or switch a member between mentor and mentee (admins)',
        params: s.membershipParams,
        body: s.updateMembershipBody,
        response: { 200: s.membershipResponse },
      },
    }, async (req) => ({
      membership: await members.updateMembership(ctx, requireActor(req), { ...req.body, membershipId: req.params.membershipId }),
    }));

    app.delete('/memberships/:membershipId', {
      schema: {
        tags,
        summary: 'Remove a member (admins; 409 last_admin for the only active admin)',
        params: s.membershipParams,
        response: { 204: noContent },
      },
    }, async (req, reply) => {
      await members.removeMembership(ctx, requireActor(req), req.params);
      return reply.status(204).send(null);
    });
  };
}
