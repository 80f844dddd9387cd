import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MeetingsTable, MeetingStatus, PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId, newSecret } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { sideOf } from '../partnerships/pair-access';
import { requirePair } from '../partnerships/pair-work';
import { findPartnership } from '../partnerships/partnerships.repository';
import { inTransaction } from '../events/after-commit';
import { dispatchSurveysAfterChange } from '../surveys/dispatch.service';
import { publishMeetingChanged } from '../events/publish';
import { emailBothWithInvite, emailProposalWithdrawn, emailProposed } from './meeting-mail';
import * as repo from './meetings.repository';
import { presentFairness, presentMeeting } from './meetings.presenter';
import type { CreateMeetingInput, FairnessView, MeetingView, UpdateMeetingInput } from './meetings.schemas';
import { checkMeetingTime, checkProposals, loadPairSchedule } from './pair-schedule';

const MINUTE = 60_000;

/** Tells both people's open pages that the meeting changed (they refetch it). */
function announce(ctx: ServiceContext, trx: Executor, m: repo.MeetingRow): Promise<void> {
  return publishMeetingChanged(ctx, trx, { meetingId: m.id, partnershipId: m.partnership_id, status: m.status, userIds: [m.mentee_user_id, m.mentor_user_id] });
}

/** The meeting and the viewer's side; 404 for anyone but the pair. */
export async function requireMeeting(db: Executor, actor: Actor, meetingId: string): Promise<{ m: repo.MeetingRow; side: PairSide }> {
  const m = await repo.findMeeting(db, meetingId);
  const side = m ? sideOf(m, actor.userId) : null;
  if (!m || !side) throw AppError.notFound('Meeting');
  return { m, side };
}

function requireActivePartnership(status: string): void {
  if (status !== 'active') throw new AppError('meeting_closed', 'This partnership has ended, so no new meetings can be arranged in it.');
}

async function view(db: Executor, meetingId: string, side: PairSide): Promise<MeetingView> {
  const m = (await repo.findMeeting(db, meetingId))!;
  return presentMeeting(m, await repo.listProposals(db, [m.id]), side);
}

/** Channel details that make sense together: a place in person, a link for one's own link, a fresh room for video. */
function channelDetails(ctx: ServiceContext, input: Pick<CreateMeetingInput, 'channel' | 'location' | 'url'>) {
  switch (input.channel) {
    case 'video':
      return { channel: input.channel, url: `${ctx.config.meetingVideoBaseUrl}Meridian-${newSecret(15)}`, location: null };
    case 'link':
      if (!input.url) throw AppError.field('validation_failed', 'url', 'Give the link you will meet on.');
      return { channel: input.channel, url: input.url, location: null };
    case 'in-person':
      if (!input.location) throw AppError.field('validation_failed', 'location', 'Say where you will meet.');
      return { channel: input.channel, url: null, location: input.location };
    case 'phone':
      return { channel: input.channel, url: null, location: input.location ?? null };
  }
}

/** The mentee (or the mentor) proposes one or more times; the other side confirms one or proposes others. */
export async function proposeMeeting(ctx: ServiceContext, actor: Actor, partnershipId: string, input: CreateMeetingInput): Promise<MeetingView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  requireActivePartnership(p.status);
  if (input.agenda && side !== 'mentee') throw AppError.field('forbidden', 'agenda', 'The agenda is the mentee’s to write.');
  const pair = await loadPairSchedule(ctx.db, p);
  const proposals = await checkProposals(ctx, pair, input.proposals);
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    await repo.insertMeeting(trx, {
      id,
      partnership_id: p.id,
      program_id: p.program_id,
      status: 'proposed',
      proposed_by: side,
      ...channelDetails(ctx, input),
      duration_minutes: input.proposals[0]!.durationMinutes,
      agenda: input.agenda ?? '',
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceProposals(trx, id, proposals, now);
    const m = (await repo.findMeeting(trx, id))!;
    await emailProposed(trx, ctx, m, proposals.map((x) => ({ start_at: x.start })));
    await announce(ctx, trx, m);
  });
  return view(ctx.db, id, side);
}

