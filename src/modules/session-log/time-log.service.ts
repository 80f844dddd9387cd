import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PairSide, TimeEntriesTable, TimeEntryKind } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { findMeeting, listMeetingsOfPartnership } from '../meetings/meetings.repository';
import { dateIn, requirePair, todayIn } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import { latestFirst, presentEntry, presentHeldMeeting, totalsOf } from './time-log.presenter';
import * as repo from './time-log.repository';
import type { CreateEntryInput, TimeEntryView, TotalsView, UpdateEntryInput } from './time-log.schemas';

// The time log counts each contact once. Meetings arranged in Meridian count from their outcome
// (POST /meetings/{id}/outcome, minutes spent with preparation), read from the meetings table, so
// re-recording an outcome corrects the totals by itself; everything else is logged here by hand.

const viewerOf = (p: PartnershipRow, side: PairSide, actor: Actor) => ({
  side,
  timeZone: actor.timeZone,
  names: { mentee: p.mentee_name, mentor: p.mentor_name },
});

/** The day must fall inside the partnership (on the author's clock) and not in the future. */
function checkDay(ctx: ServiceContext, actor: Actor, p: PartnershipRow, day: string): void {
  if (day > todayIn(actor.timeZone, ctx.clock.now())) throw AppError.field('validation_failed', 'occurredOn', 'The day must not be in the future.');
  const started = dateIn(actor.timeZone, p.started_at);
  if (day < started) throw AppError.field('validation_failed', 'occurredOn', `The partnership started on ${started}: log contact from then on.`);
  const ended = p.ended_at ? dateIn(actor.timeZone, p.ended_at) : null;
  if (ended && day > ended) throw AppError.field('validation_failed', 'occurredOn', `The partnership ended on ${ended}: log contact up to then.`);
}

/** A meeting named by an entry: this pair's, and only as what an entry followed up on. */
async function checkMeeting(db: Executor, p: PartnershipRow, kind: TimeEntryKind, meetingId: string | null | undefined): Promise<void> {
  if (!meetingId) return;
  const m = await findMeeting(db, meetingId);
  if (!m || m.partnership_id !== p.id) throw AppError.field('validation_failed', 'meetingId', 'No meeting of this partnership has this id.');
  if (kind === 'meeting') {
    throw AppError.field(
      'validation_failed',
      'meetingId',
      'A meeting arranged in Meridian counts from its outcome: record it as held with the minutes spent there, so it is not counted twice.',
    );
  }
}

/** Every contact of the pair, latest first, with totals per side and per kind. */
export async function getTimeLog(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<{ entries: TimeEntryView[]; totals: TotalsView }> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  const viewer = viewerOf(p, side, actor);
  const [logged, meetings] = await Promise.all([repo.listEntries(ctx.db, p.id), listMeetingsOfPartnership(ctx.db, p.id)]);
  const entries = [
    ...logged.map((e) => presentEntry(e, viewer)),
    ...meetings.filter((m) => m.status === 'held' && m.start_at).map((m) => presentHeldMeeting(m, viewer)),
  ].sort(latestFirst);
  return { entries, totals: totalsOf(entries) };
}

/**
 * Either side logs contact. It stays open after the partnership ends, for contact before the end:
 * people often log the last conversation late.
 */
export async function logTime(ctx: ServiceContext, actor: Actor, partnershipId: string, input: CreateEntryInput): Promise<TimeEntryView> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const { p, side } = await requirePair(ctx, actor, partnershipId, { db: trx });
    checkDay(ctx, actor, p, input.occurredOn);
    await checkMeeting(trx, p, input.kind, input.meetingId);
    await repo.insertEntry(trx, {
      id,
      partnership_id: p.id,
      author_user_id: actor.userId,
      author_side: side,
      kind: input.kind,
      occurred_on: input.occurredOn,
      minutes: input.minutes,
      preparation_minutes: input.preparationMinutes,
      note: input.note,
      meeting_id: input.meetingId ?? null,
      created_at: now,
      updated_at: now,
    });
    return presentEntry((await repo.findEntry(trx, id))!, viewerOf(p, side, actor));
  });
}

/** An entry of the actor's pair that the actor wrote: the other side may read it but not change it. */
async function requireOwnEntry(trx: Executor, ctx: ServiceContext, actor: Actor, entryId: string) {
  const e = await repo.findEntry(trx, entryId);
  const { p, side } = await requirePair(ctx, actor, e?.partnership_id, { db: trx, what: 'Time entry' });
  if (e!.author_side !== side) throw AppError.forbidden('Only the person who logged this time can change it.');
  return { e: e!, p, side };
}

export async function updateTimeEntry(ctx: ServiceContext, actor: Actor, entryId: string, input: UpdateEntryInput): Promise<TimeEntryView> {
  return ctx.db.transaction().execute(async (trx) => {
    const { e, p, side } = await requireOwnEntry(trx, ctx, actor, entryId);
    const kind = input.kind ?? e.kind;
    if (input.occurredOn !== undefined) checkDay(ctx, actor, p, input.occurredOn);
    await checkMeeting(trx, p, kind, input.meetingId === undefined ? e.meeting_id : input.meetingId);
    const patch: Updateable<TimeEntriesTable> = { kind, updated_at: ctx.clock.now().toISOString() };
    if (input.occurredOn !== undefined) patch.occurred_on = input.occurredOn;
    if (input.minutes !== undefined) patch.minutes = input.minutes;
    if (input.preparationMinutes !== undefined) patch.preparation_minutes = input.preparationMinutes;
    if (input.note !== undefined) patch.note = input.note;
    if (input.meetingId !== undefined) patch.meeting_id = input.meetingId;
    await repo.updateEntry(trx, e.id, patch);
    return presentEntry((await repo.findEntry(trx, e.id))!, viewerOf(p, side, actor));
  });
}

export async function deleteTimeEntry(ctx: ServiceContext, actor: Actor, entryId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { e } = await requireOwnEntry(trx, ctx, actor, entryId);
    await repo.deleteEntry(trx, e.id);
  });
}
