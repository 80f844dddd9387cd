import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db, DialectName } from '../src/db/database';
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
  const clock = new TestClock();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, clock }, { logger: false, web: false });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    ctx: { db: database.db, clock, config },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