/** The side that did not propose picks one of the open proposals; both get the calendar invitation. */
export async function confirmMeeting(ctx: ServiceContext, actor: Actor, meetingId: string, input: { start: string }): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  if (m.status !== 'proposed') throw new AppError('meeting_closed', `This meeting is already ${m.status}; there is nothing to confirm.`);
  if (m.proposed_by === side) throw AppError.forbidden('You proposed these times: the other person confirms one of them.');
  const proposal = (await repo.listProposals(ctx.db, [m.id])).find((x) => x.start_at === input.start);
  if (!proposal) throw AppError.field('validation_failed', 'start', 'Choose one of the proposed times.');
  const p = (await findPartnership(ctx.db, m.partnership_id))!;
  requireActivePartnership(p.status);
  const duration = Math.round((Date.parse(proposal.end_at) - Date.parse(proposal.start_at)) / MINUTE);
  const pair = await loadPairSchedule(ctx.db, p);
  const t = await checkMeetingTime(ctx, ctx.db, pair, proposal.start_at, duration, 'start', m.id);
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const moved = await repo.updateMeetingIf(trx, m.id, ['proposed'], {
      status: 'confirmed',
      start_at: proposal.start_at,
      end_at: proposal.end_at,
      duration_minutes: duration,
      mentee_awkwardness: t.mentee,
      mentor_awkwardness: t.mentor,
      confirmed_at: now,
      updated_at: now,
    });
    if (!moved) throw new AppError('meeting_closed', 'Someone answered this proposal a moment ago. Reload to see it.');
    await repo.replaceProposals(trx, m.id, [], now);
    const after = (await repo.findMeeting(trx, m.id))!;
    await emailBothWithInvite(trx, ctx, after, 'meetingConfirmed', side);
    await announce(ctx, trx, after);
  });
  return view(ctx.db, m.id, side);
}

/** The other side answers open proposals with times of their own (or the proposer replaces theirs). */
export async function counterPropose(
  ctx: ServiceContext,
  actor: Actor,
  meetingId: string,
  input: { proposals: { start: string; durationMinutes: number }[]; note?: string | undefined },
): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  if (m.status !== 'proposed') throw new AppError('meeting_closed', `This meeting is already ${m.status}: reschedule it instead.`);
  const p = (await findPartnership(ctx.db, m.partnership_id))!;
  requireActivePartnership(p.status);
  const pair = await loadPairSchedule(ctx.db, p);
  const proposals = await checkProposals(ctx, pair, input.proposals, m.id);
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const moved = await repo.updateMeetingIf(trx, m.id, ['proposed'], {
      proposed_by: side,
      duration_minutes: input.proposals[0]!.durationMinutes,
      updated_at: now,
    });
    if (!moved) throw new AppError('meeting_closed', 'This meeting changed a moment ago. Reload to see it.');
    await repo.replaceProposals(trx, m.id, proposals, now);
    const after = (await repo.findMeeting(trx, m.id))!;
    await emailProposed(trx, ctx, after, proposals.map((x) => ({ start_at: x.start })), input.note);
    await announce(ctx, trx, after);
  });
  return view(ctx.db, m.id, side);
}

function requireNotOver(ctx: ServiceContext, m: repo.MeetingRow, what: string): void {
  if (m.status !== 'confirmed' && m.status !== 'proposed') throw new AppError('meeting_closed', `This meeting is ${m.status}; it cannot be ${what}.`);
  if (m.end_at && Date.parse(m.end_at) <= ctx.clock.now().getTime()) {
    throw new AppError('meeting_closed', `This meeting is over; it cannot be ${what}. Record whether it was held instead.`);
  }
}

