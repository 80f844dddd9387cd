import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string; schema?: string };

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The PostgreSQL schema this handle is confined to, when not the default. */
  schema?: string;
  /** The PostgreSQL connection string, for connections outside the pool (LISTEN). */
  url?: string;
  close(): Promise<void>;
}

export type Executor = Kysely<Database>;

/** Picks PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file under DATA_DIR. */
export function targetFromConfig(config: { databaseUrl?: string | undefined; dataDir: string }): DatabaseTarget {
  if (config.databaseUrl) return { dialect: 'postgres', url: config.databaseUrl };
  return { dialect: 'sqlite', file: path.join(config.dataDir, 'meridian.sqlite') };
}

/**
 * Kysely prepares every query afresh; on small queries better-sqlite3's prepare costs more than
 * running them. Statements are kept by their SQL (most recently used 500) and re-used unless
 * one is still being iterated (a streamed query), which gets a fresh one.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = sqlite.prepare(sql);
      if (!hit) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

export function openDatabase(target: DatabaseTarget): Db {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // A per-schema search_path isolates parallel test runs on one database.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', url: target.url, ...(target.schema ? { schema: target.schema } : {}), close: () => db.destroy() };
}
