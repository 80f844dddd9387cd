import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import * as s from './cycles.schemas';
import * as cycles from './cycles.service';
import { noContent, programParams } from './programs.schemas';

const tags = ['programs'];

export function cyclesRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/programs/:programId/cycles', {
      schema: {
        tags,
        summary: 'Add a cycle: enrolment → matching → mentoring → closing (admins)',
        params: programParams,
        body: s.createCycleBody,
        response: { 201: s.cycleResponse },
      },
    }, async (req, reply) => {
      const cycle = await cycles.createCycle(ctx, requireActor(req), { ...req.body, programId: req.params.programId });
      return reply.status(201).send({ cycle });
    });

    app.patch('/cycles/:cycleId', {
      schema: {
        tags,
        summary: 'Change a cycle (admins of its program)',
        params: s.cycleParams,
        body: s.updateCycleBody,
        response: { 200: s.cycleResponse },
      },
    }, async (req) => ({
      cycle: await cycles.updateCycle(ctx, requireActor(req), { ...req.body, cycleId: req.params.cycleId }),
    }));

    app.delete('/cycles/:cycleId', {
      schema: {
        tags,
        summary: 'Delete a cycle (admins of its program)',
        params: s.cycleParams,
        response: { 204: noContent },
      },
    }, async (req, reply) => {
      await cycles.deleteCycle(ctx, requireActor(req), req.params);
      return reply.status(204).send(null);
    });
  };
}
