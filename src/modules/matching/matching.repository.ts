import type { Executor } from '../../db/database';

/** Memberships with their user and matching profile (profile columns null when there is none). */
function participants(db: Executor) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('profiles', 'profiles.membership_id', 'memberships.id')
    .select([
      'memberships.id as membership_id',
      'memberships.program_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.status',
      'users.name',
      'users.email',
      'users.locale',
      'users.time_zone',
      'profiles.headline',
      'profiles.city_id',
      'profiles.city_name',
      'profiles.country',
      'profiles.latitude',
      'profiles.longitude',
      'profiles.languages',
      'profiles.channels',
      'profiles.availability',
      'profiles.capacity',
      'profiles.pref_languages',
      'profiles.max_zone_gap_hours',
      'profiles.open_to_in_person',
    ]);
}

/** Active mentors and mentees of a program. */
export function listParticipants(db: Executor, programId: string) {
  return participants(db)
    .where('memberships.program_id', '=', programId)
    .where('memberships.status', '=', 'active')
    .where('memberships.role', 'in', ['mentor', 'mentee'])
    .orderBy('memberships.id')
    .execute();
}

/** The given memberships, whatever their status. */
export function findParticipants(db: Executor, membershipIds: string[]) {
  return participants(db).where('memberships.id', 'in', membershipIds).execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export function findTopics(db: Executor, membershipIds: string[]) {
  return db
    .selectFrom('profile_topics')
    .select(['membership_id', 'topic', 'label'])
    .where('membership_id', 'in', membershipIds)
    .orderBy('label')
    .orderBy('topic')
    .execute();
}

export function listTopicsOfProgram(db: Executor, programId: string) {
  return db
    .selectFrom('profile_topics')
    .innerJoin('memberships', 'memberships.id', 'profile_topics.membership_id')
    .select(['profile_topics.membership_id', 'profile_topics.topic', 'profile_topics.label'])
    .where('memberships.program_id', '=', programId)
    .orderBy('profile_topics.label')
    .orderBy('profile_topics.topic')
    .execute();
}

/** Active partnerships of the program, for capacity and for who is already matched. */
export function listActivePairs(db: Executor, programId: string) {
  return db
    .selectFrom('partnerships')
    .select(['mentee_membership_id', 'mentor_membership_id'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .execute();
}

/**
 * A stamp that changes whenever anything matching reads changes (profiles,
 * memberships — touched when a member's zone changes —, partnerships), so
 * compiled mentors can be cached across requests and instances. Index-only reads.
 */
export async function matchingVersion(db: Executor, programId: string): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('profiles').select((e) => e.fn.max('updated_at').as('v')).where('program_id', '=', programId).as('profiles'),
      eb.selectFrom('profiles').select((e) => e.fn.countAll<string | number>().as('v')).where('program_id', '=', programId).as('profile_count'),
      eb.selectFrom('memberships').select((e) => e.fn.max('updated_at').as('v')).where('program_id', '=', programId).as('memberships'),
      eb.selectFrom('memberships').select((e) => e.fn.countAll<string | number>().as('v')).where('program_id', '=', programId).as('member_count'),
      eb.selectFrom('partnerships').select((e) => e.fn.countAll<string | number>().as('v')).where('program_id', '=', programId).as('pair_count'),
      eb.selectFrom('partnerships').select((e) => e.fn.max('started_at').as('v')).where('program_id', '=', programId).as('started'),
      eb.selectFrom('partnerships').select((e) => e.fn.max('ended_at').as('v')).where('program_id', '=', programId).as('ended'),
    ])
    .executeTakeFirstOrThrow();
  return Object.values(row).map(String).join('|');
}

export function findSettings(db: Executor, programId: string) {
  return db.selectFrom('program_matching_settings').selectAll().where('program_id', '=', programId).executeTakeFirst();
}

export async function upsertSettings(
  db: Executor,
  row: { program_id: string; weights: string; max_open_requests: number; request_expiry_days: number; updated_at: string },
): Promise<void> {
  const { program_id: _p, ...changes } = row;
  await db
    .insertInto('program_matching_settings')
    .values(row)
    .onConflict((oc) => oc.column('program_id').doUpdateSet(changes))
    .execute();
}

export function listMarks(db: Executor, menteeMembershipId: string) {
  return db
    .selectFrom('mentor_marks')
    .select(['mentor_membership_id', 'kind'])
    .where('mentee_membership_id', '=', menteeMembershipId)
    .execute();
}

export async function setMark(db: Executor, mentee: string, mentor: string, kind: 'bookmark' | 'hide', at: string): Promise<void> {
  await db
    .insertInto('mentor_marks')
    .values({ mentee_membership_id: mentee, mentor_membership_id: mentor, kind, created_at: at })
    .onConflict((oc) => oc.columns(['mentee_membership_id', 'mentor_membership_id']).doUpdateSet({ kind, created_at: at }))
    .execute();
}

export async function clearMark(db: Executor, mentee: string, mentor: string): Promise<void> {
  await db.deleteFrom('mentor_marks').where('mentee_membership_id', '=', mentee).where('mentor_membership_id', '=', mentor).execute();
}

export function listPendingRequestMentors(db: Executor, menteeMembershipId: string) {
  return db
    .selectFrom('mentorship_requests')
    .select('mentor_membership_id')
    .where('mentee_membership_id', '=', menteeMembershipId)
    .where('status', '=', 'pending')
    .execute();
}
