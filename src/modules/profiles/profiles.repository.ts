import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ProfilesTable } from '../../db/schema';
import { findParticipants } from '../matching/matching.repository';

export type ProfileRow = Selectable<ProfilesTable>;

/** A participant membership (mentor or mentee, not removed) with its user and profile, if any. */
export async function findParticipant(db: Executor, membershipId: string) {
  const [row] = await findParticipants(db, [membershipId]);
  return row && row.role !== 'admin' && row.status !== 'removed' ? row : undefined;
}
export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/** The user's mentor or mentee membership in a program (not removed). */
export function findParticipantMembershipId(db: Executor, programId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['id', 'role'])
    .where('program_id', '=', programId)
    .where('user_id', '=', userId)
    .where('role', 'in', ['mentor', 'mentee'])
    .where('status', '!=', 'removed')
    .executeTakeFirst();
}

export function findProfile(db: Executor, membershipId: string): Promise<ProfileRow | undefined> {
  return db.selectFrom('profiles').selectAll().where('membership_id', '=', membershipId).executeTakeFirst();
}

export async function upsertProfile(db: Executor, row: Insertable<ProfilesTable>): Promise<void> {
  const { membership_id: _id, program_id: _p, user_id: _u, created_at: _c, ...changes } = row;
  await db
    .insertInto('profiles')
    .values(row)
    .onConflict((oc) => oc.column('membership_id').doUpdateSet(changes))
    .execute();
}

export function listTopics(db: Executor, membershipIds: string[]) {
  if (membershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('profile_topics')
    .select(['membership_id', 'topic', 'label'])
    .where('membership_id', 'in', membershipIds)
    .orderBy('label')
    .execute();
}

export async function replaceTopics(
  db: Executor,
  membershipId: string,
  topics: { topic: string; label: string }[],
): Promise<void> {
  await db.deleteFrom('profile_topics').where('membership_id', '=', membershipId).execute();
  if (topics.length) {
    await db
      .insertInto('profile_topics')
      .values(topics.map((t) => ({ membership_id: membershipId, ...t })))
      .execute();
  }
}

export function listProgramTopics(db: Executor, programId: string) {
  return db
    .selectFrom('program_topics')
    .select(['topic', 'label'])
    .where('program_id', '=', programId)
    .orderBy('label')
    .execute();
}

export async function replaceProgramTopics(
  db: Executor,
  programId: string,
  topics: { topic: string; label: string }[],
): Promise<void> {
  await db.deleteFrom('program_topics').where('program_id', '=', programId).execute();
  for (let i = 0; i < topics.length; i += 200) {
    await db
      .insertInto('program_topics')
      .values(topics.slice(i, i + 200).map((t) => ({ program_id: programId, ...t })))
      .execute();
  }
}

/** True when the two memberships are partners (active or past): the partner may see consented accessibility needs. */
export async function arePartners(db: Executor, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('partnerships')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('mentee_membership_id', '=', a), eb('mentor_membership_id', '=', b)]),
        eb.and([eb('mentee_membership_id', '=', b), eb('mentor_membership_id', '=', a)]),
      ]),
    )
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}
