import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Partnership } from '../../lib/contracts';

export const partnershipsKey = ['partnerships'] as const;

/** My partnerships in every program, as mentor or mentee, most recently started first. */
export function useMyPartnerships() {
  return useQuery({
    queryKey: partnershipsKey,
    queryFn: async () => (await api.get<{ partnerships: Partnership[] }>('/partnerships')).partnerships,
  });
}
