import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { User } from '../../lib/types';
import { meKey } from './use-me';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  timeZone: string;
  locale?: string;
}

/** Signing in or up starts a fresh cache: nothing from a previous user may linger. */
function useStartSession() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    queryClient.setQueryData(meKey, user);
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export function useRegister() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (input: RegisterInput) => api.post<{ user: User }>('/auth/register', input),
    onSuccess: ({ user }) => start(user),
  });
}

export function useSignIn() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<{ user: User }>('/auth/login', input),
    onSuccess: ({ user }) => start(user),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      // Keep the session query itself: providers above the router observe it, and a cleared
      // query would leave them showing the signed-out user's language and time zone.
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.getMutationCache().clear();
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => api.post<void>('/auth/password-reset', { email }) });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post<void>('/auth/password-reset/confirm', input),
  });
}
