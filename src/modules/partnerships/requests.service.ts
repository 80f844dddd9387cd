import { inTransaction } from '../events/after-commit';
import { publishRequestUpdated } from '../events/publish';
import { exclusion } from '../../core/matching/score';
import { zoneGapHours } from '../../core/time';
import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import { addMinutes } from '../../shared/clock';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import { loadPair } from '../matching/match-people';
import { settingsOf } from '../matching/settings.service';
import { authorizeRequest, type RequestAction } from './partnerships.policy';
import { presentRequest } from './partnerships.presenter';
import { countActivePartnerships, hasActivePartnership, lockMembership } from './partnerships.repository';
import type { CreateRequestInput, DeclineInput, EditRequestInput, RequestsQuery, RequestView } from './partnerships.schemas';
import { emailRequestDeclined, emailRequestReceived, emailRequestWithdrawn } from './request-mail';
import { alreadyMatched, assertOpen, exclusionMessage, requestClosed } from './request-rules';
import * as repo from './requests.repository';

/** Tells both people's open pages that the request changed (they refetch it). */
export function announceRequest(ctx: ServiceContext, trx: Executor, r: repo.RequestRow, partnershipId?: string): Promise<void> {
  return publishRequestUpdated(ctx, trx, {
    requestId: r.id,
    programId: r.program_id,
    status: r.status,
    partnershipId: partnershipId ?? null,
    userIds: [r.mentee_user_id, r.mentor_user_id],
  });
}

const mentorNotFound = () => new AppError('not_found', 'Mentor not found.', [{ path: 'mentorId', message: 'No mentor of this program has this id.' }]);

/** A mentee asks a mentor of the same program; the mentor is emailed. */
export async function createRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateRequestInput & { programId: string },
): Promise<RequestView> {
  return inTransaction(ctx.db, async (trx) => {
    const memberships = await authorize(trx, actor, input.programId, 'view');
    const mentee = memberships.find((m) => m.role === 'mentee' && m.status !== 'removed');
    if (!mentee) throw AppError.forbidden('Only the program’s mentees can ask for a mentor.');
    if (mentee.status !== 'active') throw AppError.forbidden('Your membership is paused: ask an admin to resume it before asking for a mentor.');
    // One mentee's requests are made one at a time, so the open-request limit holds under double clicks.
    await lockMembership(trx, mentee.id);
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    const activeMentees = await countActivePartnerships(trx, input.mentorId);
    const pair = await loadPair(trx, mentee.id, input.mentorId, activeMentees);
    if (!pair || pair.mentor.program_id !== input.programId) throw mentorNotFound();
    const { mentor, menteeMatch, mentorMatch } = pair;
    if (mentor.user_id === actor.userId) throw AppError.field('unprocessable', 'mentorId', 'You cannot be your own mentor.');
    if (mentor.role !== 'mentor' || mentor.status !== 'active') throw mentorNotFound();

    if (await hasActivePartnership(trx, mentee.id)) throw alreadyMatched('you');
    if (await repo.hasOpenRequestTo(trx, mentee.id, mentor.membership_id, nowIso)) {
      throw AppError.field('already_requested', 'mentorId', `You already asked ${mentor.name}: wait for their answer, or withdraw that request.`);
    }
    const settings = await settingsOf(trx, input.programId);
    if ((await repo.countOpenRequestsOfMentee(trx, mentee.id, nowIso)) >= settings.maxOpenRequests) {
      throw new AppError(
        'too_many_open_requests',
        `You already have ${settings.maxOpenRequests} open requests, the most this program allows. Wait for an answer or withdraw one first.`,
      );
    }
    if (activeMentees >= mentorMatch.capacity) {
      throw AppError.field('mentor_full', 'mentorId', `${mentor.name} has no place for a new mentee right now. Try another mentor.`);
    }
    const gap = zoneGapHours(menteeMatch.timeZone, mentorMatch.timeZone, now.getTime());
    const excluded = exclusion(menteeMatch, mentorMatch, gap, { ignoreCapacity: true });
    if (excluded) {
      throw AppError.field('unprocessable', 'mentorId', exclusionMessage(excluded, menteeMatch, { ...mentorMatch, name: mentor.name }, gap));
    }

    const id = newId();
    await repo.insertRequest(trx, {
      id,
      program_id: input.programId,
      mentee_membership_id: mentee.id,
      mentor_membership_id: mentor.membership_id,
      message: input.message,
      status: 'pending',
      decline_reason: null,
      decline_note: null,
      created_at: nowIso,
      expires_at: addMinutes(now, settings.requestExpiryDays * 24 * 60).toISOString(),
      decided_at: null,
    });
    const row = (await repo.findRequest(trx, id))!;
    await emailRequestReceived(trx, ctx, row);
    await announceRequest(ctx, trx, row);
    return presentRequest(row);
  });
}

