import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { SharedFile } from '../../lib/contracts';

const filesPath = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}/files`;
const filePath = (fileId: string) => `/files/${encodeURIComponent(fileId)}`;

export const filesKey = (partnershipId: string) => ['files', partnershipId] as const;

/** The pair's shared files, newest first. */
export function useFiles(partnershipId: string) {
  return useQuery({
    queryKey: filesKey(partnershipId),
    queryFn: async () => (await api.get<{ files: SharedFile[] }>(filesPath(partnershipId))).files,
  });
}

function useRefresh(partnershipId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: filesKey(partnershipId) });
}

export function useUploadFile(partnershipId: string) {
  const refresh = useRefresh(partnershipId);
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return (await api.postForm<{ file: SharedFile }>(filesPath(partnershipId), form)).file;
    },
    onSuccess: refresh,
  });
}

/** Lets the program's admins read a file, or stops them (its uploader only). */
export function useShareFile(partnershipId: string) {
  const refresh = useRefresh(partnershipId);
  return useMutation({
    mutationFn: async ({ id, sharedWithProgram }: { id: string; sharedWithProgram: boolean }) =>
      (await api.patch<{ file: SharedFile }>(filePath(id), { sharedWithProgram })).file,
    onSuccess: refresh,
  });
}

export function useDeleteFile(partnershipId: string) {
  const refresh = useRefresh(partnershipId);
  return useMutation({ mutationFn: (id: string) => api.delete(filePath(id)), onSuccess: refresh });
}
