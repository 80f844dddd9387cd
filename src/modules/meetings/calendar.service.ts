import { requireMeeting } from './meetings.service';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newSecret } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { meetingsCalendar } from './calendar';
import * as repo from './meetings.repository';
import { sideOf } from '../partnerships/pair-access';

const DAY = 24 * 60 * 60_000;
const feedUrl = (ctx: ServiceContext, token: string) => `${ctx.config.publicUrl}/calendar/${token}.ics`;

/**
 * My private feed URL, made on first use. The token is kept as is (not hashed) so the link can be
 * shown again and copied; it reads meetings only, and making a new one kills the old at once.
 */
export async function getFeed(ctx: ServiceContext, actor: Actor): Promise<{ url: string; createdAt: string }> {
  const existing = await repo.findFeedOfUser(ctx.db, actor.userId);
  if (existing) return { url: feedUrl(ctx, existing.token), createdAt: existing.created_at };
  return regenerateFeed(ctx, actor);
}

export async function regenerateFeed(ctx: ServiceContext, actor: Actor): Promise<{ url: string; createdAt: string }> {
  const token = newSecret(24);
  const at = ctx.clock.now().toISOString();
  await repo.upsertFeed(ctx.db, actor.userId, token, at);
  return { url: feedUrl(ctx, token), createdAt: at };
}

/** The feed for a token: my meetings with a time, from half a year back to a year ahead. */
export async function feedCalendar(ctx: ServiceContext, token: string): Promise<string> {
  const owner = await repo.findFeedByToken(ctx.db, token);
  if (!owner) throw AppError.notFound('Calendar');
  const now = ctx.clock.now();
  const rows = await repo.listTimedMeetingsOfUsers(
    ctx.db,
    [owner.user_id],
    new Date(now.getTime() - 183 * DAY).toISOString(),
    new Date(now.getTime() + 366 * DAY).toISOString(),
    ['confirmed', 'held', 'missed'],
  );
  // Only meetings where the owner is still a member of the pair.
  const mine = rows.filter((m) => {
    return sideOf(m, owner.user_id) !== null;
  });
  return meetingsCalendar(ctx.config, mine, { locale: owner.locale, now, name: `Meridian · ${owner.name}` });
}

/** One meeting as an .ics download (the pair only; it needs a confirmed time). */
export async function meetingIcs(ctx: ServiceContext, actor: Actor, meetingId: string): Promise<string> {
  const { m } = await requireMeeting(ctx.db, actor, meetingId);
  if (!m.start_at) throw new AppError('meeting_closed', 'This meeting has no confirmed time yet.');
  return meetingsCalendar(ctx.config, [m], { locale: actor.locale, now: ctx.clock.now() });
}