/**
 * Runs `change` on a request the actor may act on and that still waits for an
 * answer, in one transaction; `change` returns false when a concurrent
 * decision got there first, which is reported like any closed request.
 */
async function changeOpenRequest(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
  action: RequestAction,
  change: (trx: Executor, r: repo.RequestRow, nowIso: string) => Promise<boolean>,
): Promise<RequestView> {
  return inTransaction(ctx.db, async (trx) => {
    const r = await repo.findRequest(trx, requestId);
    if (!r) throw AppError.notFound('Request');
    authorizeRequest(actor, r, action);
    const now = ctx.clock.now();
    assertOpen(r, now);
    if (!(await change(trx, r, now.toISOString()))) throw requestClosed((await repo.findRequest(trx, requestId))!);
    const after = (await repo.findRequest(trx, requestId))!;
    await announceRequest(ctx, trx, after);
    return presentRequest(after);
  });
}

/** The mentor says no, with a reason the mentee is told kindly. */
export function declineRequest(ctx: ServiceContext, actor: Actor, input: DeclineInput & { requestId: string }): Promise<RequestView> {
  const note = input.note ? input.note : null;
  return changeOpenRequest(ctx, actor, input.requestId, 'decline', async (trx, r, now) => {
    const patch = { status: 'declined' as const, decided_at: now, decline_reason: input.reason, decline_note: note };
    if (!(await repo.closeRequest(trx, r.id, patch, now))) return false;
    await emailRequestDeclined(trx, ctx, r, input.reason, note);
    return true;
  });
}

/** The mentee takes a pending request back; the mentor is told. */
export function withdrawRequest(ctx: ServiceContext, actor: Actor, input: { requestId: string }): Promise<RequestView> {
  return changeOpenRequest(ctx, actor, input.requestId, 'withdraw', async (trx, r, now) => {
    if (!(await repo.closeRequest(trx, r.id, { status: 'withdrawn', decided_at: now }, now))) return false;
    await emailRequestWithdrawn(trx, ctx, r);
    return true;
  });
}

/** The mentee rewords a request while it waits; the expiry stays as it was. */
export function editRequest(ctx: ServiceContext, actor: Actor, input: EditRequestInput & { requestId: string }): Promise<RequestView> {
  return changeOpenRequest(ctx, actor, input.requestId, 'edit', (trx, r, now) => repo.updateRequestMessage(trx, r.id, input.message, now));
}

/** My requests in a program: received as mentor (inbox) or sent as mentee (outbox), newest first. */
export async function listRequests(ctx: ServiceContext, actor: Actor, input: RequestsQuery & { programId: string }): Promise<RequestView[]> {
  const memberships = await authorize(ctx.db, actor, input.programId, 'view');
  const me = memberships.find((m) => m.role !== 'admin' && m.status !== 'removed' && (!input.role || m.role === input.role));
  if (!me) {
    if (input.role) throw AppError.field('forbidden', 'role', `You are not a ${input.role} in this program.`);
    throw AppError.forbidden('Only the program’s mentors and mentees have requests.');
  }
  const rows = await repo.listRequestsOfParticipant(ctx.db, me.id, me.role as 'mentor' | 'mentee', input.status);
  return rows.map(presentRequest);
}
