import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Accessibility, ApiToken, User } from '../../lib/types';
import { meKey } from '../accounts/use-me';

export interface SettingsInput {
  name?: string;
  timeZone?: string;
  locale?: string;
  accessibility?: Partial<Accessibility>;
  /** Minutes before a meeting to be emailed; [] for none. */
  meetingReminders?: number[];
  messageEmails?: MessageEmails;
}

/** When new messages are emailed (the server's MESSAGE_EMAIL_CHOICES). */
export const MESSAGE_EMAIL_CHOICES = ['immediate', 'digest', 'never'] as const;
export type MessageEmails = (typeof MESSAGE_EMAIL_CHOICES)[number];

const tokensKey = ['tokens'] as const;

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SettingsInput) => (await api.patch<{ user: User }>('/me', input)).user,
    onSuccess: (user) => queryClient.setQueryData(meKey, user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<void>('/me/password', input),
  });
}

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: async () => (await api.get<{ tokens: ApiToken[] }>('/me/tokens')).tokens,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<{ token: ApiToken; secret: string }>('/me/tokens', { name }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`/me/tokens/${encodeURIComponent(tokenId)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
