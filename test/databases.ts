import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db, type DialectName } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';

/** SQLite always; PostgreSQL too when DATABASE_URL is set. */
export const dialects: DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * A fresh, migrated database of its own for one test file or test: an
 * in-memory SQLite, or a new schema on the PostgreSQL of DATABASE_URL
 * (dropped on close), so tests run in parallel without seeing each other.
 */
export async function createTestDatabase(dialect: DialectName): Promise<Db> {
  if (dialect === 'sqlite') {
    const db = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(db);
    return db;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = openDatabase({ dialect: 'postgres', url, schema });
  await migrateToLatest(db);
  return {
    ...db,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
