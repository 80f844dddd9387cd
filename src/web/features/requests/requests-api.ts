import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { DeclineReason, MentorshipRequest, Partnership } from '../../lib/contracts';
import { partnershipsKey } from '../partnerships/partnerships-api';

export type RequestRole = 'mentor' | 'mentee';
export const requestsKey = (programId: string) => ['requests', programId] as const;

/** As mentor: the requests I received; as mentee: the ones I sent. Newest first. */
export function useRequests(programId: string, role: RequestRole, enabled = true) {
  return useQuery({
    queryKey: [...requestsKey(programId), role],
    queryFn: async () =>
      (await api.get<{ requests: MentorshipRequest[] }>(`/programs/${encodeURIComponent(programId)}/requests?role=${role}`))
        .requests,
    enabled,
  });
}

/** After any answer: requests, partnerships and suggestions (places and "requested" flags) change. */
function useInvalidate(programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: requestsKey(programId) }),
      queryClient.invalidateQueries({ queryKey: partnershipsKey }),
      queryClient.invalidateQueries({ queryKey: ['suggestions', programId] }),
      queryClient.invalidateQueries({ queryKey: ['mentors', programId] }),
    ]);
}

const requestPath = (id: string) => `/requests/${encodeURIComponent(id)}`;

export function useAcceptRequest(programId: string) {
  const invalidate = useInvalidate(programId);
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ request: MentorshipRequest; partnership: Partnership }>(`${requestPath(id)}/accept`),
    onSuccess: invalidate,
  });
}

export function useDeclineRequest(programId: string) {
  const invalidate = useInvalidate(programId);
  return useMutation({
    mutationFn: ({ id, reason, note }: { id: string; reason: DeclineReason; note: string }) =>
      api.post<{ request: MentorshipRequest }>(`${requestPath(id)}/decline`, note ? { reason, note } : { reason }),
    onSuccess: invalidate,
  });
}

export function useEditRequest(programId: string) {
  const invalidate = useInvalidate(programId);
  return useMutation({
    mutationFn: ({ id, message }: { id: string; message: string }) =>
      api.patch<{ request: MentorshipRequest }>(requestPath(id), { message }),
    onSuccess: invalidate,
  });
}

export function useWithdrawRequest(programId: string) {
  const invalidate = useInvalidate(programId);
  return useMutation({
    mutationFn: (id: string) => api.post<{ request: MentorshipRequest }>(`${requestPath(id)}/withdraw`),
    onSuccess: invalidate,
  });
}
