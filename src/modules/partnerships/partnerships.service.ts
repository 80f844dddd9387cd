import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { findMembershipsOfUser } from '../programs/members.repository';
import { decidePartnership } from './partnerships.policy';
import { presentPartnership } from './partnerships.presenter';
import * as repo from './partnerships.repository';
import type { PartnershipView } from './partnerships.schemas';

/** My partnerships in every program, as mentor or as mentee. */
export async function listMyPartnerships(ctx: ServiceContext, actor: Actor): Promise<PartnershipView[]> {
  return (await repo.listPartnershipsOfUser(ctx.db, actor.userId)).map((p) => presentPartnership(p, actor.userId));
}

/** One partnership, for the pair and the program's admins. */
export async function getPartnership(ctx: ServiceContext, actor: Actor, input: { partnershipId: string }): Promise<PartnershipView> {
  const p = await repo.findPartnership(ctx.db, input.partnershipId);
  if (!p) throw AppError.notFound('Partnership');
  const memberships = await findMembershipsOfUser(ctx.db, p.program_id, actor.userId);
  if (decidePartnership(actor.userId, p, memberships) !== 'allow') throw AppError.notFound('Partnership');
  return presentPartnership(p, actor.userId);
}
