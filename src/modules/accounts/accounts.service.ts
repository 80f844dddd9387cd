import { isUniqueViolation } from '../../db/errors';
import { addMinutes } from '../../shared/clock';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { hashSecret, newId, newSecret } from '../../server/ids';
import { queueTemplatedEmail } from '../notifications/mail';
import { touchMembershipsOfUser } from '../programs/members.repository';
import type { Actor } from './actor';
import * as repo from './accounts.repository';
import { presentToken, presentUser } from './accounts.presenter';
import type { LoginInput, RegisterInput, SettingsInput } from './accounts.schemas';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';

export const RESET_LINK_MINUTES = 60;

export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

async function createSession(ctx: ServiceContext, userId: string): Promise<NewSession> {
  const now = ctx.clock.now();
  const secret = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = addMinutes(now, ctx.config.sessionAbsoluteDays * 24 * 60);
  await repo.insertSession(ctx.db, {
    id: hashSecret(secret),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  return { secret, csrfToken, expiresAt };
}

export async function register(ctx: ServiceContext, input: RegisterInput) {
  if (await repo.findUserByEmail(ctx.db, input.email)) {
    throw AppError.field('email_taken', 'email', 'An account with this email already exists. Sign in instead.');
  }
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await repo.insertUser(trx, {
        id,
        email: input.email,
        name: input.name,
        password_hash: passwordHash,
        time_zone: input.timeZone,
        locale: input.locale ?? 'en',
        a11y_screen_reader: 0,
        a11y_reduced_motion: 0,
        a11y_captions: 0,
        prefers_async: 0,
        created_at: now,
        updated_at: now,
      });
      const session = await createSession({ ...ctx, db: trx }, id);
      const user = await repo.findUserById(trx, id);
      return { user: presentUser(user!), session };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw AppError.field('email_taken', 'email', 'An account with this email already exists. Sign in instead.');
    }
    throw err;
  }
}

/** Same answer and about the same time whether the email is unknown or the password wrong. */
export async function login(ctx: ServiceContext, input: LoginInput) {
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) throw new AppError('invalid_credentials', 'The email or password is not right.');
  const session = await createSession(ctx, user.id);
  return { user: presentUser(user), session };
}

export async function logout(ctx: ServiceContext, actor: Actor): Promise<void> {
  if (actor.sessionId) await repo.deleteSession(ctx.db, actor.sessionId);
}

/** Resolves a session cookie, enforcing idle and absolute expiry. */
export async function resolveSession(ctx: ServiceContext, secret: string): Promise<Actor | undefined> {
  const id = hashSecret(secret);
  const row = await repo.findSessionWithUser(ctx.db, id);
  if (!row) return undefined;
  const now = ctx.clock.now();
  const idleDeadline = addMinutes(new Date(row.last_seen_at), ctx.config.sessionIdleMinutes);
  if (new Date(row.expires_at) <= now || idleDeadline <= now) {
    await repo.deleteSession(ctx.db, id);
    return undefined;
  }
  // Writing on every request would serialise reads on SQLite; a minute's precision is enough.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await repo.touchSession(ctx.db, id, now.toISOString());
  }
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    timeZone: row.time_zone,
    locale: row.locale,
    via: 'session',
    sessionId: id,
    csrfToken: row.csrf_token,
  };
}

export async function resolveApiToken(ctx: ServiceContext, secret: string): Promise<Actor | undefined> {
  const row = await repo.findActiveTokenWithUser(ctx.db, hashSecret(secret));
  if (!row) return undefined;
  await repo.markTokenUsed(ctx.db, row.token_id, ctx.clock.now().toISOString());
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    timeZone: row.time_zone,
    locale: row.locale,
    via: 'token',
  };
}

export async function getMe(ctx: ServiceContext, actor: Actor) {
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in to continue.');
  return presentUser(user);
}

