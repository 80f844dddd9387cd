import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';

export function programsRoutes(_ctx: ServiceContext): FastifyPluginAsyncZod {
  return async () => {};
}
