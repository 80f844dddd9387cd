import { z } from 'zod';
import { participantRoleSchema, roleSchema } from './programs.schemas';

const currentStatus = z.enum(['active', 'paused']);

export const membershipParams = z.object({ membershipId: z.string().uuid() });

export const membershipSchema = z.object({
  id: z.string(),
  programId: z.string(),
  userId: z.string(),
  role: roleSchema,
  status: currentStatus,
  createdAt: z.string(),
});
export type MembershipView = z.infer<typeof membershipSchema>;

export const memberSchema = z.object({
  membershipId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  status: currentStatus,
  timeZone: z.string(),
  joinedAt: z.string(),
});
export type MemberView = z.infer<typeof memberSchema>;

export const membersQuery = z.object({
  role: roleSchema.optional(),
  status: currentStatus.optional(),
  q: z.string().trim().max(200).optional().describe('Part of the name or email, any case'),
});
export type MembersQuery = z.infer<typeof membersQuery>;

export const updateMembershipBody = z
  .object({
    status: currentStatus.optional(),
    role: participantRoleSchema.optional().describe('Switch a mentor to mentee or back; admin memberships keep their role'),
  })
  .strict();
export type MembershipUpdate = z.infer<typeof updateMembershipBody>;

export const membershipResponse = z.object({ membership: membershipSchema });
export const membersResponse = z.object({
  members: z.array(memberSchema).describe('Removed members are left out; sorted admins, mentors, mentees, then by name'),
});
