import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Cycle, Program } from '../../lib/types';

export const programsKey = ['programs'] as const;
export const programKey = (id: string) => ['program', id] as const;

export type CycleInput = Omit<Cycle, 'id'>;

export function usePrograms() {
  return useQuery({
    queryKey: programsKey,
    queryFn: async () => (await api.get<{ programs: Program[] }>('/programs')).programs,
  });
}

export function useProgram(programId: string) {
  return useQuery({
    queryKey: programKey(programId),
    queryFn: async () => (await api.get<{ program: Program }>(`/programs/${encodeURIComponent(programId)}`)).program,
  });
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { name: string; description: string }) =>
      (await api.post<{ program: Program }>('/programs', input)).program,
    onSuccess: (program) => {
      queryClient.setQueryData(programKey(program.id), program);
      void queryClient.invalidateQueries({ queryKey: programsKey });
    },
  });
}

/** After any change to a program or its cycles, both the program and the list are stale. */
function useInvalidateProgram(programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: programKey(programId) }),
      queryClient.invalidateQueries({ queryKey: programsKey }),
    ]);
}

export function useUpdateProgram(programId: string) {
  const invalidate = useInvalidateProgram(programId);
  return useMutation({
    mutationFn: (input: { name: string; description: string }) =>
      api.patch<{ program: Program }>(`/programs/${encodeURIComponent(programId)}`, input),
    onSuccess: invalidate,
  });
}

export function useCreateCycle(programId: string) {
  const invalidate = useInvalidateProgram(programId);
  return useMutation({
    mutationFn: (input: CycleInput) =>
      api.post<{ cycle: Cycle }>(`/programs/${encodeURIComponent(programId)}/cycles`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateCycle(programId: string) {
  const invalidate = useInvalidateProgram(programId);
  return useMutation({
    mutationFn: ({ id, ...input }: Cycle) => api.patch<{ cycle: Cycle }>(`/cycles/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteCycle(programId: string) {
  const invalidate = useInvalidateProgram(programId);
  return useMutation({
    mutationFn: (cycleId: string) => api.delete(`/cycles/${encodeURIComponent(cycleId)}`),
    onSuccess: invalidate,
  });
}
