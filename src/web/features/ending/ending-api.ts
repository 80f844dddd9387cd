import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { EndInput, EndResult, ReflectionInput, ReflectionState } from '../../lib/contracts';
import { partnershipKey, partnershipMeetingsKey } from '../meetings/meetings-api';
import { partnershipsKey } from '../partnerships/partnerships-api';

const pairPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;
export const reflectionKey = (id: string) => ['reflection', id] as const;

/** Ends the partnership: upcoming meetings are cancelled and both are told by email. */
export function useEndPartnership(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EndInput) => api.post<EndResult>(`${pairPath(partnershipId)}/end`, input),
    onSuccess: async (result) => {
      queryClient.setQueryData(partnershipKey(partnershipId), result.partnership);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipMeetingsKey(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: partnershipsKey }),
        queryClient.invalidateQueries({ queryKey: reflectionKey(partnershipId) }),
      ]);
    },
  });
}

export function useReflection(partnershipId: string, enabled: boolean) {
  return useQuery({ queryKey: reflectionKey(partnershipId), queryFn: () => api.get<ReflectionState>(`${pairPath(partnershipId)}/reflection`), enabled });
}

export function useReflect(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReflectionInput) => api.post(`${pairPath(partnershipId)}/reflection`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reflectionKey(partnershipId) }),
  });
}
