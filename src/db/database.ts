import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
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
  close(): Promise<void>;
}

export type Executor = Kysely<Database>;

/** Picks PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file under DATA_DIR. */
export function targetFromConfig(config: { databaseUrl?: string | undefined; dataDir: string }): DatabaseTarget {
  if (config.databaseUrl) return { dialect: 'postgres', url: config.databaseUrl };
  return { dialect: 'sqlite', file: path.join(config.dataDir, 'meridian.sqlite') };
}

export function openDatabase(target: DatabaseTarget): Db {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // A per-schema search_path isolates parallel test runs on one database.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', ...(target.schema ? { schema: target.schema } : {}), close: () => db.destroy() };
}
