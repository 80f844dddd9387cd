import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ActionItemsTable, GoalMilestonesTable, GoalsTable } from '../../db/schema';

// ---- Goals and milestones ---------------------------------------------------------------------

export function listGoals(db: Executor, partnershipId: string) {
  return db.selectFrom('goals').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at').orderBy('id').execute();
}
export type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];

export function findGoal(db: Executor, id: string) {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countGoals(db: Executor, partnershipId: string): Promise<number> {
  const row = await db
    .selectFrom('goals')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertGoal(db: Executor, row: Insertable<GoalsTable>): Promise<void> {
  await db.insertInto('goals').values(row).execute();
}

export async function updateGoal(db: Executor, id: string, patch: Updateable<GoalsTable>): Promise<void> {
  await db.updateTable('goals').set(patch).where('id', '=', id).execute();
}

export async function deleteGoal(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('goals').where('id', '=', id).execute();
}

export function listMilestones(db: Executor, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('goal_milestones').selectAll().where('goal_id', 'in', goalIds).orderBy('created_at').orderBy('id').execute();
}
export type MilestoneRow = Awaited<ReturnType<typeof listMilestones>>[number];

/** A milestone with the partnership its goal belongs to. */
export function findMilestone(db: Executor, id: string) {
  return db
    .selectFrom('goal_milestones as m')
    .innerJoin('goals as g', 'g.id', 'm.goal_id')
    .selectAll('m')
    .select('g.partnership_id')
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function countMilestones(db: Executor, goalId: string): Promise<number> {
  const row = await db
    .selectFrom('goal_milestones')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('goal_id', '=', goalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMilestones(db: Executor, rows: Insertable<GoalMilestonesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('goal_milestones').values(rows).execute();
}

export async function updateMilestone(db: Executor, id: string, patch: Updateable<GoalMilestonesTable>): Promise<void> {
  await db.updateTable('goal_milestones').set(patch).where('id', '=', id).execute();
}

export async function deleteMilestone(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('goal_milestones').where('id', '=', id).execute();
}

// ---- Action items -----------------------------------------------------------------------------

export function listActionItems(db: Executor, partnershipId: string, o: { meetingId?: string | undefined; done?: boolean | undefined } = {}) {
  let q = db.selectFrom('action_items').selectAll().where('partnership_id', '=', partnershipId);
  if (o.meetingId) q = q.where('meeting_id', '=', o.meetingId);
  if (o.done !== undefined) q = q.where('done_at', o.done ? 'is not' : 'is', null);
  return q.orderBy('created_at').orderBy('id').execute();
}
export type ActionItemRow = Awaited<ReturnType<typeof listActionItems>>[number];

export function findActionItem(db: Executor, id: string) {
  return db.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertActionItem(db: Executor, row: Insertable<ActionItemsTable>): Promise<void> {
  await db.insertInto('action_items').values(row).execute();
}

export async function updateActionItem(db: Executor, id: string, patch: Updateable<ActionItemsTable>): Promise<void> {
  await db.updateTable('action_items').set(patch).where('id', '=', id).execute();
}

export async function deleteActionItem(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('action_items').where('id', '=', id).execute();
}
