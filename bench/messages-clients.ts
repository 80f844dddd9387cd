import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { openSse, type SseStream } from '../test/sse';

export interface ClientInput {
  base: string;
  users: { id: string; headers: { cookie: string; 'x-csrf-token': string }; partnershipId: string }[];
  messages: number;
  concurrency: number;
}

export interface ClientResult {
  latencies: number[];
  received: number;
  seconds: number;
}

/**
 * Every user opens their event stream; then messages are posted (`concurrency` in flight at
 * once, each from the next user round the pairs) and each is timed from its POST leaving until
 * the other side's stream has it. Latencies are for the other side only, not the author's echo.
 */
async function run({ base, users, messages, concurrency }: ClientInput): Promise<ClientResult> {
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const received = new Set<number>();
  let lastReceived = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const streams: SseStream[] = await Promise.all(
    users.map(async (u) => {
      const s = await openSse(`${base}/api/v1/stream`, { cookie: u.headers.cookie }, agent);
      if (s.status !== 200) throw new Error(`stream refused: ${s.status}`);
      s.onEvent = (e) => {
        if (e.event !== 'message.created') return;
        const m = (JSON.parse(e.data) as { message: { author: { userId: string }; text: string } }).message;
        if (m.author.userId === u.id) return;
        const n = Number(m.text.slice(1));
        const t0 = sentAt.get(n);
        if (t0 === undefined || received.has(n)) return;
        received.add(n);
        latencies.push(e.receivedAt - t0);
        lastReceived = e.receivedAt;
      };
      await s.waitFor((e) => e.event === 'stream.ready', 30_000);
      return s;
    }),
  );

  const post = async (n: number) => {
    const from = users[(n * 7919) % users.length]!;
    sentAt.set(n, performance.now());
    const res = await fetch(`${base}/api/v1/partnerships/${from.partnershipId}/messages`, {
      method: 'POST',
      headers: { ...from.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ body: `m${n}`, format: 'text' }),
    });
    if (res.status !== 201) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  };
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < messages) await post(next++);
    }),
  );
  // Whatever has not arrived two seconds after the last post is lost.
  const deadline = performance.now() + 2000;
  while (received.size < messages && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  streams.forEach((s) => s.close());
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, received: received.size, seconds: (Math.max(lastReceived, t0) - t0) / 1000 };
}

if (parentPort) parentPort.postMessage(await run(workerData as ClientInput));
