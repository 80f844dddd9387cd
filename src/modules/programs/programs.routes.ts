import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { cyclesRoutes } from './cycles.routes';
import { membersRoutes } from './members.routes';
import * as s from './programs.schemas';
import * as programs from './programs.service';

const tags = ['programs'];

/** Programs, with their cycles and members as sub-plugins. */
export function programsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/programs', {
      schema: {
        tags,
        summary: 'Create a program; you become its admin',
        body: s.createProgramBody,
        response: { 201: s.programResponse },
      },
    }, async (req, reply) => {
      const program = await programs.createProgram(ctx, requireActor(req), req.body);
      return reply.status(201).send({ program });
    });

    app.get('/programs', {
      schema: { tags, summary: 'Programs I am an active or paused member of', response: { 200: s.programsResponse } },
    }, async (req) => ({ programs: await programs.listMyPrograms(ctx, requireActor(req)) }));

    app.get('/programs/:programId', {
      schema: {
        tags,
        summary: 'A program I am a member of (404 for anyone else)',
        params: s.programParams,
        response: { 200: s.programResponse },
      },
    }, async (req) => ({ program: await programs.getProgram(ctx, requireActor(req), req.params) }));

    app.patch('/programs/:programId', {
      schema: {
        tags,
        summary: 'Rename or describe a program (admins)',
        params: s.programParams,
        body: s.updateProgramBody,
        response: { 200: s.programResponse },
      },
    }, async (req) => ({
      program: await programs.updateProgram(ctx, requireActor(req), { ...req.body, programId: req.params.programId }),
    }));

    await app.register(cyclesRoutes(ctx));
    await app.register(membersRoutes(ctx));
  };
}
