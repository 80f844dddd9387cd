import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { ImportResult, Invitation, Membership, ParticipantRole, PublicInvitation } from '../../lib/types';
import { programKey, programsKey } from '../programs/programs-api';

const path = (programId: string) => `/programs/${encodeURIComponent(programId)}/invitations`;
export const invitationsKey = (programId: string) => ['invitations', programId] as const;

export interface CreatedInvitation {
  invitation: Invitation;
  code: string;
  url: string;
  emailed: number;
}

export function useInvitations(programId: string) {
  return useQuery({
    queryKey: invitationsKey(programId),
    queryFn: async () => (await api.get<{ invitations: Invitation[] }>(path(programId))).invitations,
  });
}

export function useCreateInvitation(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { role: ParticipantRole; emails?: string[] }) =>
      api.post<CreatedInvitation>(path(programId), input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: invitationsKey(programId) }),
  });
}

export function useRevokeInvitation(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.delete(`/invitations/${encodeURIComponent(code)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: invitationsKey(programId) }),
  });
}

export function useImportCsv(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => api.postText<ImportResult>(`${path(programId)}/import`, csv, 'text/csv'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: invitationsKey(programId) });
      void queryClient.invalidateQueries({ queryKey: programKey(programId) });
    },
  });
}

/** Public: anyone holding the code may see which program and role it is for. */
export function usePublicInvitation(code: string) {
  return useQuery({
    queryKey: ['invitation', code],
    queryFn: async () =>
      (await api.get<{ invitation: PublicInvitation }>(`/invitations/${encodeURIComponent(code)}`)).invitation,
  });
}

export function useAcceptInvitation(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      (await api.post<{ membership: Membership }>(`/invitations/${encodeURIComponent(code)}/accept`)).membership,
    onSuccess: (membership) => {
      void queryClient.invalidateQueries({ queryKey: programsKey });
      void queryClient.invalidateQueries({ queryKey: programKey(membership.programId) });
    },
  });
}
