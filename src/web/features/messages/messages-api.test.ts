import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Message, MessagePage } from '../../lib/contracts';
import { conversationOf, messagesKey, setUnread, unreadKey, upsertMessage } from './messages-api';

const message = (id: string, createdAt: string, text = id): Message => ({
  id,
  partnershipId: 'p1',
  author: { userId: 'u1', name: 'Maya', side: 'mentee' },
  html: `<p>${text}</p>`,
  text,
  createdAt,
  editedAt: null,
  deletedAt: null,
  deleted: false,
  editableUntil: null,
  attachments: [],
});

const page = (messages: Message[], older: string | null): MessagePage => ({
  messages,
  older,
  newer: null,
  unread: 0,
  readMarker: null,
  otherReadMarker: null,
  viewerSide: 'mentor',
});

function loaded(): QueryClient {
  const client = new QueryClient();
  // Newest page first, as the infinite query keeps them.
  client.setQueryData<InfiniteData<MessagePage>>(messagesKey('p1'), {
    pages: [page([message('c', '2026-11-24T10:02:00Z'), message('d', '2026-11-24T10:03:00Z')], 'cursor'), page([message('a', '2026-11-24T10:00:00Z')], null)],
    pageParams: [null, 'cursor'],
  });
  return client;
}

const ids = (client: QueryClient) => conversationOf(client.getQueryData(messagesKey('p1'))).map((m) => m.id);

describe('keeping the loaded conversation current', () => {
  it('shows the pages oldest first', () => {
    expect(ids(loaded())).toEqual(['a', 'c', 'd']);
  });

  it('adds a new message after the newest, once, even when it arrives twice (the post and the stream)', () => {
    const client = loaded();
    upsertMessage(client, message('e', '2026-11-24T10:04:00Z'));
    upsertMessage(client, message('e', '2026-11-24T10:04:00Z'));
    expect(ids(client)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps time order when one arrives late', () => {
    const client = loaded();
    upsertMessage(client, message('c2', '2026-11-24T10:02:30Z'));
    expect(ids(client)).toEqual(['a', 'c', 'c2', 'd']);
  });

  it('replaces an edited or deleted message in its place, in any page', () => {
    const client = loaded();
    upsertMessage(client, { ...message('a', '2026-11-24T10:00:00Z', ''), deleted: true });
    const all = conversationOf(client.getQueryData(messagesKey('p1')));
    expect(all.map((m) => [m.id, m.deleted])).toEqual([['a', true], ['c', false], ['d', false]]);
  });

  it('leaves a conversation that is not loaded alone', () => {
    const client = new QueryClient();
    upsertMessage(client, message('x', '2026-11-24T10:00:00Z'));
    expect(client.getQueryData(messagesKey('p1'))).toBeUndefined();
  });

  it('sets one conversation’s unread count and the total', () => {
    const client = new QueryClient();
    client.setQueryData(unreadKey, { total: 5, conversations: [{ partnershipId: 'p1', unread: 3, lastMessageAt: null }, { partnershipId: 'p2', unread: 2, lastMessageAt: null }] });
    setUnread(client, 'p1', 0);
    expect(client.getQueryData(unreadKey)).toEqual({ total: 2, conversations: [{ partnershipId: 'p1', unread: 0, lastMessageAt: null }, { partnershipId: 'p2', unread: 2, lastMessageAt: null }] });
  });
});
