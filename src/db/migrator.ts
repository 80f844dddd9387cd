import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { Db } from './database';
import { migrations } from './migrations/index';

/**
 * On PostgreSQL the migrator's own tables are looked up in the connection's
 * current schema: left to itself it searches every schema, and a lock table in
 * another schema (a parallel test's, another app's) would make it skip creating
 * its own.
 */
async function migratorFor(database: Db): Promise<Migrator> {
  let schema = database.schema;
  if (database.dialect === 'postgres' && !schema) {
    schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema;
  }
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}`);
}

/** Applies every pending migration; returns what ran. */
export async function migrateToLatest(database: Db): Promise<string[]> {
  return unwrap(await (await migratorFor(database)).migrateToLatest());
}

/** Reverts the most recent migration. */
export async function migrateDown(database: Db): Promise<string[]> {
  return unwrap(await (await migratorFor(database)).migrateDown());
}
