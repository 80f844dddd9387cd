import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { CreateTimeEntryInput, TimeEntry, TimeLog } from '../../lib/contracts';

export const timeLogKey = (partnershipId: string) => ['time-log', partnershipId] as const;

/** Every contact (held meetings and logged time), latest first, with the totals. */
export function useTimeLog(partnershipId: string) {
  return useQuery({ queryKey: timeLogKey(partnershipId), queryFn: () => api.get<TimeLog>(`/partnerships/${encodeURIComponent(partnershipId)}/time-log`) });
}

export function useLogTime(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateTimeEntryInput) =>
      (await api.post<{ entry: TimeEntry }>(`/partnerships/${encodeURIComponent(partnershipId)}/time-log`, input)).entry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeLogKey(partnershipId) }),
  });
}

export function useDeleteTimeEntry(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/time-log/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeLogKey(partnershipId) }),
  });
}
