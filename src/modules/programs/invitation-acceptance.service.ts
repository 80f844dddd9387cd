import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import * as invitations from './invitations.repository';
import { isUsable } from './invitations.presenter';
import * as members from './members.repository';
import { presentMembership } from './members.presenter';
import type { MembershipView } from './members.schemas';

async function join(
  trx: Executor,
  ctx: ServiceContext,
  actor: Actor,
  code: string,
): Promise<{ membership: MembershipView; joined: boolean }> {
  const invitation = await invitations.findInvitationByCode(trx, code);
  if (!invitation) throw AppError.notFound('Invitation');
  const now = ctx.clock.now().toISOString();
  if (!isUsable(invitation, ctx.clock.now())) {
    throw new AppError('invitation_expired', 'This invitation has expired or was withdrawn. Ask the program’s admin for a new link.');
  }
  const mine = await members.findMembershipsOfUser(trx, invitation.program_id, actor.userId);
  const same = mine.find((m) => m.role === invitation.role);
  if (same && same.status !== 'removed') return { membership: presentMembership(same), joined: false };
  // Being mentor and mentee of one program would let a person be matched with themselves.
  const other = mine.find((m) => m.role !== 'admin' && m.role !== invitation.role && m.status !== 'removed');
  if (other) {
    throw new AppError('already_member', `You are already a ${other.role} in this program, so you cannot also join as a ${invitation.role}.`);
  }
  let membership: members.MembershipRow;
  if (same) {
    membership = { ...same, status: 'active', updated_at: now };
    await members.updateMembership(trx, same.id, { status: 'active', updated_at: now });
  } else {
    membership = {
      id: newId(),
      program_id: invitation.program_id,
      user_id: actor.userId,
      role: invitation.role,
      status: 'active',
      created_at: now,
      updated_at: now,
    };
    await members.insertMembership(trx, membership);
  }
  await invitations.countInvitationUse(trx, invitation.id);
  await invitations.markRecipientAccepted(trx, invitation.id, actor.email.toLowerCase(), now);
  return { membership: presentMembership(membership), joined: true };
}

/**
 * Joins the invitation's program in its role. `joined` is false when the
 * actor already held that role (nothing changes); a removed member is
 * re-activated.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  actor: Actor,
  input: { code: string },
): Promise<{ membership: MembershipView; joined: boolean }> {
  try {
    return await ctx.db.transaction().execute((trx) => join(trx, ctx, actor, input.code));
  } catch (err) {
    // Two accepts at once (a double click): the one that lost finds the other's membership.
    if (!isUniqueViolation(err)) throw err;
    return ctx.db.transaction().execute((trx) => join(trx, ctx, actor, input.code));
  }
}
