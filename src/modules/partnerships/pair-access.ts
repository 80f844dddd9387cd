import type { MembershipStatus, PairSide } from '../../db/schema';

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
