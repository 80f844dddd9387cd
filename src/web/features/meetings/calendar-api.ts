import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { AvailabilityChanges, CalendarFeed, OverrideInput, TravelInput } from '../../lib/contracts';
import { allSlotsKey } from './meetings-api';

const feedKey = ['calendar-feed'] as const;
const changesKey = ['availability-changes'] as const;

/** My private calendar subscription address. */
export function useCalendarFeed() {
  return useQuery({ queryKey: feedKey, queryFn: () => api.get<CalendarFeed>('/account/calendar-feed') });
}

/** A new address; the old one stops working at once. */
export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeed>('/account/calendar-feed'),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}

/** My date overrides (days off, extra hours) and travel periods. */
export function useAvailabilityChanges() {
  return useQuery({ queryKey: changesKey, queryFn: () => api.get<AvailabilityChanges>('/account/availability-changes') });
}

/** Any change moves the times a pair can meet, so every list of free times is stale too. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: changesKey }),
      queryClient.invalidateQueries({ queryKey: allSlotsKey }),
    ]);
}

export function useAddOverride() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: OverrideInput) => api.post<unknown>('/account/availability-overrides', input),
    onSuccess: invalidate,
  });
}

export function useAddTravel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TravelInput) => api.post<unknown>('/account/travel', input),
    onSuccess: invalidate,
  });
}

export function useRemoveChange() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ kind, id }: { kind: 'override' | 'travel'; id: string }) =>
      api.delete(`/account/${kind === 'override' ? 'availability-overrides' : 'travel'}/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}
