import type { PairSide } from '../../db/schema';
import type { ActionItemRow, GoalRow, MilestoneRow } from './goals.repository';
import type { ActionItemView, GoalView, MilestoneView } from './goals.schemas';

/** Dated first by date, undated last; ties by when they were written down. */
const byDue = (a: { due_on: string | null; created_at: string }, b: { due_on: string | null; created_at: string }) =>
  (a.due_on ?? '9999-12-31').localeCompare(b.due_on ?? '9999-12-31') || a.created_at.localeCompare(b.created_at);

const overdue = (dueOn: string | null, doneAt: string | null, today: string) => doneAt === null && dueOn !== null && dueOn < today;

export function presentMilestone(m: MilestoneRow, today: string): MilestoneView {
  return {
    id: m.id,
    goalId: m.goal_id,
    title: m.title,
    dueOn: m.due_on,
    done: m.done_at !== null,
    doneAt: m.done_at,
    overdue: overdue(m.due_on, m.done_at, today),
  };
}

/** A goal with its milestones; `today` is the viewer's date, for what is overdue. */
export function presentGoal(g: GoalRow, milestones: MilestoneRow[], today: string): GoalView {
  const mine = milestones.filter((m) => m.goal_id === g.id).sort(byDue);
  return {
    id: g.id,
    partnershipId: g.partnership_id,
    title: g.title,
    description: g.description,
    status: g.status,
    createdBy: g.created_by_side,
    achievedAt: g.achieved_at,
    milestones: mine.map((m) => presentMilestone(m, today)),
    progress: { done: mine.filter((m) => m.done_at !== null).length, total: mine.length },
    createdAt: g.created_at,
    updatedAt: g.updated_at,
  };
}

export function presentActionItem(i: ActionItemRow, names: Record<PairSide, string>, today: string): ActionItemView {
  return {
    id: i.id,
    partnershipId: i.partnership_id,
    meetingId: i.meeting_id,
    text: i.text,
    owner: i.owner_side,
    ownerName: names[i.owner_side],
    dueOn: i.due_on,
    done: i.done_at !== null,
    doneAt: i.done_at,
    doneBy: i.done_by_side,
    overdue: overdue(i.due_on, i.done_at, today),
    createdBy: i.created_by_side,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
  };
}

/** Open items first, soonest due first; then done ones, latest done first. */
export function sortActionItems(rows: ActionItemRow[]): ActionItemRow[] {
  const open = rows.filter((r) => r.done_at === null).sort(byDue);
  const done = rows.filter((r) => r.done_at !== null).sort((a, b) => b.done_at!.localeCompare(a.done_at!));
  return [...open, ...done];
}
