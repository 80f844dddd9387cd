import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Member, Membership, ProgramRole } from '../../lib/types';
import { programKey } from '../programs/programs-api';
import { membersQueryString, type MemberFilters } from './member-filters';

export const membersKey = (programId: string) => ['members', programId] as const;

/**
 * Members matching `filters`. The answer carries the filters it was fetched for, so what the
 * page says about the results always matches the rows shown, even while newer ones load.
 */
export function useMembers(programId: string, filters: MemberFilters) {
  return useQuery({
    queryKey: [...membersKey(programId), filters],
    queryFn: async () => {
      const path = `/programs/${encodeURIComponent(programId)}/members${membersQueryString(filters)}`;
      return { members: (await api.get<{ members: Member[] }>(path)).members, filters };
    },
    // Keep the previous rows on screen while the next filter loads, but never another program's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === programId ? previous : undefined),
  });
}

function useInvalidateMembers(programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersKey(programId) }),
      queryClient.invalidateQueries({ queryKey: programKey(programId) }),
    ]);
}

export function useUpdateMembership(programId: string) {
  const invalidate = useInvalidateMembers(programId);
  return useMutation({
    mutationFn: ({ membershipId, ...change }: { membershipId: string; status?: Member['status']; role?: ProgramRole }) =>
      api.patch<{ membership: Membership }>(`/memberships/${encodeURIComponent(membershipId)}`, change),
    onSuccess: invalidate,
  });
}

export function useRemoveMembership(programId: string) {
  const invalidate = useInvalidateMembers(programId);
  return useMutation({
    mutationFn: (membershipId: string) => api.delete(`/memberships/${encodeURIComponent(membershipId)}`),
    onSuccess: invalidate,
  });
}
