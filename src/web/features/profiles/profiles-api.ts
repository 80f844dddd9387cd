import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { City, Profile, ProfileInput, ProgramTopic } from '../../lib/contracts';
import { meKey } from '../accounts/use-me';

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;
export const profileKey = (programId: string) => ['profile', programId] as const;
export const topicsKey = (programId: string) => ['topics', programId] as const;

export function useMyProfile(programId: string) {
  return useQuery({
    queryKey: profileKey(programId),
    queryFn: async () => (await api.get<{ profile: Profile }>(`${programPath(programId)}/profile`)).profile,
  });
}

export function useSaveProfile(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProfileInput) =>
      (await api.put<{ profile: Profile }>(`${programPath(programId)}/profile`, input)).profile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKey(programId), profile);
      // A new zone is the person's own (every time on screen follows it); suggestions depend on the profile.
      void queryClient.invalidateQueries({ queryKey: meKey });
      void queryClient.invalidateQueries({ queryKey: ['suggestions', programId] });
      void queryClient.invalidateQueries({ queryKey: ['mentors', programId] });
    },
  });
}

export function useProgramTopics(programId: string) {
  return useQuery({
    queryKey: topicsKey(programId),
    queryFn: async () => (await api.get<{ topics: ProgramTopic[] }>(`${programPath(programId)}/topics`)).topics,
    staleTime: 5 * 60_000,
  });
}

export function useSaveProgramTopics(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (topics: string[]) =>
      (await api.put<{ topics: ProgramTopic[] }>(`${programPath(programId)}/topics`, { topics })).topics,
    onSuccess: (topics) => queryClient.setQueryData(topicsKey(programId), topics),
  });
}

/** Cities whose name starts with `q` (most populous first); nothing is asked for an empty query. */
export function useCitySearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['cities', query.toLowerCase()],
    queryFn: async () =>
      (await api.get<{ cities: City[] }>(`/cities?q=${encodeURIComponent(query)}&limit=8`)).cities,
    enabled: query.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
