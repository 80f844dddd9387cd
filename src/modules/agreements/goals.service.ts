import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { GoalMilestonesTable, GoalsTable } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { requirePair, todayIn } from '../partnerships/pair-work';
import { presentGoal } from './goals.presenter';
import * as repo from './goals.repository';
import { MAX_GOALS, MAX_MILESTONES, type CreateGoalInput, type GoalView, type MilestoneInput, type UpdateGoalInput, type UpdateMilestoneInput } from './goals.schemas';

// Goals are the pair's together: either side sets, changes and ticks them off.

async function goalView(db: Executor, goalId: string, today: string): Promise<GoalView> {
  const g = (await repo.findGoal(db, goalId))!;
  return presentGoal(g, await repo.listMilestones(db, [g.id]), today);
}

function milestoneRows(goalId: string, ms: MilestoneInput[], now: string) {
  return ms.map((m) => ({ id: newId(), goal_id: goalId, title: m.title, due_on: m.dueOn ?? null, done_at: null, created_at: now, updated_at: now }));
}

/** The pair's goals with their milestones, in the order they were set. */
export async function listGoals(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<GoalView[]> {
  const { p } = await requirePair(ctx, actor, partnershipId);
  const goals = await repo.listGoals(ctx.db, p.id);
  const milestones = await repo.listMilestones(ctx.db, goals.map((g) => g.id));
  const today = todayIn(actor.timeZone, ctx.clock.now());
  return goals.map((g) => presentGoal(g, milestones, today));
}

/** Either side sets a goal, with milestones if they like. */
export async function createGoal(ctx: ServiceContext, actor: Actor, partnershipId: string, input: CreateGoalInput): Promise<GoalView> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true, db: trx });
    if ((await repo.countGoals(trx, p.id)) >= MAX_GOALS) {
      throw new AppError('unprocessable', `A partnership keeps at most ${MAX_GOALS} goals: mark some achieved or dropped and delete those you no longer need.`);
    }
    await repo.insertGoal(trx, {
      id,
      partnership_id: p.id,
      title: input.title,
      description: input.description,
      status: input.status,
      created_by_side: side,
      achieved_at: input.status === 'achieved' ? now : null,
      created_at: now,
      updated_at: now,
    });
    await repo.insertMilestones(trx, milestoneRows(id, input.milestones, now));
    return goalView(trx, id, todayIn(actor.timeZone, ctx.clock.now()));
  });
}

/** A goal the actor's pair owns, for changing it inside `trx`. */
async function requireGoal(trx: Executor, ctx: ServiceContext, actor: Actor, goalId: string) {
  const g = await repo.findGoal(trx, goalId);
  await requirePair(ctx, actor, g?.partnership_id, { write: true, db: trx, what: 'Goal' });
  return g!;
}

/** Either side renames, rewrites or moves a goal on (achieved records when). */
export async function updateGoal(ctx: ServiceContext, actor: Actor, goalId: string, input: UpdateGoalInput): Promise<GoalView> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const g = await requireGoal(trx, ctx, actor, goalId);
    const patch: Updateable<GoalsTable> = { updated_at: now };
    if (input.title !== undefined) patch.title = input.title;
    if (input.description !== undefined) patch.description = input.description;
    if (input.status !== undefined && input.status !== g.status) {
      patch.status = input.status;
      patch.achieved_at = input.status === 'achieved' ? now : null;
    }
    await repo.updateGoal(trx, g.id, patch);
    return goalView(trx, g.id, todayIn(actor.timeZone, ctx.clock.now()));
  });
}

/** Removes a goal and its milestones (to keep one that was given up, mark it dropped instead). */
export async function deleteGoal(ctx: ServiceContext, actor: Actor, goalId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const g = await requireGoal(trx, ctx, actor, goalId);
    await repo.deleteGoal(trx, g.id);
  });
}

export async function addMilestone(ctx: ServiceContext, actor: Actor, goalId: string, input: MilestoneInput): Promise<GoalView> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const g = await requireGoal(trx, ctx, actor, goalId);
    if ((await repo.countMilestones(trx, g.id)) >= MAX_MILESTONES) {
      throw new AppError('unprocessable', `A goal keeps at most ${MAX_MILESTONES} milestones.`);
    }
    await repo.insertMilestones(trx, milestoneRows(g.id, [input], now));
    await repo.updateGoal(trx, g.id, { updated_at: now });
    return goalView(trx, g.id, todayIn(actor.timeZone, ctx.clock.now()));
  });
}

/** A milestone of the actor's pair, for changing it inside `trx`. */
async function requireMilestone(trx: Executor, ctx: ServiceContext, actor: Actor, milestoneId: string) {
  const m = await repo.findMilestone(trx, milestoneId);
  await requirePair(ctx, actor, m?.partnership_id, { write: true, db: trx, what: 'Milestone' });
  return m!;
}

export async function updateMilestone(ctx: ServiceContext, actor: Actor, milestoneId: string, input: UpdateMilestoneInput): Promise<GoalView> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const m = await requireMilestone(trx, ctx, actor, milestoneId);
    const patch: Updateable<GoalMilestonesTable> = { updated_at: now };
    if (input.title !== undefined) patch.title = input.title;
    if (input.dueOn !== undefined) patch.due_on = input.dueOn;
    if (input.done !== undefined && input.done !== (m.done_at !== null)) patch.done_at = input.done ? now : null;
    await repo.updateMilestone(trx, m.id, patch);
    await repo.updateGoal(trx, m.goal_id, { updated_at: now });
    return goalView(trx, m.goal_id, todayIn(actor.timeZone, ctx.clock.now()));
  });
}

export async function deleteMilestone(ctx: ServiceContext, actor: Actor, milestoneId: string): Promise<GoalView> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const m = await requireMilestone(trx, ctx, actor, milestoneId);
    await repo.deleteMilestone(trx, m.id);
    await repo.updateGoal(trx, m.goal_id, { updated_at: now });
    return goalView(trx, m.goal_id, todayIn(actor.timeZone, ctx.clock.now()));
  });
}
