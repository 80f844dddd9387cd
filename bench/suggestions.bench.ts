import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';
import { suggestMentors } from '../src/modules/matching/suggestions.service';
import { loadConfig } from '../src/server/config';
import { systemClock } from '../src/shared/clock';
import { seedProgram } from './seed-program';
import { syntheticCohort } from './synthetic-cohort';
import { createEventBus } from '../src/modules/events/event-bus';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Suggestions for one mentee among N mentors through the real service on a real
 * database (SQLite in memory, or DATABASE_URL), after the first request has
 * compiled the program's mentors (they stay cached until something changes).
 */
export async function suggestionsBenchmark(args: string[]): Promise<object> {
  const mentors = flag(args, 'mentors', 20_000);
  const requests = flag(args, 'requests', 50);
  const seed = flag(args, 'seed', 1);
  const database = openDatabase(
    process.env.DATABASE_URL ? { dialect: 'postgres', url: process.env.DATABASE_URL, schema: undefined } : { dialect: 'sqlite', file: ':memory:' },
  );
  if (database.dialect === 'postgres') throw new Error('run the suggestions benchmark on SQLite (unset DATABASE_URL)');
  await migrateToLatest(database);
  const cohort = syntheticCohort(requests, mentors, seed);
  const { programId, mentees } = await seedProgram(database, cohort);
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'meridian-bench') });
  const events = await createEventBus({ database, config, clock: systemClock });
  const ctx = { db: database.db, clock: systemClock, config, events };
  const t0 = performance.now();
  await suggestMentors(ctx, mentees[0]!, { programId, limit: 20 });
  const coldMs = performance.now() - t0;
  const times: number[] = [];
  for (const mentee of mentees) {
    const t = performance.now();
    const list = await suggestMentors(ctx, mentee, { programId, limit: 20 });
    times.push(performance.now() - t);
    if (list.length === 0) throw new Error('no suggestions: the benchmark cohort is broken');
  }
  await events.close();
  await database.close();
  return {
    benchmark: 'suggestions',
    mentors,
    requests,
    coldMs: Math.round(coldMs),
    medianMs: Math.round(percentile(times, 0.5) * 10) / 10,
    p95Ms: Math.round(percentile(times, 0.95) * 10) / 10,
  };
}
