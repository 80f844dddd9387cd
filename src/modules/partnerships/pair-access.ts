import type { MembershipStatus, PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { findPartnership, type PartnershipRow } from './partnerships.repository';

interface PairRow {
  mentee_user_id: string;
  mentee_status: MembershipStatus;
  mentor_user_id: string;
  mentor_status: MembershipStatus;
}

/** Which side of the pair a user is on, while still a member; null for anyone else. */
export function sideOf(p: PairRow, userId: string): PairSide | null {
  if (p.mentee_user_id === userId && p.mentee_status !== 'removed') return 'mentee';
  if (p.mentor_user_id === userId && p.mentor_status !== 'removed') return 'mentor';
  return null;
}

/**
 * The partnership and the viewer's side, for what is the pair's business only (meetings,
 * messages, files, notes): anyone else, the program's admins included, is told it does not
 * exist (404), so its existence does not leak.
 */
export async function requirePairMember(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<{ p: PartnershipRow; side: PairSide }> {
  const p = await findPartnership(ctx.db, partnershipId);
  const side = p ? sideOf(p, actor.userId) : null;
  if (!p || !side) throw AppError.notFound('Partnership');
  return { p, side };
}
