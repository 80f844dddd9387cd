import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Nudge, Rematch, Report } from '../../lib/contracts';
import { reportPath, type ReportFilters } from './report-filters';

const reportKey = (programId: string) => ['report', programId] as const;

export function useReport(programId: string, filters: ReportFilters) {
  const path = reportPath(programId, filters);
  return useQuery({
    queryKey: [...reportKey(programId), path],
    queryFn: async () => (await api.get<{ report: Report }>(path)).report,
    placeholderData: keepPreviousData,
  });
}

/** Emails both people of a quiet pair (once a week at most: 409 recently_nudged). */
export function useNudge(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnershipId: string) =>
      api.post<Nudge>(`/programs/${encodeURIComponent(programId)}/stalled/${encodeURIComponent(partnershipId)}/nudge`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKey(programId) }),
  });
}

/** After "not a good fit": offers the mentee a new match, once. */
export function useRematch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (responseId: string) =>
      api.post<Rematch>(`/programs/${encodeURIComponent(programId)}/fit-alerts/${encodeURIComponent(responseId)}/rematch`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKey(programId) }),
  });
}