/** Either side moves a confirmed meeting to a new time; both get the updated invitation (SEQUENCE + 1). */
export async function rescheduleMeeting(
  ctx: ServiceContext,
  actor: Actor,
  meetingId: string,
  input: { start: string; durationMinutes?: number | undefined; reason?: string | undefined },
): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  if (m.status === 'proposed') throw new AppError('meeting_closed', 'This meeting is not confirmed yet: propose other times instead.');
  requireNotOver(ctx, m, 'moved');
  const p = (await findPartnership(ctx.db, m.partnership_id))!;
  requireActivePartnership(p.status);
  const duration = input.durationMinutes ?? Number(m.duration_minutes);
  const pair = await loadPairSchedule(ctx.db, p);
  const t = await checkMeetingTime(ctx, ctx.db, pair, input.start, duration, 'start', m.id);
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const moved = await repo.updateMeetingIf(trx, m.id, ['confirmed'], {
      start_at: new Date(t.startMs).toISOString(),
      end_at: new Date(t.endMs).toISOString(),
      duration_minutes: duration,
      mentee_awkwardness: t.mentee,
      mentor_awkwardness: t.mentor,
      proposed_by: side,
      change_reason: input.reason ?? null,
      sequence: Number(m.sequence) + 1,
      updated_at: now,
    });
    if (!moved) throw new AppError('meeting_closed', 'This meeting changed a moment ago. Reload to see it.');
    const after = (await repo.findMeeting(trx, m.id))!;
    await emailBothWithInvite(trx, ctx, after, 'meetingRescheduled', side);
    await announce(ctx, trx, after);
  });
  return view(ctx.db, m.id, side);
}

/** Either side cancels with a reason: a confirmed meeting sends both a calendar cancellation (SEQUENCE + 1). */
export async function cancelMeeting(ctx: ServiceContext, actor: Actor, meetingId: string, input: { reason: string }): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  requireNotOver(ctx, m, 'cancelled');
  await inTransaction(ctx.db, async (trx) => {
    if (!(await cancelInTransaction(trx, ctx, m, side, input.reason))) {
      throw new AppError('meeting_closed', 'This meeting changed a moment ago. Reload to see it.');
    }
  });
  return view(ctx.db, m.id, side);
}

/**
 * Cancels a proposed or confirmed meeting inside the caller's transaction (also used when a
 * partnership ends): a confirmed one sends both a calendar cancellation, a proposed one tells the
 * other side unless `quiet`. False when the meeting changed meanwhile.
 */
export async function cancelInTransaction(
  trx: Executor,
  ctx: ServiceContext,
  m: repo.MeetingRow,
  side: PairSide,
  reason: string,
  o: { quiet?: boolean } = {},
): Promise<boolean> {
  const moved = await repo.updateMeetingIf(trx, m.id, [m.status], {
    status: 'cancelled',
    cancelled_by: side,
    change_reason: reason,
    sequence: m.status === 'confirmed' ? Number(m.sequence) + 1 : Number(m.sequence),
    updated_at: ctx.clock.now().toISOString(),
  });
  if (!moved) return false;
  const after = (await repo.findMeeting(trx, m.id))!;
  if (m.status === 'confirmed') await emailBothWithInvite(trx, ctx, after, 'meetingCancelled', side);
  else if (!o.quiet) await emailProposalWithdrawn(trx, ctx, after, side);
  await announce(ctx, trx, after);
  return true;
}

/** The agenda (the mentee's, until the meeting ends) and how the pair meets (either side; calendars updated). */
export async function updateMeeting(ctx: ServiceContext, actor: Actor, meetingId: string, input: UpdateMeetingInput): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  requireNotOver(ctx, m, 'changed');
  if (input.agenda !== undefined && side !== 'mentee') throw AppError.field('forbidden', 'agenda', 'The agenda is the mentee’s to write.');
  const patch: Updateable<MeetingsTable> = { updated_at: ctx.clock.now().toISOString() };
  if (input.agenda !== undefined) patch.agenda = input.agenda;
  const channelChanged = input.channel !== undefined || input.location !== undefined || input.url !== undefined;
  if (channelChanged) {
    const channel = input.channel ?? m.channel;
    const keepsRoom = channel === 'video' && m.channel === 'video' && m.url;
    Object.assign(
      patch,
      keepsRoom ? { channel, url: m.url, location: null } : channelDetails(ctx, { channel, location: input.location ?? m.location ?? undefined, url: input.url ?? m.url ?? undefined }),
    );
    if (m.status === 'confirmed') patch.sequence = Number(m.sequence) + 1;
  }
  await inTransaction(ctx.db, async (trx) => {
    const moved = await repo.updateMeetingIf(trx, m.id, [m.status], patch);
    if (!moved) throw new AppError('meeting_closed', 'This meeting changed a moment ago. Reload to see it.');
    const after = (await repo.findMeeting(trx, m.id))!;
    if (channelChanged && m.status === 'confirmed') await emailBothWithInvite(trx, ctx, after, 'meetingUpdated', side);
    await announce(ctx, trx, after);
  });
  return view(ctx.db, m.id, side);
}

