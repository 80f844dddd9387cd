import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type {
  CancelMeetingInput,
  CounterProposeInput,
  CreateMeetingInput,
  Meeting,
  OutcomeInput,
  Partnership,
  PartnershipMeetings,
  RescheduleInput,
  Slots,
  UpdateMeetingInput,
} from '../../lib/contracts';

const partnershipPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;
const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export const partnershipKey = (id: string) => ['partnership', id] as const;
export const partnershipMeetingsKey = (id: string) => ['partnership-meetings', id] as const;
export const allSlotsKey = ['slots'] as const;
export const slotsKey = (id: string) => [...allSlotsKey, id] as const;

/** Where the calendar file of a meeting downloads from (a plain link: the browser saves it). */
export const icsHref = (meetingId: string) => `/api/v1${meetingPath(meetingId)}/ics`;

export function usePartnership(partnershipId: string) {
  return useQuery({
    queryKey: partnershipKey(partnershipId),
    queryFn: async () => (await api.get<{ partnership: Partnership }>(partnershipPath(partnershipId))).partnership,
  });
}

/** Upcoming (soonest first) and past meetings of one pair, with the tally of who bore the awkward hours. */
export function usePartnershipMeetings(partnershipId: string) {
  return useQuery({
    queryKey: partnershipMeetingsKey(partnershipId),
    queryFn: () => api.get<PartnershipMeetings>(`${partnershipPath(partnershipId)}/meetings`),
  });
}

export interface SlotSearch {
  /** 'YYYY-MM-DD', first and last day in the viewer's zone. */
  from: string;
  to: string;
  duration: number;
}

/** Times both people could meet; the previous list stays on screen while a new search loads. */
export function useSlots(partnershipId: string, search: SlotSearch) {
  const query = new URLSearchParams({ from: search.from, to: search.to, duration: String(search.duration) });
  return useQuery({
    queryKey: [...slotsKey(partnershipId), search],
    queryFn: () => api.get<Slots>(`${partnershipPath(partnershipId)}/slots?${query}`),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a meeting: the pair's meetings, the tally, and the free times are stale. */
function useInvalidate(partnershipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: partnershipMeetingsKey(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: slotsKey(partnershipId) }),
    ]);
}

type MeetingResult = { meeting: Meeting };

export function useCreateMeeting(partnershipId: string) {
  const invalidate = useInvalidate(partnershipId);
  return useMutation({
    mutationFn: async (input: CreateMeetingInput) =>
      (await api.post<MeetingResult>(`${partnershipPath(partnershipId)}/meetings`, input)).meeting,
    onSuccess: invalidate,
  });
}

/** One of the state changes of a meeting (`confirm`, `propose`, `reschedule`, `cancel`, `outcome`). */
function useMeetingAction<I>(partnershipId: string, action: string) {
  const invalidate = useInvalidate(partnershipId);
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: I }) =>
      (await api.post<MeetingResult>(`${meetingPath(id)}/${action}`, input)).meeting,
    onSuccess: invalidate,
  });
}

export const useConfirmMeeting = (partnershipId: string) => useMeetingAction<{ start: string }>(partnershipId, 'confirm');
export const useCounterPropose = (partnershipId: string) => useMeetingAction<CounterProposeInput>(partnershipId, 'propose');
export const useRescheduleMeeting = (partnershipId: string) => useMeetingAction<RescheduleInput>(partnershipId, 'reschedule');
export const useCancelMeeting = (partnershipId: string) => useMeetingAction<CancelMeetingInput>(partnershipId, 'cancel');
export const useRecordOutcome = (partnershipId: string) => useMeetingAction<OutcomeInput>(partnershipId, 'outcome');

export function useUpdateMeeting(partnershipId: string) {
  const invalidate = useInvalidate(partnershipId);
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateMeetingInput }) =>
      (await api.patch<MeetingResult>(meetingPath(id), input)).meeting,
    onSuccess: invalidate,
  });
}

/**
 * Waits for a mutation, then calls `done`, even when the component that started it was
 * replaced meanwhile: a confirmed proposal's choice form leaves as the list refreshes, and
 * TanStack Query drops the per-call callbacks of `mutate` once its observer unmounts.
 * Failures stay in the mutation's state for whatever still shows it, and go to `failed`.
 */
export function settle<T>(run: Promise<T>, done: (value: T) => void, failed?: (error: unknown) => void): void {
  void run.then(done, (error: unknown) => failed?.(error));
}
