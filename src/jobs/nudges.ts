import { claim, findClaimedKeys } from '../modules/nudges/claims.repository';
import { placeOf } from '../modules/nudges/local-time';
import { lastContact } from '../modules/partnerships/last-contact';
import {
  emailNoRequest,
  emailProfileIncomplete,
  emailQuietToAdmin,
  emailQuietToParticipant,
  emailRequestPending,
  type QuietPartnership,
} from '../modules/nudges/nudge-mail';
import * as repo from '../modules/nudges/nudges.repository';
import { completeness } from '../modules/profiles/profiles.presenter';
import { listTopics } from '../modules/profiles/profiles.repository';
import type { Recipient } from '../modules/notifications/email-templates';
import type { ServiceContext } from '../server/context';

const DAY_MS = 86_400_000;

/** A request unanswered this long gets its mentor a nudge. */
export const REQUEST_PENDING_DAYS = 3;
/** A partnership without a meeting this long is quiet; it is nudged once per such stretch. */
export const QUIET_DAYS = 30;
/** A mentee this long in a program without a request is shown the way to mentors. */
export const NO_REQUEST_DAYS = 7;
/** A participant this long in a program with an incomplete profile is asked to finish it. */
export const PROFILE_GRACE_DAYS = 3;

export const nudgeKeys = {
  requestPending: 'nudge:request-pending:',
  noRequest: 'nudge:no-request:',
  profile: 'nudge:profile:',
  /** Per quiet stretch (from its last contact) and per 30 days of it, so it repeats monthly, never per tick. */
  quiet: (partnershipId: string, userId: string, lastContactAt: string, n: number) =>
    `nudge:quiet:${partnershipId}:${userId}:${lastContactAt}:${n}`,
};

export interface NudgeCounts {
  requestPending: number;
  quiet: number;
  noRequest: number;
  profile: number;
}

/** Every nudge that is due, each sent once across instances (claimed with its email in one transaction). */
export async function sendNudges(ctx: ServiceContext, batchSize = 100): Promise<NudgeCounts> {
  return {
    requestPending: await nudgePendingRequests(ctx, batchSize),
    quiet: await nudgeQuietPartnerships(ctx, batchSize),
    noRequest: await nudgeMenteesWithoutRequest(ctx, batchSize),
    profile: await nudgeIncompleteProfiles(ctx, batchSize),
  };
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

/** Claims `key` and, when this caller won it, queues what `send` queues, in one transaction. */
function claimAndSend(ctx: ServiceContext, key: string, send: (trx: ServiceContext['db']) => Promise<unknown>): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await claim(trx, key, ctx.clock.now().toISOString()))) return false;
    await send(trx);
    return true;
  });
}

/**
 * Works through a query of unclaimed candidates page by page. Each handled row is claimed,
 * so it drops out of the next page; a page another instance emptied under us ends the run.
 */
async function drain<R>(
  fetch: () => Promise<R[]>,
  handle: (row: R) => Promise<{ claimed: boolean; sent: boolean }>,
  batchSize: number,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const rows = await fetch();
    let claimed = 0;
    for (const row of rows) {
      const r = await handle(row);
      if (r.claimed) claimed++;
      if (r.sent) sent++;
    }
    if (rows.length < batchSize || claimed === 0) return sent;
  }
}

export function nudgePendingRequests(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  const o = { sentBefore: daysAgo(now, REQUEST_PENDING_DAYS), now: now.toISOString(), prefix: nudgeKeys.requestPending };
  return drain(
    () => repo.findPendingRequestsToNudge(ctx.db, o, batchSize),
    async (r) => {
      const won = await claimAndSend(ctx, nudgeKeys.requestPending + r.id, (trx) => emailRequestPending(trx, ctx, r));
      return { claimed: won, sent: won };
    },
    batchSize,
  );
}

export function nudgeMenteesWithoutRequest(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const o = { joinedBefore: daysAgo(ctx.clock.now(), NO_REQUEST_DAYS), prefix: nudgeKeys.noRequest };
  return drain(
    () => repo.findMenteesWithoutRequest(ctx.db, o, batchSize),
    async (m) => {
      const won = await claimAndSend(ctx, nudgeKeys.noRequest + m.id, (trx) => emailNoRequest(trx, ctx, m));
      return { claimed: won, sent: won };
    },
    batchSize,
  );
}

/**
 * Checks each participant's profile once, when they have been in the program a few days:
 * incomplete (by the profile module's own measure) gets a nudge. A complete one is claimed
 * too, without an email, so it is not read again on every run.
 */
