import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../src/db/database';
import { insertSession } from '../src/modules/accounts/accounts.repository';
import { insertMemberships, insertProgram, insertUsers } from '../src/modules/demo/demo.repository';
import { createEventBus } from '../src/modules/events/event-bus';
import { insertPartnership } from '../src/modules/partnerships/partnerships.repository';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { hashSecret, newId, newSecret } from '../src/server/ids';
import { systemClock } from '../src/shared/clock';
import { createTestDatabase } from '../test/databases';
import type { ClientInput, ClientResult } from './messages-clients';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}


/** Users in pairs (mentee 2k, mentor 2k+1), each pair a partnership, each user signed in. */
async function seed(database: Db, users: number): Promise<ClientInput['users']> {
  const now = new Date().toISOString();
  const programId = newId();
  const people = Array.from({ length: users }, (_, i) => ({ i, id: newId(), membershipId: newId(), secret: newSecret(), csrf: newSecret(16) }));
  const partnershipIds = Array.from({ length: users / 2 }, () => newId());
  await database.db.transaction().execute(async (trx) => {
    await insertUsers(
      trx,
      people.map((p) => ({
        id: p.id,
        email: `bench-${p.i}-${p.id.slice(0, 8)}@bench.test`,
        name: `Person ${p.i}`,
        password_hash: 'not-used',
        time_zone: 'UTC',
        locale: 'en',
        a11y_screen_reader: 0,
        a11y_reduced_motion: 0,
        a11y_captions: 0,
        prefers_async: 0,
        created_at: now,
        updated_at: now,
      })),
    );
    await insertProgram(trx, { id: programId, name: 'Messages benchmark', description: '', created_by: people[0]!.id, created_at: now, updated_at: now });
    await insertMemberships(
      trx,
      people.map((p) => ({ id: p.membershipId, program_id: programId, user_id: p.id, role: p.i % 2 ? ('mentor' as const) : ('mentee' as const), status: 'active' as const, created_at: now, updated_at: now })),
    );
    for (let k = 0; k < users / 2; k++) {
      await insertPartnership(trx, {
        id: partnershipIds[k]!,
        program_id: programId,
        mentee_membership_id: people[2 * k]!.membershipId,
        mentor_membership_id: people[2 * k + 1]!.membershipId,
        status: 'active',
        distance_class: 'far-zone',
        zone_gap_minutes: 0,
        overlap_minutes_per_week: 0,
        score: null,
        source: 'request',
        request_id: null,
        matching_run_id: null,
        started_at: now,
        ended_at: null,
        end_reason: null,
      });
    }
    // Signed in as a browser is: a session cookie (a password sign-in each would time argon2, not messages).
    const expires = new Date(Date.now() + 86_400_000).toISOString();
    for (const p of people) {
      await insertSession(trx, { id: hashSecret(p.secret), user_id: p.id, csrf_token: p.csrf, created_at: now, last_seen_at: now, expires_at: expires });
    }
  });
  return people.map((p) => ({ id: p.id, headers: { cookie: `meridian_session=${p.secret}`, 'x-csrf-token': p.csrf }, partnershipId: partnershipIds[Math.floor(p.i / 2)]! }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * One instance on a real port; every simulated user holds an event stream; messages are posted
 * over HTTP (a few in flight at once) and timed from the POST leaving to the other side's stream
 * receiving it. `--db postgres` runs on a fresh schema of DATABASE_URL.
 */
export async function messagesBenchmark(args: string[]): Promise<object> {
  const users = Math.max(2, Math.floor(flag(args, 'users', 500) / 2) * 2);
  const messages = flag(args, 'messages', 2000);
  const concurrency = flag(args, 'concurrency', 20);
  const dialect = args.includes('--db') && args[args.indexOf('--db') + 1] === 'postgres' ? 'postgres' : 'sqlite';
  const database = await createTestDatabase(dialect);
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'meridian-bench'), PUBLIC_URL: 'http://meridian.bench', MERIDIAN_DEMO: 'off', LOG_LEVEL: 'silent' });
  const events = await createEventBus({ database, config, clock: systemClock });
  const app = await buildApp({ config, database, clock: systemClock, events }, { logger: false, web: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const people = await seed(database, users);

  // The simulated people run in a worker thread, as real ones would on other machines: their
  // HTTP and stream parsing do not share the server's event loop, and they time both ends.
  const result = await new Promise<ClientResult>((resolve, reject) => {
    const worker = new Worker(new URL('./messages-clients.mjs', import.meta.url), {
      workerData: { base, users: people, messages, concurrency } satisfies ClientInput,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`clients exited with ${code}`)));
  });

  await app.close();
  await events.close();
  await database.close();
  const latencies = result.latencies;
  latencies.sort((a, b) => a - b);
  return {
    users,
    messages,
    throughput: Math.round(result.received / result.seconds),
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    lost: messages - result.received,
    benchmark: 'messages',
    database: dialect,
    concurrency,
  };
}
