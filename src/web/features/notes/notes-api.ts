import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { CreateNoteInput, Note, UpdateNoteInput } from '../../lib/contracts';

export const notesKey = (partnershipId: string) => ['notes', partnershipId] as const;
const notePath = (id: string) => `/notes/${encodeURIComponent(id)}`;

/** Shared notes and my own private ones, newest first. */
export function useNotes(partnershipId: string) {
  return useQuery({
    queryKey: notesKey(partnershipId),
    queryFn: async () => (await api.get<{ notes: Note[] }>(`/partnerships/${encodeURIComponent(partnershipId)}/notes`)).notes,
  });
}

function useNoteChange<I, R>(partnershipId: string, change: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey(partnershipId) }) });
}

export const useCreateNote = (partnershipId: string) =>
  useNoteChange(partnershipId, async (input: CreateNoteInput) =>
    (await api.post<{ note: Note }>(`/partnerships/${encodeURIComponent(partnershipId)}/notes`, input)).note,
  );
export const useUpdateNote = (partnershipId: string) =>
  useNoteChange(partnershipId, async ({ id, input }: { id: string; input: UpdateNoteInput }) => (await api.patch<{ note: Note }>(notePath(id), input)).note);
export const useDeleteNote = (partnershipId: string) => useNoteChange(partnershipId, (id: string) => api.delete(notePath(id)));