export async function updateSettings(ctx: ServiceContext, actor: Actor, input: SettingsInput) {
  const a = input.accessibility ?? {};
  const bit = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);
  const patch = Object.fromEntries(
    Object.entries({
      name: input.name,
      time_zone: input.timeZone,
      locale: input.locale,
      a11y_screen_reader: bit(a.screenReader),
      a11y_reduced_motion: bit(a.reducedMotion),
      a11y_captions: bit(a.captions),
      prefers_async: bit(a.prefersAsync),
      meeting_reminders: input.meetingReminders === undefined ? undefined : JSON.stringify(input.meetingReminders),
      message_emails: input.messageEmails,
    }).filter(([, v]) => v !== undefined),
  );
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, { ...patch, updated_at: now });
    if (input.timeZone) await touchMembershipsOfUser(trx, actor.userId, now);
  });
  return getMe(ctx, actor);
}

export async function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('unprocessable', 'The current password is not right.', [
      { path: 'currentPassword', message: 'The current password is not right.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now.toISOString() });
    // Other devices are signed out; the one that changed it stays in.
    await repo.deleteSessionsOfUser(trx, user.id, actor.sessionId);
    await repo.invalidatePasswordResets(trx, user.id, now.toISOString());
    await queueTemplatedEmail(
      trx,
      ctx.clock,
      { email: user.email, name: user.name, locale: user.locale, timeZone: user.time_zone },
      {
        template: 'email.passwordChanged',
        values: { name: user.name },
        times: { changedAt: now },
        action: { url: `${ctx.config.publicUrl}/reset-password` },
      },
    );
  });
}

/** Emails a single-use link when the account exists; answers the same either way. */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user) return;
  const now = ctx.clock.now();
  const token = newSecret();
  const expiresAt = addMinutes(now, RESET_LINK_MINUTES);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.invalidatePasswordResets(trx, user.id, now.toISOString());
    await repo.insertPasswordReset(trx, {
      token_hash: hashSecret(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    await queueTemplatedEmail(
      trx,
      ctx.clock,
      { email: user.email, name: user.name, locale: user.locale, timeZone: user.time_zone },
      {
        template: 'email.passwordReset',
        values: { name: user.name },
        times: { expiresAt },
        action: { url: `${ctx.config.publicUrl}/reset-password/${token}` },
        extra: ['ignore'],
      },
    );
  });
}

export async function confirmPasswordReset(ctx: ServiceContext, input: { token: string; password: string }) {
  const tokenHash = hashSecret(input.token);
  const reset = await repo.findPasswordReset(ctx.db, tokenHash);
  const now = ctx.clock.now();
  if (!reset || reset.used_at || new Date(reset.expires_at) <= now) {
    throw AppError.field('invalid_token', 'token', 'This reset link has expired or was already used. Ask for a new one.');
  }
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.consumePasswordReset(trx, tokenHash, now.toISOString()))) {
      throw AppError.field('invalid_token', 'token', 'This reset link was already used. Ask for a new one.');
    }
    await repo.updateUser(trx, reset.user_id, { password_hash: passwordHash, updated_at: now.toISOString() });
    await repo.deleteSessionsOfUser(trx, reset.user_id);
  });
}

export async function listTokens(ctx: ServiceContext, actor: Actor) {
  return (await repo.listApiTokens(ctx.db, actor.userId)).map(presentToken);
}

export async function createToken(ctx: ServiceContext, actor: Actor, input: { name: string }) {
  const secret = `mrd_${newSecret()}`;
  const row = {
    id: newId(),
    user_id: actor.userId,
    name: input.name,
    token_hash: hashSecret(secret),
    created_at: ctx.clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await repo.insertApiToken(ctx.db, row);
  return { token: presentToken(row), secret };
}

export async function revokeToken(ctx: ServiceContext, actor: Actor, tokenId: string): Promise<void> {
  if (!(await repo.revokeApiToken(ctx.db, actor.userId, tokenId, ctx.clock.now().toISOString()))) {
    throw AppError.notFound('Token');
  }
}
