import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db, DialectName } from '../src/db/database';
import { createEventBus, type RunningEventBus } from '../src/modules/events/event-bus';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/server/config';
import type { ServiceContext } from '../src/server/context';
import { TestClock } from './clock';
import { createTestDatabase } from './databases';

export interface TestApp {
  app: FastifyInstance;
  database: Db;
  clock: TestClock;
  config: Config;
  ctx: ServiceContext;
  events: RunningEventBus;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'meridian-test'), PUBLIC_URL: 'http://meridian.test', MERIDIAN_DEMO: 'off' }),
    ...overrides,
  };
}

/** The real app on a fresh migrated database of the given dialect, with a pinned clock. */
export async function buildTestApp(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const instance = await buildTestInstance(database, new TestClock(), overrides);
  return {
    ...instance,
    async close() {
      await instance.close();
      await database.close();
    },
  };
}

/**
 * One more instance of the app on a database that already exists (another instance's), with
 * its own event bus: what several servers behind a load balancer are. Closing it leaves the
 * database open.
 */
export async function buildTestInstance(
  database: Db,
  clock: TestClock,
  overrides: Partial<Config> = {},
  bus: { heartbeatMs?: number; sweepMs?: number } = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  const events = await createEventBus({ database, config, clock, ...bus });
  const app = await buildApp({ config, database, clock, events }, { logger: false, web: false });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    ctx: { db: database.db, clock, config, events },
    events,
    async close() {
      await app.close();
      await events.close();
    },
  };
}
