import http from 'node:http';

/** One server-sent event as a browser's EventSource would dispatch it. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
  /** When it arrived (performance.now()), for latency measurements. */
  receivedAt: number;
}

export interface SseStream {
  status: number;
  events: SseEvent[];
  /** Comment lines received (heartbeats). */
  comments: number;
  /** The last `id:` seen, as EventSource keeps it for Last-Event-ID. */
  lastEventId: string | null;
  /** Called for each event as it arrives (before waiters). */
  onEvent: ((e: SseEvent) => void) | null;
  /** The first event received so far or later that matches. */
  waitFor(match: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Parsed JSON data of an event. */
export const dataOf = <T = Record<string, unknown>>(e: SseEvent): T => JSON.parse(e.data) as T;

/**
 * A minimal EventSource over node:http (no reconnection: tests reconnect by hand, with the
 * Last-Event-ID they choose). Resolves once the response headers arrive; a non-200 answer
 * resolves too, with its status and no events.
 */
export function openSse(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, ...(agent ? { agent } : {}) }, (res) => {
      const waiters = new Set<() => void>();
      let buffer = '';
      let endResolve: () => void = () => {};
      const stream: SseStream = {
        status: res.statusCode ?? 0,
        events: [],
        comments: 0,
        lastEventId: null,
        onEvent: null,
        ended: new Promise<void>((r) => (endResolve = r)),
        waitFor(match, timeoutMs = 5000) {
          return new Promise((ok, fail) => {
            const check = () => {
              const found = stream.events.find(match);
              if (!found) return false;
              clearTimeout(timer);
              waiters.delete(waiter);
              ok(found);
              return true;
            };
            const waiter = () => void check();
            const timer = setTimeout(() => {
              waiters.delete(waiter);
              fail(new Error(`no matching event within ${timeoutMs} ms; got ${stream.events.map((e) => e.event).join(', ') || 'none'}`));
            }, timeoutMs);
            if (!check()) waiters.add(waiter);
          });
        },
        close() {
          req.destroy();
        },
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk.replace(/\r\n?/g, '\n');
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let id: string | null = null;
          let event = 'message';
          const data: string[] = [];
          let fields = 0;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              stream.comments++;
              continue;
            }
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            fields++;
            if (field === 'id') id = value;
            else if (field === 'event') event = value;
            else if (field === 'data') data.push(value);
          }
          if (id !== null) stream.lastEventId = id;
          if (fields === 0 || data.length === 0) continue;
          const e: SseEvent = { id, event, data: data.join('\n'), receivedAt: performance.now() };
          stream.events.push(e);
          stream.onEvent?.(e);
          for (const w of [...waiters]) w();
        }
      });
      res.on('end', () => endResolve());
      res.on('close', () => endResolve());
      res.on('error', () => endResolve());
      resolve(stream);
    });
    req.on('error', reject);
  });
}

/** Starts a built app on a free loopback port; returns its base URL. */
export async function listenOnLoopback(app: { listen(o: { port: number; host: string }): Promise<string> }): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return address.replace('localhost', '127.0.0.1');
}
