import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { accountsRoutes } from '../modules/accounts/accounts.routes';
import { agreementsRoutes } from '../modules/agreements/agreements.routes';
import { endingRoutes } from '../modules/ending/ending.routes';
import { filesRoutes } from '../modules/files/files.routes';
import { inboundRoutes } from '../modules/inbound-mail/inbound.routes';
import { invitationsRoutes } from '../modules/programs/invitations.routes';
import { matchingRoutes } from '../modules/matching/matching.routes';
import { conversationsRoutes } from '../modules/conversations/messages.routes';
import { createEventBus } from '../modules/events/event-bus';
import { streamRoutes } from '../modules/events/stream.routes';
import { calendarFeedRoute } from '../modules/meetings/calendar.routes';
import { meetingsRoutes } from '../modules/meetings/meetings.routes';
import { partnershipsRoutes } from '../modules/partnerships/partnerships.routes';
import { runsRoutes } from '../modules/matching/runs.routes';
import { profilesRoutes } from '../modules/profiles/profiles.routes';
import { programsRoutes } from '../modules/programs/programs.routes';
import { reportsRoutes } from '../modules/reports/report.routes';
import { sessionLogRoutes } from '../modules/session-log/session-log.routes';
import { surveysRoutes } from '../modules/surveys/surveys.routes';
import type { ServiceContext } from './context';
import type { AppDeps } from './deps';
import { AppError } from './errors';
import { registerAuthentication } from './plugins/authentication';
import { registerErrorHandler } from './plugins/error-handler';
import { registerOpenApi } from './plugins/openapi';
import { registerWeb } from './plugins/web';

export interface BuildOptions {
  logger?: boolean | object;
  /** Serve the built web app from dist/web (off in route tests). */
  web?: boolean;
}

/** Builds the whole app (API + web) from its dependencies; shared by main.ts and the tests. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const events = deps.events ?? (await createEventBus({ database: deps.database, config, clock: deps.clock, log: app.log }));
  if (!deps.events) app.addHook('onClose', () => events.close());
  const ctx: ServiceContext = { db: deps.database.db, clock: deps.clock, config, events };

  // Brotli/gzip: the web bundle and JSON shrink several-fold for people on slow connections.
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
  });
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 500 }) : undefined;
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  await app.register(rateLimit, {
    global: false,
    // After body parsing, so sign-in can be limited per address and email.
    hook: 'preHandler',
    ...(redis ? { redis, skipOnError: true } : {}),
    errorResponseBuilder: (_req, context) =>
      new AppError('rate_limited', `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
  await registerOpenApi(app, config.publicUrl);
  registerAuthentication(app, ctx);

  app.get('/api/health', {
    schema: {
      tags: ['operations'],
      summary: 'Liveness and database kind',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
    },
  }, async () => ({ status: 'ok' as const, database: deps.database.dialect }));

  await app.register(
    async (api) => {
      await api.register(accountsRoutes(ctx));
      await api.register(programsRoutes(ctx));
      await api.register(invitationsRoutes(ctx));
      await api.register(profilesRoutes(ctx));
      await api.register(matchingRoutes(ctx));
      await api.register(partnershipsRoutes(ctx));
      await api.register(runsRoutes(ctx));
      await api.register(meetingsRoutes(ctx));
      await api.register(agreementsRoutes(ctx));
      await api.register(sessionLogRoutes(ctx));
      await api.register(endingRoutes(ctx));
      await api.register(conversationsRoutes(ctx));
      await api.register(streamRoutes(ctx));
      await api.register(filesRoutes(ctx));
      await api.register(inboundRoutes(ctx));
      await api.register(surveysRoutes(ctx));
      await api.register(reportsRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );
  await app.register(calendarFeedRoute(ctx));

  if (options.web !== false) {
    const served = await registerWeb(app);
    if (!served) app.log.warn('dist/web is missing: run `npm run build` to serve the web app.');
  }
  return app;
}
