import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';

export function invitationsRoutes(_ctx: ServiceContext): FastifyPluginAsyncZod {
  return async () => {};
}
