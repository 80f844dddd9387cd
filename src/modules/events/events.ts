import type { Executor } from '../../db/database';

/** What the stream tells about. Clients refetch what a `meeting.changed` or `request.updated` names. */
export const EVENT_KINDS = [
  'message.created',
  'message.updated',
  'message.deleted',
  'conversation.read',
  'meeting.changed',
  'request.updated',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** An event to publish: the same data for each recipient (each gets a row of their own). */
export interface NewEvent {
  kind: EventKind;
  userIds: readonly string[];
  data: object;
}

/** An event as stored and streamed to one user. */
export interface StoredEvent {
  id: string;
  userId: string;
  kind: string;
  /** JSON text, streamed as it is. */
  data: string;
  createdAt: string;
}

/** Where a stream writes: false from `write` means the client is too slow and the stream is dropped. */
export interface StreamSink {
  write(frame: string): boolean;
  end(): void;
}

export interface OpenStream {
  close(): Promise<void>;
}

/**
 * Real-time events for people. `publish` writes the event in the caller's transaction (open it
 * with `inTransaction`) and wakes live streams on every instance once it commits; the stored
 * rows let a reconnecting client replay what it missed.
 */
export interface EventBus {
  publish(db: Executor, events: NewEvent | readonly NewEvent[]): Promise<void>;
  /** A user's live stream: what they missed after `lastEventId` first (bounded), then events as they happen. */
  openStream(userId: string, lastEventId: string | null, sink: StreamSink): Promise<OpenStream>;
  /** Which of these users have a stream open on any instance now. */
  onlineUsers(db: Executor, userIds: readonly string[]): Promise<Set<string>>;
  /** Ends every open stream (so the server can close) and stops listening. */
  close(): Promise<void>;
}

/** One server-sent event: `id`, `event` and a one-line JSON `data`. */
export function sseFrame(e: Pick<StoredEvent, 'id' | 'kind' | 'data'>): string {
  return `id: ${e.id}\nevent: ${e.kind}\ndata: ${e.data}\n\n`;
}
