import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { clearSessionCookies, requireActor, setSessionCookies } from '../../server/plugins/authentication';
import * as s from './accounts.schemas';
import * as accounts from './accounts.service';

const tags = ['accounts'];

export function accountsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  const secure = ctx.config.publicUrl.startsWith('https:');
  const limited = (max: number) => ({
    rateLimit: {
      max,
      timeWindow: '15 minutes',
      keyGenerator: (req: { ip: string; body?: unknown }) =>
        `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
    },
  });

  return async (app) => {
    app.post('/auth/register', {
      schema: { tags, summary: 'Create an account and sign in', body: s.registerBody, response: { 201: s.userResponse } },
    }, async (req, reply) => {
      const { user, session } = await accounts.register(ctx, req.body);
      setSessionCookies(reply, session, secure);
      return reply.status(201).send({ user });
    });

    app.post('/auth/login', {
      schema: { tags, summary: 'Sign in (rate-limited)', body: s.loginBody, response: { 200: s.userResponse } },
      config: limited(ctx.config.loginRateLimit),
    }, async (req, reply) => {
      const { user, session } = await accounts.login(ctx, req.body);
      setSessionCookies(reply, session, secure);
      return { user };
    });

    app.post('/auth/logout', { schema: { tags, summary: 'Sign out' } }, async (req, reply) => {
      if (req.actor) await accounts.logout(ctx, req.actor);
      clearSessionCookies(reply);
      return reply.status(204).send();
    });

    app.post('/auth/password-reset', {
      schema: { tags, summary: 'Email a single-use reset link (same answer whether the account exists)', body: s.resetRequestBody },
      config: limited(ctx.config.loginRateLimit),
    }, async (req, reply) => {
      await accounts.requestPasswordReset(ctx, req.body.email);
      return reply.status(202).send();
    });

    app.post('/auth/password-reset/confirm', {
      schema: { tags, summary: 'Set a new password with a reset token', body: s.resetConfirmBody },
    }, async (req, reply) => {
      await accounts.confirmPasswordReset(ctx, req.body);
      return reply.status(204).send();
    });

    app.get('/me', { schema: { tags, summary: 'The signed-in user', response: { 200: s.meResponse } } }, async (req) => {
      const actor = requireActor(req);
      return { user: await accounts.getMe(ctx, actor), csrfToken: actor.csrfToken ?? null };
    });

    app.patch('/me', {
      schema: { tags, summary: 'Update settings', body: s.settingsBody, response: { 200: s.userResponse } },
    }, async (req) => ({ user: await accounts.updateSettings(ctx, requireActor(req), req.body) }));

    app.post('/me/password', {
      schema: { tags, summary: 'Change password (signs out other devices)', body: s.changePasswordBody },
    }, async (req, reply) => {
      await accounts.changePassword(ctx, requireActor(req), req.body);
      return reply.status(204).send();
    });

    app.get('/me/tokens', {
      schema: { tags, summary: 'My personal API tokens', response: { 200: z.object({ tokens: z.array(s.tokenSchema) }) } },
    }, async (req) => ({ tokens: await accounts.listTokens(ctx, requireActor(req)) }));

    app.post('/me/tokens', {
      schema: {
        tags,
        summary: 'Create a personal API token; the secret is shown once',
        body: s.createTokenBody,
        response: { 201: z.object({ token: s.tokenSchema, secret: z.string() }) },
      },
    }, async (req, reply) => {
      const actor = requireActor(req);
      if (actor.via === 'token') throw AppError.forbidden('API tokens cannot create other tokens.');
      return reply.status(201).send(await accounts.createToken(ctx, actor, req.body));
    });

    app.delete('/me/tokens/:tokenId', {
      schema: { tags, summary: 'Revoke a personal API token', params: s.tokenParams },
    }, async (req, reply) => {
      await accounts.revokeToken(ctx, requireActor(req), req.params.tokenId);
      return reply.status(204).send();
    });
  };
}
