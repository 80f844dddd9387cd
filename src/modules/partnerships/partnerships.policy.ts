import type { MembershipStatus, Role } from '../../db/schema';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import type { Verdict } from '../programs/programs.policy';

/** What someone may do to a request: the mentor answers it, the mentee withdraws or edits it. */
export type RequestAction = 'accept' | 'decline' | 'withdraw' | 'edit';

const refusals: Record<RequestAction, string> = {
  accept: 'Only the mentor who received the request can accept it.',
  decline: 'Only the mentor who received the request can decline it.',
  withdraw: 'Only the mentee who sent the request can withdraw it.',
  edit: 'Only the mentee who sent the request can change its message.',
};

function side(action: RequestAction): 'mentor' | 'mentee' {
  switch (action) {
    case 'accept':
    case 'decline':
      return 'mentor';
    case 'withdraw':
    case 'edit':
      return 'mentee';
  }
}

interface RequestParties {
  mentee_user_id: string;
  mentee_status: MembershipStatus;
  mentor_user_id: string;
  mentor_status: MembershipStatus;
}

/**
 * A request is the business of its two people only (while they are members):
 * anyone else, admins included, is told it does not exist (`hide`, a 404);
 * the other side of the request is refused (`deny`, a 403).
 */
export function decideRequest(userId: string, r: RequestParties, action: RequestAction): Verdict {
  const isMentor = r.mentor_user_id === userId && r.mentor_status !== 'removed';
  const isMentee = r.mentee_user_id === userId && r.mentee_status !== 'removed';
  if (!isMentor && !isMentee) return 'hide';
  return (side(action) === 'mentor' ? isMentor : isMentee) ? 'allow' : 'deny';
}

export function authorizeRequest(actor: Actor, r: RequestParties, action: RequestAction): void {
  const verdict = decideRequest(actor.userId, r, action);
  if (verdict === 'hide') throw AppError.notFound('Request');
  if (verdict === 'deny') throw AppError.forbidden(refusals[action]);
}

/**
 * The pair (while still members) and the program's admins (active or paused)
 * see a partnership; everyone else is told it does not exist.
 */
export function decidePartnership(
  userId: string,
  p: { mentee_user_id: string; mentee_status: MembershipStatus; mentor_user_id: string; mentor_status: MembershipStatus },
  membershipsInProgram: { role: Role; status: MembershipStatus }[],
): Verdict {
  if (p.mentee_user_id === userId && p.mentee_status !== 'removed') return 'allow';
  if (p.mentor_user_id === userId && p.mentor_status !== 'removed') return 'allow';
  return membershipsInProgram.some((m) => m.role === 'admin' && m.status !== 'removed') ? 'allow' : 'hide';
}