export async function nudgeIncompleteProfiles(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const o = { joinedBefore: daysAgo(ctx.clock.now(), PROFILE_GRACE_DAYS), prefix: nudgeKeys.profile };
  let sent = 0;
  for (;;) {
    const rows = await repo.findMembershipsForProfileCheck(ctx.db, o, batchSize);
    const ids = rows.map((r) => r.id);
    const [profiles, topics] = await Promise.all([repo.findProfilesOf(ctx.db, ids), listTopics(ctx.db, ids)]);
    const profileOf = new Map(profiles.map((p) => [p.membership_id, p]));
    const topicCount = new Map<string, number>();
    for (const t of topics) topicCount.set(t.membership_id, (topicCount.get(t.membership_id) ?? 0) + 1);
    let claimed = 0;
    for (const m of rows) {
      const c = completeness(m.role as 'mentor' | 'mentee', profileOf.get(m.id), topicCount.get(m.id) ?? 0);
      const won = await claimAndSend(ctx, nudgeKeys.profile + m.id, async (trx) => {
        if (c.missing.length > 0) await emailProfileIncomplete(trx, ctx, m, c);
      });
      if (won) claimed++;
      if (won && c.missing.length > 0) sent++;
    }
    if (rows.length < batchSize || claimed === 0) return sent;
  }
}

/**
 * Partnerships with no meeting for 30 days: the mentee, the mentor and the program's active
 * admins each hear once per 30 quiet days. Quiet ones are read by id page by page and their
 * keys checked in bulk, so a run writes only what is new.
 */
export async function nudgeQuietPartnerships(ctx: ServiceContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  const o = { now: now.toISOString(), quietSince: daysAgo(now, QUIET_DAYS) };
  let sent = 0;
  let afterId: string | null = null;
  for (;;) {
    const rows = await repo.findQuietPartnerships(ctx.db, o, afterId, batchSize);
    const admins = await repo.findActiveAdmins(ctx.db, [...new Set(rows.map((r) => r.program_id))]);
    const planned: { key: string; send: (trx: ServiceContext['db']) => Promise<unknown> }[] = [];
    for (const x of rows) {
      const lastContactAt = lastContact({ metAt: x.last_met_at, loggedOn: x.last_logged_on, messagedAt: x.last_message_at }) ?? x.started_at;
      const days = Math.floor((now.getTime() - Date.parse(lastContactAt)) / DAY_MS);
      const n = Math.floor(days / QUIET_DAYS);
      const q: QuietPartnership = {
        id: x.id,
        programName: x.program_name,
        menteeName: x.mentee_name,
        mentorName: x.mentor_name,
        lastMetAt: x.last_met_at,
        startedAt: x.started_at,
        days,
      };
      const mentee = { email: x.mentee_email, name: x.mentee_name, locale: x.mentee_locale, timeZone: x.mentee_time_zone };
      const mentor = { email: x.mentor_email, name: x.mentor_name, locale: x.mentor_locale, timeZone: x.mentor_time_zone };
      const menteeSide = { name: x.mentee_name, place: placeOf(x.mentee_place, x.mentee_time_zone), timeZone: x.mentee_time_zone };
      const mentorSide = { name: x.mentor_name, place: placeOf(x.mentor_place, x.mentor_time_zone), timeZone: x.mentor_time_zone };
      const told = new Set<string>();
      const plan = (userId: string, send: (trx: ServiceContext['db']) => Promise<unknown>) => {
        if (told.has(userId)) return;
        told.add(userId);
        planned.push({ key: nudgeKeys.quiet(x.id, userId, lastContactAt, n), send });
      };
      if (x.mentee_status === 'active') plan(x.mentee_user_id, (trx) => emailQuietToParticipant(trx, ctx, mentee, q, mentorSide));
      if (x.mentor_status === 'active') plan(x.mentor_user_id, (trx) => emailQuietToParticipant(trx, ctx, mentor, q, menteeSide));
      for (const a of admins.filter((a) => a.program_id === x.program_id)) {
        const admin: Recipient = { email: a.email, name: a.name, locale: a.locale, timeZone: a.time_zone };
        // Someone who admins the program and is in the pair already heard as a participant.
        if (a.user_id !== x.mentee_user_id && a.user_id !== x.mentor_user_id) plan(a.user_id, (trx) => emailQuietToAdmin(trx, ctx, admin, q));
      }
    }
    const claimed = await findClaimedKeys(ctx.db, planned.map((p) => p.key));
    for (const p of planned) {
      if (!claimed.has(p.key) && (await claimAndSend(ctx, p.key, p.send))) sent++;
    }
    if (rows.length < batchSize) return sent;
    afterId = rows[rows.length - 1]!.id;
  }
}
