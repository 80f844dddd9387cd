import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ProgramsTable, Role } from '../../db/schema';

export type ProgramRow = Selectable<ProgramsTable>;

export async function insertProgram(db: Executor, row: Insertable<ProgramsTable>): Promise<void> {
  await db.insertInto('programs').values(row).execute();
}

export function findProgramById(db: Executor, id: string): Promise<ProgramRow | undefined> {
  return db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateProgram(db: Executor, id: string, patch: Updateable<ProgramsTable>): Promise<void> {
  await db.updateTable('programs').set(patch).where('id', '=', id).execute();
}

/** Programs where the user holds an active or paused membership, newest first. */
export function listProgramsOfMember(db: Executor, userId: string): Promise<ProgramRow[]> {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb.selectFrom('memberships').select('program_id').where('user_id', '=', userId).where('status', '!=', 'removed'),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Active and paused members of each program, per role. */
export async function countMembersByRole(
  db: Executor,
  programIds: string[],
): Promise<{ programId: string; role: Role; count: number }[]> {
  if (programIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select(['program_id', 'role', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('program_id', 'in', programIds)
    .where('status', '!=', 'removed')
    .groupBy(['program_id', 'role'])
    .execute();
  // pg returns counts as strings.
  return rows.map((r) => ({ programId: r.program_id, role: r.role, count: Number(r.n) }));
}

/** The user's roles in each program, from active and paused memberships. */
export function findRolesOfMember(db: Executor, userId: string, programIds: string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .select(['program_id', 'role'])
    .where('user_id', '=', userId)
    .where('program_id', 'in', programIds)
    .where('status', '!=', 'removed')
    .execute();
}

/**
 * Takes the program row's write lock until the transaction ends, so checks
 * such as "another active admin remains" cannot interleave (a no-op update
 * locks the row on PostgreSQL; SQLite locks the whole database on write).
 */
export async function lockProgram(db: Executor, programId: string): Promise<void> {
  await db
    .updateTable('programs')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', programId)
    .execute();
}
