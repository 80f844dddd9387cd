import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Message, MessagePage, ReadResult, SharedFile, UnreadSummary } from '../../lib/contracts';

const conversationPath = (id: string) => `/partnerships/${encodeURIComponent(id)}/messages`;
const PAGE_SIZE = 30;

export const messagesKey = (partnershipId: string) => ['messages', partnershipId] as const;
export const unreadKey = ['conversations-unread'] as const;

type Pages = InfiniteData<MessagePage>;

/**
 * The conversation, newest page first; `fetchNextPage` loads earlier messages. Show it oldest
 * first with `conversationOf`.
 */
export function useConversation(partnershipId: string) {
  return useInfiniteQuery({
    queryKey: messagesKey(partnershipId),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) query.set('before', pageParam);
      return api.get<MessagePage>(`${conversationPath(partnershipId)}?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.older,
  });
}

/** Every loaded message, oldest first. */
export function conversationOf(data: Pages | undefined): Message[] {
  return data ? [...data.pages].reverse().flatMap((page) => page.messages) : [];
}

const position = (m: Message) => `${m.createdAt}|${m.id}`;

/**
 * Puts a message the page learned of (its own post, or one from the stream) into the loaded
 * conversation: in its place when it is there already (an edit, a tombstone), else after the
 * newest. Nothing happens while the conversation is not loaded: it will come with it.
 */
export function upsertMessage(queryClient: QueryClient, message: Message): void {
  queryClient.setQueryData<Pages>(messagesKey(message.partnershipId), (data) => {
    if (!data) return data;
    const known = data.pages.some((page) => page.messages.some((m) => m.id === message.id));
    const pages = data.pages.map((page, index) => {
      if (known) return { ...page, messages: page.messages.map((m) => (m.id === message.id ? message : m)) };
      if (index !== 0) return page;
      const messages = [...page.messages, message].sort((a, b) => (position(a) < position(b) ? -1 : 1));
      return { ...page, messages };
    });
    return { ...data, pages };
  });
}

/** Unread messages in each of my partnerships. */
export function useUnread() {
  return useQuery({ queryKey: unreadKey, queryFn: () => api.get<UnreadSummary>('/conversations/unread') });
}

export function unreadIn(summary: UnreadSummary | undefined, partnershipId: string): number {
  return summary?.conversations.find((c) => c.partnershipId === partnershipId)?.unread ?? 0;
}

/** Sets one conversation's unread count without asking the server again. */
export function setUnread(queryClient: QueryClient, partnershipId: string, unread: number): void {
  queryClient.setQueryData<UnreadSummary>(unreadKey, (summary) => {
    if (!summary) return summary;
    const conversations = summary.conversations.map((c) => (c.partnershipId === partnershipId ? { ...c, unread } : c));
    return { total: conversations.reduce((n, c) => n + c.unread, 0), conversations };
  });
}

/** Uploads files to go with a message (kept out of the shared list until the message takes them). */
async function uploadAttachments(partnershipId: string, files: readonly File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const form = new FormData();
    // The flag first: the server reads the parts in order and the file streams straight to storage.
    form.append('messageAttachment', 'true');
    form.append('file', file);
    const { file: stored } = await api.postForm<{ file: SharedFile }>(`/partnerships/${encodeURIComponent(partnershipId)}/files`, form);
    ids.push(stored.id);
  }
  return ids;
}

export function useSendMessage(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, files }: { text: string; files: readonly File[] }) => {
      const attachments = await uploadAttachments(partnershipId, files);
      return (await api.post<{ message: Message }>(conversationPath(partnershipId), { body: text, format: 'text', attachments })).message;
    },
    onSuccess: (message) => upsertMessage(queryClient, message),
  });
}

export function useEditMessage(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, text }: { id: string; text: string }) =>
      (await api.patch<{ message: Message }>(`${conversationPath(partnershipId)}/${encodeURIComponent(id)}`, { body: text, format: 'text' })).message,
    onSuccess: (message) => upsertMessage(queryClient, message),
  });
}

export function useDeleteMessage(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      (await api.delete<{ message: Message }>(`${conversationPath(partnershipId)}/${encodeURIComponent(id)}`)).message,
    onSuccess: (message) => upsertMessage(queryClient, message),
  });
}

/** Marks the conversation read up to its newest message; the badge follows. */
export function useMarkRead(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string) => api.post<ReadResult>(`${conversationPath(partnershipId)}/read`, { upTo }),
    onSuccess: (result) => setUnread(queryClient, partnershipId, result.unread),
  });
}
