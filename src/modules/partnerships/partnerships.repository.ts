import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PartnershipsTable } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from './pair.repository';

/** Partnerships with both people and the program's name. */
function partnershipsWithPeople(db: Executor) {
  return pairQuery(db).selectAll('x').select(pairPeopleColumns);
}

export async function insertPartnership(db: Executor, row: Insertable<PartnershipsTable>): Promise<void> {
  await db.insertInto('partnerships').values(row).execute();
}

export function findPartnership(db: Executor, id: string) {
  return partnershipsWithPeople(db).where('x.id', '=', id).executeTakeFirst();
}
export type PartnershipRow = NonNullable<Awaited<ReturnType<typeof findPartnership>>>;

/** The user's partnerships in every program where they are still a member, most recent first. */
export function listPartnershipsOfUser(db: Executor, userId: string): Promise<PartnershipRow[]> {
  return partnershipsWithPeople(db)
    .where((eb) =>
      eb.or([
        eb.and([eb('em.user_id', '=', userId), eb('em.status', '!=', 'removed')]),
        eb.and([eb('om.user_id', '=', userId), eb('om.status', '!=', 'removed')]),
      ]),
    )
    .orderBy('x.started_at', 'desc')
    .orderBy('x.id', 'desc')
    .execute();
}

export async function countActivePartnerships(db: Executor, mentorMembershipId: string): Promise<number> {
  const row = await db
    .selectFrom('partnerships')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('mentor_membership_id', '=', mentorMembershipId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hasActivePartnership(db: Executor, menteeMembershipId: string): Promise<boolean> {
  const row = await db
    .selectFrom('partnerships')
    .select('id')
    .where('mentee_membership_id', '=', menteeMembershipId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes the membership row's write lock until the transaction ends, so that
 * count-then-insert checks on it (a mentor's free places, a mentee's open
 * requests) cannot interleave: a no-op update locks the row on PostgreSQL;
 * SQLite serialises writers anyway.
 */
export async function lockMembership(db: Executor, membershipId: string): Promise<void> {
  await db
    .updateTable('memberships')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', membershipId)
    .execute();
}
