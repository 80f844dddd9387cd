import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ActionItemsTable } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { findMeeting } from '../meetings/meetings.repository';
import { requirePair, todayIn } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import { presentActionItem, sortActionItems } from './goals.presenter';
import * as repo from './goals.repository';
import type { ActionItemView, CreateActionItemInput, UpdateActionItemInput } from './goals.schemas';

// Action items are the pair's together: either side writes one down for either side, and either
// side ticks it off. Most come out of a meeting and name it.

const namesOf = (p: PartnershipRow) => ({ mentee: p.mentee_name, mentor: p.mentor_name });

/** A meeting id from the client must be one of this pair's meetings; any other id reads the same. */
async function checkMeeting(db: Executor, meetingId: string, partnershipId: string): Promise<void> {
  const m = await findMeeting(db, meetingId);
  if (!m || m.partnership_id !== partnershipId) throw AppError.field('validation_failed', 'meetingId', 'No meeting of this partnership has this id.');
}

/** The pair's action items: open ones first by due date, then done ones. */
export async function listActionItems(
  ctx: ServiceContext,
  actor: Actor,
  partnershipId: string,
  q: { meetingId?: string | undefined; done?: boolean | undefined },
): Promise<ActionItemView[]> {
  const { p } = await requirePair(ctx, actor, partnershipId);
  const today = todayIn(actor.timeZone, ctx.clock.now());
  const rows = sortActionItems(await repo.listActionItems(ctx.db, p.id, q));
  return rows.map((r) => presentActionItem(r, namesOf(p), today));
}

export async function createActionItem(ctx: ServiceContext, actor: Actor, partnershipId: string, input: CreateActionItemInput): Promise<ActionItemView> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true, db: trx });
    if (input.meetingId) await checkMeeting(trx, input.meetingId, p.id);
    await repo.insertActionItem(trx, {
      id,
      partnership_id: p.id,
      meeting_id: input.meetingId ?? null,
      text: input.text,
      owner_side: input.owner ?? side,
      due_on: input.dueOn ?? null,
      done_at: null,
      done_by_side: null,
      created_by_side: side,
      created_at: now,
      updated_at: now,
    });
    return presentActionItem((await repo.findActionItem(trx, id))!, namesOf(p), todayIn(actor.timeZone, ctx.clock.now()));
  });
}

async function requireItem(trx: Executor, ctx: ServiceContext, actor: Actor, itemId: string) {
  const item = await repo.findActionItem(trx, itemId);
  const { p, side } = await requirePair(ctx, actor, item?.partnership_id, { write: true, db: trx, what: 'Action item' });
  return { item: item!, p, side };
}

/** Reword, hand over, re-date, or tick off (who did records when and by whom). */
export async function updateActionItem(ctx: ServiceContext, actor: Actor, itemId: string, input: UpdateActionItemInput): Promise<ActionItemView> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { item, p, side } = await requireItem(trx, ctx, actor, itemId);
    const patch: Updateable<ActionItemsTable> = { updated_at: now };
    if (input.text !== undefined) patch.text = input.text;
    if (input.owner !== undefined) patch.owner_side = input.owner;
    if (input.dueOn !== undefined) patch.due_on = input.dueOn;
    if (input.done !== undefined && input.done !== (item.done_at !== null)) {
      patch.done_at = input.done ? now : null;
      patch.done_by_side = input.done ? side : null;
    }
    await repo.updateActionItem(trx, item.id, patch);
    return presentActionItem((await repo.findActionItem(trx, item.id))!, namesOf(p), todayIn(actor.timeZone, ctx.clock.now()));
  });
}

export async function deleteActionItem(ctx: ServiceContext, actor: Actor, itemId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { item } = await requireItem(trx, ctx, actor, itemId);
    await repo.deleteActionItem(trx, item.id);
  });
}
