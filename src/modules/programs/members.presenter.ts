import type { MembershipStatus, Role } from '../../db/schema';
import type { MembershipRow } from './members.repository';
import type { MemberView, MembershipView } from './members.schemas';

/** Only current memberships are shown; a removed one is reported as gone before it gets here. */
const current = (s: MembershipStatus): 'active' | 'paused' => (s === 'paused' ? 'paused' : 'active');

export function presentMembership(m: MembershipRow): MembershipView {
  return {
    id: m.id,
    programId: m.program_id,
    userId: m.user_id,
    role: m.role,
    status: current(m.status),
    createdAt: m.created_at,
  };
}

export function presentMember(m: {
  membership_id: string;
  user_id: string;
  name: string;
  email: string;
  role: Role;
  status: MembershipStatus;
  time_zone: string;
  created_at: string;
}): MemberView {
  return {
    membershipId: m.membership_id,
    userId: m.user_id,
    name: m.name,
    email: m.email,
    role: m.role,
    status: current(m.status),
    timeZone: m.time_zone,
    joinedAt: m.created_at,
  };
}
