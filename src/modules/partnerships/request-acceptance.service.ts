import { inTransaction } from '../events/after-commit';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { loadPair } from '../matching/match-people';
import { settingsOf } from '../matching/settings.service';
import { pairSnapshot } from './pair-snapshot';
import { authorizeRequest } from './partnerships.policy';
import { presentPartnership, presentRequest } from './partnerships.presenter';
import * as partnerships from './partnerships.repository';
import type { PartnershipView, RequestView } from './partnerships.schemas';
import { emailRequestAccepted, emailRequestSuperseded } from './request-mail';
import { alreadyMatched, assertOpen, requestClosed } from './request-rules';
import * as requests from './requests.repository';
import { announceRequest } from './requests.service';

export interface Accepted {
  request: RequestView;
  partnership: PartnershipView;
}

async function accept(trx: Executor, ctx: ServiceContext, actor: Actor, requestId: string): Promise<Accepted> {
  const seen = await requests.findRequest(trx, requestId);
  if (!seen) throw AppError.notFound('Request');
  authorizeRequest(actor, seen, 'accept');
  // Two accepts for one mentor queue here, so the capacity count below and the insert act as one step.
  await partnerships.lockMembership(trx, seen.mentor_membership_id);
  const r = (await requests.findRequest(trx, requestId))!;
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  assertOpen(r, now);
  if (r.mentor_status !== 'active') throw AppError.forbidden('Your membership is paused: ask an admin to resume it before taking on a mentee.');
  if (r.mentee_status !== 'active') throw new AppError('request_closed', `${r.mentee_name} is no longer active in this program.`);
  if (await partnerships.hasActivePartnership(trx, r.mentee_membership_id)) throw alreadyMatched(r.mentee_name);

  const active = await partnerships.countActivePartnerships(trx, r.mentor_membership_id);
  const pair = (await loadPair(trx, r.mentee_membership_id, r.mentor_membership_id, active))!;
  if (active >= pair.mentorMatch.capacity) {
    throw new AppError(
      'mentor_full',
      `You have no place left: ${active} active ${active === 1 ? 'mentee' : 'mentees'} for a capacity of ${pair.mentorMatch.capacity}. ` +
        `Raise your capacity in your profile to take ${r.mentee_name} on.`,
    );
  }
  const { weights } = await settingsOf(trx, r.program_id);
  const snapshot = pairSnapshot(pair.menteeMatch, pair.mentorMatch, weights, now);
  const partnershipId = newId();
  // Inserted before the request rows are touched: a concurrent accept for the same mentee waits on the
  // unique index while holding no row this transaction needs, so the two cannot deadlock.
  await partnerships.insertPartnership(trx, {
    id: partnershipId,
    program_id: r.program_id,
    mentee_membership_id: r.mentee_membership_id,
    mentor_membership_id: r.mentor_membership_id,
    status: 'active',
    distance_class: snapshot.distanceClass,
    zone_gap_minutes: snapshot.zoneGapMinutes,
    overlap_minutes_per_week: snapshot.overlapMinutesPerWeek,
    score: snapshot.score,
    source: 'request',
    request_id: r.id,
    matching_run_id: null,
    started_at: nowIso,
    ended_at: null,
    end_reason: null,
  });
  if (!(await requests.closeRequest(trx, r.id, { status: 'accepted', decided_at: nowIso }, nowIso))) {
    throw requestClosed((await requests.findRequest(trx, r.id))!);
  }

  let withdrawn = 0;
  for (const other of await requests.findPendingRequestsOfMentee(trx, r.mentee_membership_id, r.id)) {
    if (!(await requests.closeRequest(trx, other.id, { status: 'superseded', decided_at: nowIso }))) continue;
    withdrawn++;
    await emailRequestSuperseded(trx, ctx, other);
    await announceRequest(ctx, trx, (await requests.findRequest(trx, other.id))!);
  }
  await emailRequestAccepted(trx, ctx, r, { id: partnershipId, overlapMinutesPerWeek: snapshot.overlapMinutesPerWeek, othersWithdrawn: withdrawn });

  const [request, partnership] = await Promise.all([requests.findRequest(trx, r.id), partnerships.findPartnership(trx, partnershipId)]);
  await announceRequest(ctx, trx, request!, partnershipId);
  return { request: presentRequest(request!), partnership: presentPartnership(partnership!, actor.userId) };
}

/**
 * The mentor says yes: in one transaction the partnership starts (with its
 * distance, overlap and score snapshot), the request is accepted, and the
 * mentee's other pending requests are withdrawn with their mentors told.
 * Capacity holds under concurrent accepts (the mentor's row is locked first);
 * the unique index on a mentee's active partnership settles the mentee side.
 */
export async function acceptRequest(ctx: ServiceContext, actor: Actor, input: { requestId: string }): Promise<Accepted> {
  try {
    return await inTransaction(ctx.db, (trx) => accept(trx, ctx, actor, input.requestId));
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('already_matched', 'This mentee was just matched with another mentor.');
    throw err;
  }
}
