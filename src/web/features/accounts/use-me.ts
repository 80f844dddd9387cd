import { useQuery } from '@tanstack/react-query';
import { api, isApiError, rememberCsrfToken } from '../../lib/api';
import type { User } from '../../lib/types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<User | null> {
  try {
    const { user, csrfToken } = await api.get<{ user: User; csrfToken: string | null }>('/me');
    rememberCsrfToken(csrfToken);
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
