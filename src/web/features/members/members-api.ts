import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Member, Membership, ProgramRole } from '../../lib/types';
import { programKey } from '../programs/programs-api';

export const membersKey = (programId: string) => ['members', programId] as const;

export function useMembers(programId: string) {
  return useQuery({
    queryKey: membersKey(programId),
    queryFn: async () =>
      (await api.get<{ members: Member[] }>(`/programs/${encodeURIComponent(programId)}/members`)).members,
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
