import type { Executor } from '../../db/database';
import type { MembershipStatus, Role } from '../../db/schema';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { findMembershipsOfUser, type MembershipRow } from './members.repository';

/** What someone may want to do in a program. Everything but `view` is for its admins. */
export type ProgramAction = 'view' | 'edit' | 'manageCycles' | 'invite' | 'manageMembers' | 'manageSurveys' | 'viewReports';

export type Verdict = 'allow' | 'deny' | 'hide';

const refusals: Record<Exclude<ProgramAction, 'view'>, string> = {
  edit: 'Only the program’s admins can edit it.',
  manageCycles: 'Only the program’s admins can change its cycles.',
  invite: 'Only the program’s admins can manage invitations.',
  manageMembers: 'Only the program’s admins can see and manage its members.',
  manageSurveys: 'Only the program’s admins can manage surveys and read their answers.',
  viewReports: 'Only the program’s admins can read the program report.',
};

/**
 * Decides from the actor's memberships in one program. Someone who is not a
 * member is told the program does not exist (`hide`, a 404), so ids do not
 * leak; a member without the right is refused (`deny`, a 403). Admin powers
 * need an active admin membership: a paused admin can still look.
 */
export function decide(memberships: { role: Role; status: MembershipStatus }[], action: ProgramAction): Verdict {
  const current = memberships.filter((m) => m.status !== 'removed');
  if (current.length === 0) return 'hide';
  if (action === 'view') return 'allow';
  return current.some((m) => m.role === 'admin' && m.status === 'active') ? 'allow' : 'deny';
}

/**
 * Loads the actor's memberships in the program and throws unless `decide`
 * allows the action. `what` names the resource in the 404 (a cycle, a membership…).
 */
export async function authorize(
  db: Executor,
  actor: Actor,
  programId: string,
  action: ProgramAction,
  what = 'Program',
): Promise<MembershipRow[]> {
  const memberships = await findMembershipsOfUser(db, programId, actor.userId);
  const verdict = decide(memberships, action);
  if (verdict === 'hide') throw AppError.notFound(what);
  if (verdict === 'deny') throw AppError.forbidden(refusals[action as Exclude<ProgramAction, 'view'>]);
  return memberships;
}
