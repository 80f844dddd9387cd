import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { MentorCard, MentorshipRequest } from '../../lib/contracts';
import { mentorsQueryString, type MentorFilters } from './mentor-filters';

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;
export const suggestionsKey = (programId: string) => ['suggestions', programId] as const;
export const mentorsKey = (programId: string) => ['mentors', programId] as const;

export function useSuggestions(programId: string) {
  return useQuery({
    queryKey: suggestionsKey(programId),
    queryFn: async () =>
      (await api.get<{ suggestions: MentorCard[] }>(`${programPath(programId)}/suggestions?limit=20`)).suggestions,
  });
}

/** Search results; the answer carries its filters, so the count announced always matches the cards. */
export function useMentorSearch(programId: string, filters: MentorFilters, enabled: boolean) {
  return useQuery({
    queryKey: [...mentorsKey(programId), filters],
    queryFn: async () => ({
      ...(await api.get<{ mentors: MentorCard[]; total: number }>(
        `${programPath(programId)}/mentors${mentorsQueryString(filters)}`,
      )),
      filters,
    }),
    enabled,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === programId ? previous : undefined),
  });
}

export type Mark = 'bookmark' | 'hide' | null;

/** Shows a mark on every cached card of that mentor at once; hidden mentors leave the suggestions. */
function applyMark(queryClient: QueryClient, programId: string, mentorId: string, mark: Mark) {
  const patch = (card: MentorCard): MentorCard =>
    card.mentorId === mentorId ? { ...card, bookmarked: mark === 'bookmark', hidden: mark === 'hide' } : card;
  queryClient.setQueryData<MentorCard[]>(suggestionsKey(programId), (cards) =>
    cards?.map(patch).filter((card) => !card.hidden),
  );
  queryClient.setQueriesData<{ mentors: MentorCard[]; total: number }>({ queryKey: mentorsKey(programId) }, (data) =>
    data ? { ...data, mentors: data.mentors.map(patch) } : data,
  );
}

export function useMarkMentor(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mentorId, mark }: { mentorId: string; mark: Mark }) => {
      const path = `${programPath(programId)}/mentors/${encodeURIComponent(mentorId)}/mark`;
      return mark ? api.put<void>(path, { kind: mark }) : api.delete(path);
    },
    onSuccess: (_, { mentorId, mark }) => {
      applyMark(queryClient, programId, mentorId, mark);
      // Searches filtered by bookmarks or hides change membership, not just a flag.
      void queryClient.invalidateQueries({ queryKey: mentorsKey(programId), refetchType: 'none' });
    },
  });
}

export function useCreateRequest(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { mentorId: string; message: string }) =>
      (await api.post<{ request: MentorshipRequest }>(`${programPath(programId)}/requests`, input)).request,
    onSuccess: (_, { mentorId }) => {
      const patch = (card: MentorCard) => (card.mentorId === mentorId ? { ...card, requested: true } : card);
      queryClient.setQueryData<MentorCard[]>(suggestionsKey(programId), (cards) => cards?.map(patch));
      queryClient.setQueriesData<{ mentors: MentorCard[]; total: number }>({ queryKey: mentorsKey(programId) }, (data) =>
        data ? { ...data, mentors: data.mentors.map(patch) } : data,
      );
      void queryClient.invalidateQueries({ queryKey: ['requests', programId] });
    },
  });
}
