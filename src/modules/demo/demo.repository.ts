import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CyclesTable, MembershipsTable, ProgramsTable, UsersTable } from '../../db/schema';

export async function programExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('programs').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findUserIdsByEmail(db: Executor, emails: string[]): Promise<Map<string, string>> {
  const rows = emails.length ? await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute() : [];
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** Bulk inserts in chunks that stay under SQLite's bound-parameter limit. */
async function insertChunked<T extends 'users' | 'memberships'>(
  db: Executor,
  table: T,
  rows: Insertable<T extends 'users' ? UsersTable : MembershipsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    await db.insertInto(table).values(rows.slice(i, i + 50) as never).execute();
  }
}

export const insertUsers = (db: Executor, rows: Insertable<UsersTable>[]) => insertChunked(db, 'users', rows);
export const insertMemberships = (db: Executor, rows: Insertable<MembershipsTable>[]) =>
  insertChunked(db, 'memberships', rows);

export async function insertProgram(db: Executor, row: Insertable<ProgramsTable>): Promise<void> {
  await db.insertInto('programs').values(row).execute();
}

export async function insertCycles(db: Executor, rows: Insertable<CyclesTable>[]): Promise<void> {
  await db.insertInto('cycles').values(rows).execute();
}