/** After it started, either side records whether it was held (and the minutes spent, preparation included) or missed. */
export async function recordOutcome(
  ctx: ServiceContext,
  actor: Actor,
  meetingId: string,
  input: { held: boolean; minutesSpent?: number | undefined },
): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  const outcomeStates: MeetingStatus[] = ['confirmed', 'held', 'missed'];
  if (!outcomeStates.includes(m.status)) throw new AppError('meeting_closed', `This meeting is ${m.status}; there is no outcome to record.`);
  if (Date.parse(m.start_at!) > ctx.clock.now().getTime()) {
    throw new AppError('meeting_closed', 'This meeting has not started yet: record what happened once it has.');
  }
  if (!input.held && input.minutesSpent !== undefined) throw AppError.field('validation_failed', 'minutesSpent', 'A missed meeting has no minutes spent.');
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await repo.updateMeetingIf(trx, m.id, outcomeStates, {
      status: input.held ? 'held' : 'missed',
      minutes_spent: input.held ? (input.minutesSpent ?? Number(m.duration_minutes)) : null,
      outcome_by: side,
      outcome_at: now,
      updated_at: now,
    });
    await announce(ctx, trx, (await repo.findMeeting(trx, m.id))!);
  });
  // A first held meeting is when the pair's fit check goes out.
  if (input.held) await dispatchSurveysAfterChange(ctx, m.partnership_id);
  return view(ctx.db, m.id, side);
}

export async function getMeeting(ctx: ServiceContext, actor: Actor, meetingId: string): Promise<MeetingView> {
  const { m, side } = await requireMeeting(ctx.db, actor, meetingId);
  return presentMeeting(m, await repo.listProposals(ctx.db, [m.id]), side);
}

/** My meetings in every partnership over a span (default the next 60 days). */
export async function listMyMeetings(
  ctx: ServiceContext,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined; status?: MeetingStatus | undefined },
): Promise<MeetingView[]> {
  const from = q.from ?? ctx.clock.now().toISOString();
  const to = q.to ?? new Date(Date.parse(from) + 60 * 24 * 60 * MINUTE).toISOString();
  if (to <= from) throw AppError.field('validation_failed', 'to', 'The end must be after the start.');
  if (Date.parse(to) - Date.parse(from) > 366 * 24 * 60 * MINUTE) throw AppError.field('validation_failed', 'to', 'Ask for at most a year at a time.');
  const rows = await repo.listMeetingsOfUser(ctx.db, actor.userId, from, to, q.status);
  const proposals = await repo.listProposals(ctx.db, rows.map((r) => r.id));
  return rows.map((m) => presentMeeting(m, proposals.filter((x) => x.meeting_id === m.id), sideOf(m, actor.userId)));
}

/** The partnership's meetings for its page: upcoming (proposed and to come) and past, with the fairness tally. */
export async function listPartnershipMeetings(
  ctx: ServiceContext,
  actor: Actor,
  partnershipId: string,
): Promise<{ upcoming: MeetingView[]; past: MeetingView[]; fairness: FairnessView }> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  const rows = await repo.listMeetingsOfPartnership(ctx.db, p.id);
  const proposals = await repo.listProposals(ctx.db, rows.map((r) => r.id));
  const now = ctx.clock.now().toISOString();
  const firstTime = (m: repo.MeetingRow) => m.start_at ?? proposals.find((x) => x.meeting_id === m.id)?.start_at ?? m.created_at;
  const isUpcoming = (m: repo.MeetingRow) => m.status === 'proposed' || (m.status === 'confirmed' && m.end_at! > now);
  const present = (m: repo.MeetingRow) => presentMeeting(m, proposals.filter((x) => x.meeting_id === m.id), side);
  const upcoming = rows.filter(isUpcoming).sort((a, b) => firstTime(a).localeCompare(firstTime(b)));
  const past = rows.filter((m) => !isUpcoming(m)).sort((a, b) => firstTime(b).localeCompare(firstTime(a)));
  return {
    upcoming: upcoming.map(present),
    past: past.map(present),
    fairness: presentFairness(rows, { mentee: p.mentee_name, mentor: p.mentor_name }, actor.locale),
  };
}
