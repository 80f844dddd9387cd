import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MembershipsTable } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import * as repo from './members.repository';
import { presentMember, presentMembership } from './members.presenter';
import type { MembersQuery, MembershipUpdate, MembershipView, MemberView } from './members.schemas';
import { authorize } from './programs.policy';
import { lockProgram } from './programs.repository';

/** A membership that has not been removed; a removed one is as good as gone. */
async function currentMembership(db: Executor, id: string): Promise<repo.MembershipRow> {
  const m = await repo.findMembershipById(db, id);
  if (!m || m.status === 'removed') throw AppError.notFound('Membership');
  return m;
}

/** Refuses to take away the last active admin, so a program always has someone to run it. */
async function keepAnActiveAdmin(db: Executor, m: repo.MembershipRow, message: string): Promise<void> {
  if (m.role !== 'admin' || m.status !== 'active') return;
  if ((await repo.countActiveAdmins(db, m.program_id)) <= 1) throw new AppError('last_admin', message);
}

export async function listMembers(
  ctx: ServiceContext,
  actor: Actor,
  input: MembersQuery & { programId: string },
): Promise<MemberView[]> {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  return (await repo.listMembers(ctx.db, input.programId, input)).map(presentMember);
}

/** Pauses or resumes a membership, or switches a participant between mentor and mentee. */
export async function updateMembership(
  ctx: ServiceContext,
  actor: Actor,
  input: MembershipUpdate & { membershipId: string },
): Promise<MembershipView> {
  return ctx.db.transaction().execute(async (trx) => {
    const m = await currentMembership(trx, input.membershipId);
    await authorize(trx, actor, m.program_id, 'manageMembers', 'Membership');
    await lockProgram(trx, m.program_id);
    const patch: Updateable<MembershipsTable> = {};
    if (input.role && input.role !== m.role) {
      if (m.role === 'admin') {
        throw AppError.field('unprocessable', 'role', 'An admin membership keeps its role; invite the person as a mentor or mentee instead.');
      }
      const target = (await repo.findMembershipsOfUser(trx, m.program_id, m.user_id)).find((o) => o.role === input.role);
      if (target && target.status !== 'removed') {
        throw AppError.field('already_member', 'role', `This person is already a ${input.role} in this program.`);
      }
      // A removed membership in the target role would break the one-row-per-role rule; it carries nothing current.
      if (target) await repo.deleteMembership(trx, target.id);
      patch.role = input.role;
    }
    if (input.status && input.status !== m.status) {
      if (input.status === 'paused') await keepAnActiveAdmin(trx, m, 'This is the program’s only active admin; make someone else admin first.');
      patch.status = input.status;
    }
    if (Object.keys(patch).length === 0) return presentMembership(m);
    const updatedAt = ctx.clock.now().toISOString();
    await repo.updateMembership(trx, m.id, { ...patch, updated_at: updatedAt });
    return presentMembership({ ...m, ...patch, updated_at: updatedAt });
  });
}

/** Removes a member (kept as status 'removed'); admins may remove themselves while another active admin remains. */
export async function removeMembership(ctx: ServiceContext, actor: Actor, input: { membershipId: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await currentMembership(trx, input.membershipId);
    await authorize(trx, actor, m.program_id, 'manageMembers', 'Membership');
    await lockProgram(trx, m.program_id);
    await keepAnActiveAdmin(trx, m, 'This is the program’s only active admin; make someone else admin before removing them.');
    await repo.updateMembership(trx, m.id, { status: 'removed', updated_at: ctx.clock.now().toISOString() });
  });
}
