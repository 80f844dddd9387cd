import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';
import type { EventBus } from '../src/modules/events/events';
import { getProgramReport } from '../src/modules/reports/report.service';
import { loadConfig } from '../src/server/config';
import { systemClock } from '../src/shared/clock';
import { createTestDatabase } from '../test/databases';
import { seedReportProgram } from './report-seed';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeReport(database: Db, o: { pairs: number; meetings: number; timeEntries: number; runs: number }) {
  const s0 = performance.now();
  const seed = await seedReportProgram(database, { ...o, now: systemClock.now() });
  // As autovacuum leaves a PostgreSQL table after a bulk load: statistics and the visibility map.
  if (database.dialect === 'postgres') await sql`vacuum analyze`.execute(database.db);
  const seedMs = performance.now() - s0;
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'meridian-bench'), MERIDIAN_DEMO: 'off' });
  // The report publishes nothing: no event bus is needed.
  const ctx = { db: database.db, clock: systemClock, config, events: {} as EventBus };
  const admin = { userId: seed.adminId, email: '', name: 'Admin', timeZone: 'UTC', locale: 'en', via: 'session' as const };
  const report = await getProgramReport(ctx, admin, seed.programId, {});
  if (report.partnerships.total === 0 || report.measures[0]!.overall.pairs === 0) throw new Error('empty report: the benchmark seed is broken');
  const times: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    await getProgramReport(ctx, admin, seed.programId, {});
    times.push(performance.now() - t);
  }
  return {
    benchmark: 'report',
    database: database.dialect,
    pairs: seed.pairs,
    meetings: seed.meetings,
    timeEntries: seed.timeEntries,
    seedMs: Math.round(seedMs),
    reportMs: Math.round(median(times)),
    slowestMs: Math.round(Math.max(...times)),
  };
}

/**
 * The program report over 10,000 pairs and 500,000 meetings through the real service: on a SQLite
 * file, and on PostgreSQL (a schema of its own) when DATABASE_URL is set. Warm once, then the median
 * of `--runs`. Prints one line per database; returns the last.
 */
export async function reportBenchmark(args: string[]): Promise<object> {
  const o = { pairs: flag(args, 'pairs', 10_000), meetings: flag(args, 'meetings', 500_000), timeEntries: flag(args, 'time-entries', 250_000), runs: flag(args, 'runs', 5) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-report-bench-'));
  const sqlite = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'report.sqlite') });
  const results: object[] = [];
  try {
    await migrateToLatest(sqlite);
    results.push(await timeReport(sqlite, o));
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) {
    const pg = await createTestDatabase('postgres');
    try {
      results.push(await timeReport(pg, o));
    } finally {
      await pg.close();
    }
  }
  for (const r of results.slice(0, -1)) console.log(JSON.stringify(r));
  return results.at(-1)!;
}
