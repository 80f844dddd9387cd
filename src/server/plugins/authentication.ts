import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../modules/accounts/actor';
import { resolveApiToken, resolveSession, type NewSession } from '../../modules/accounts/accounts.service';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'meridian_session';
export const CSRF_COOKIE = 'meridian_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Resolves who is calling (session cookie or `Authorization: Bearer` token)
 * and guards cookie requests against CSRF: a state-changing request with a
 * session cookie must echo the session's CSRF token in `X-CSRF-Token`;
 * one without a session (sign-in, sign-up) must come from our own origin.
 * Bearer-token requests carry no ambient credentials and need neither.
 */
export function registerAuthentication(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    if (auth) {
      const match = /^Bearer\s+(\S+)$/i.exec(auth);
      const actor = match?.[1] ? await resolveApiToken(ctx, match[1]) : undefined;
      if (!actor) throw new AppError('unauthenticated', 'The API token is not valid or was revoked.');
      request.actor = actor;
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) request.actor = (await resolveSession(ctx, secret)) ?? null;
    if (SAFE_METHODS.has(request.method)) return;
    if (request.actor) {
      if (request.headers[CSRF_HEADER] !== request.actor.csrfToken) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header. Reload the page and try again.');
      }
    } else if (!sameOrigin(request)) {
      throw new AppError('csrf_failed', 'Cross-site request refused.');
    }
  });
}

/** The signed-in actor, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.actor;
}

export function setSessionCookies(reply: FastifyReply, session: NewSession, secure: boolean): void {
  const base = { path: '/', sameSite: 'lax' as const, secure, expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.secret, { ...base, httpOnly: true });
  // Readable by our own scripts so they can echo it in X-CSRF-Token.
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
