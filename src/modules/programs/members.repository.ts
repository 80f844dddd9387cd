import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MembershipsTable, Role } from '../../db/schema';

export type MembershipRow = Selectable<MembershipsTable>;

/** Chunk size for `in (…)` lists, well under both dialects' bound-parameter limits. */
const CHUNK = 500;

export async function insertMembership(db: Executor, row: Insertable<MembershipsTable>): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

export function findMembershipById(db: Executor, id: string): Promise<MembershipRow | undefined> {
  return db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every membership of one user in one program, removed ones included. */
export function findMembershipsOfUser(db: Executor, programId: string, userId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('program_id', '=', programId)
    .where('user_id', '=', userId)
    .execute();
}

export async function updateMembership(db: Executor, id: string, patch: Updateable<MembershipsTable>): Promise<void> {
  await db.updateTable('memberships').set(patch).where('id', '=', id).execute();
}

export async function deleteMembership(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', id).execute();
}

export async function countActiveAdmins(db: Executor, programId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('program_id', '=', programId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface MemberFilter {
  role?: Role | undefined;
  status?: 'active' | 'paused' | undefined;
  /** Case-insensitive substring of name or email. */
  q?: string | undefined;
}

/** Active and paused members with their user, admins first, then mentors, then mentees, each by name. */
export function listMembers(db: Executor, programId: string, filter: MemberFilter) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id as membership_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.status',
      'memberships.created_at',
      'users.name',
      'users.email',
      'users.time_zone',
    ])
    .where('memberships.program_id', '=', programId)
    .where('memberships.status', '!=', 'removed');
  if (filter.role) query = query.where('memberships.role', '=', filter.role);
  if (filter.status) query = query.where('memberships.status', '=', filter.status);
  if (filter.q) {
    // Both dialects honour an explicit ESCAPE; it keeps % and _ in the search literal.
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(({ or }) =>
      or([
        sql<boolean>`lower(users.name) like ${pattern} escape '\\'`,
        sql<boolean>`lower(users.email) like ${pattern} escape '\\'`,
      ]),
    );
  }
  return query
    .orderBy((eb) =>
      eb.case().when('memberships.role', '=', 'admin').then(0).when('memberships.role', '=', 'mentor').then(1).else(2).end(),
    )
    .orderBy((eb) => eb.fn('lower', ['users.name']))
    .orderBy('users.name')
    .orderBy('memberships.id')
    .execute();
}

export interface KnownUser {
  id: string;
  email: string;
  name: string;
  locale: string;
  time_zone: string;
}

/** Accounts of the given (lower-case) emails, keyed by email. */
export async function findUsersByEmails(db: Executor, emails: string[]): Promise<Map<string, KnownUser>> {
  const found = new Map<string, KnownUser>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'locale', 'time_zone'])
      .where('email', 'in', emails.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.email, r);
  }
  return found;
}

/** Mentor and mentee roles (active or paused) held in a program by the accounts of these emails. */
export async function findParticipantRolesByEmail(
  db: Executor,
  programId: string,
  emails: string[],
): Promise<Map<string, Role[]>> {
  const found = new Map<string, Role[]>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.email', 'memberships.role'])
      .where('memberships.program_id', '=', programId)
      .where('memberships.status', '!=', 'removed')
      .where('memberships.role', '!=', 'admin')
      .where('users.email', 'in', emails.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.email, [...(found.get(r.email) ?? []), r.role]);
  }
  return found;
}

/** Marks every membership of a user as changed (their zone moved), so matching caches rebuild. */
export async function touchMembershipsOfUser(db: Executor, userId: string, at: string): Promise<void> {
  await db.updateTable('memberships').set({ updated_at: at }).where('user_id', '=', userId).execute();
}
