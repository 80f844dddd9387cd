import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Constraint, Run, RunDetail, RunMode, Settings } from '../../lib/contracts';
import { partnershipsKey } from '../partnerships/partnerships-api';
import { programKey } from '../programs/programs-api';

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;
const settingsKey = (programId: string) => ['matching-settings', programId] as const;
const runsKey = (programId: string) => ['matching-runs', programId] as const;
const runKey = (runId: string) => ['matching-run', runId] as const;
const constraintsKey = (programId: string) => ['matching-constraints', programId] as const;

/** How often a running run is asked for its progress. */
export const POLL_MS = 500;

export function useMatchingSettings(programId: string) {
  return useQuery({
    queryKey: settingsKey(programId),
    queryFn: async () => (await api.get<{ settings: Settings }>(`${programPath(programId)}/matching-settings`)).settings,
  });
}

export function useSaveMatchingSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (settings: Settings) =>
      (await api.put<{ settings: Settings }>(`${programPath(programId)}/matching-settings`, settings)).settings,
    onSuccess: (settings) => queryClient.setQueryData(settingsKey(programId), settings),
  });
}

export function useRuns(programId: string) {
  return useQuery({
    queryKey: runsKey(programId),
    queryFn: async () => (await api.get<{ runs: Run[] }>(`${programPath(programId)}/matching-runs`)).runs,
  });
}

/** One run; asked again every half second while it is running, and no more once it is done. */
export function useRun(programId: string, runId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: runKey(runId ?? ''),
    queryFn: async () => {
      const detail = await api.get<RunDetail>(`/matching-runs/${encodeURIComponent(runId ?? '')}`);
      // Keep the runs list in step with what this run says (status, matched) without asking again.
      queryClient.setQueryData<Run[]>(runsKey(programId), (runs) => runs?.map((r) => (r.id === detail.run.id ? detail.run : r)));
      return detail;
    },
    enabled: runId !== null,
    refetchInterval: (query) => (query.state.data?.run.status === 'running' ? POLL_MS : false),
  });
}

export function useStartRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (mode: RunMode) => (await api.post<{ run: Run }>(`${programPath(programId)}/matching-runs`, { mode })).run,
    onSuccess: (run) => {
      queryClient.setQueryData<Run[]>(runsKey(programId), (runs) => [run, ...(runs ?? [])]);
      queryClient.setQueryData<RunDetail>(runKey(run.id), { run, pairs: [], unmatched: [] });
    },
  });
}

export function usePublishRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) =>
      api.post<{ run: Run; partnerships: number }>(`/matching-runs/${encodeURIComponent(runId)}/publish`),
    onSettled: (_data, _error, runId) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: runsKey(programId) }),
        queryClient.invalidateQueries({ queryKey: runKey(runId) }),
        queryClient.invalidateQueries({ queryKey: partnershipsKey }),
        queryClient.invalidateQueries({ queryKey: programKey(programId) }),
      ]),
  });
}

export function useConstraints(programId: string) {
  return useQuery({
    queryKey: constraintsKey(programId),
    queryFn: async () =>
      (await api.get<{ constraints: Constraint[] }>(`${programPath(programId)}/matching-constraints`)).constraints,
  });
}

export interface PairIds {
  menteeId: string;
  mentorId: string;
}

export function useSetConstraint(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PairIds & { kind: Constraint['kind'] }) =>
      api.put<void>(`${programPath(programId)}/matching-constraints`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: constraintsKey(programId) }),
  });
}

export function useClearConstraint(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ menteeId, mentorId }: PairIds) =>
      api.delete(
        `${programPath(programId)}/matching-constraints/${encodeURIComponent(menteeId)}/${encodeURIComponent(mentorId)}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: constraintsKey(programId) }),
  });
}
