import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MentorshipRequestsTable, RequestStatus, Role } from '../../db/schema';

/** Requests `r` joined to both people: memberships `em`/`om` and users `eu`/`ou` (mentee/mentor); nothing selected. */
export function requestPeopleQuery(db: Executor) {
  return db
    .selectFrom('mentorship_requests as r')
    .innerJoin('memberships as em', 'em.id', 'r.mentee_membership_id')
    .innerJoin('users as eu', 'eu.id', 'em.user_id')
    .innerJoin('memberships as om', 'om.id', 'r.mentor_membership_id')
    .innerJoin('users as ou', 'ou.id', 'om.user_id');
}

/** Requests with both people (for views and emails) and the program's name. */
function requestsWithPeople(db: Executor) {
  return requestPeopleQuery(db)
    .innerJoin('programs as p', 'p.id', 'r.program_id')
    .selectAll('r')
    .select([
      'p.name as program_name',
      'em.user_id as mentee_user_id',
      'em.status as mentee_status',
      'eu.name as mentee_name',
      'eu.email as mentee_email',
      'eu.locale as mentee_locale',
      'eu.time_zone as mentee_time_zone',
      'om.user_id as mentor_user_id',
      'om.status as mentor_status',
      'ou.name as mentor_name',
      'ou.email as mentor_email',
      'ou.locale as mentor_locale',
      'ou.time_zone as mentor_time_zone',
    ]);
}

export async function insertRequest(db: Executor, row: Insertable<MentorshipRequestsTable>): Promise<void> {
  await db.insertInto('mentorship_requests').values(row).execute();
}

export function findRequest(db: Executor, id: string) {
  return requestsWithPeople(db).where('r.id', '=', id).executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** A participant's requests: received as mentor, sent as mentee; newest first. */
export function listRequestsOfParticipant(
  db: Executor,
  membershipId: string,
  role: Exclude<Role, 'admin'>,
  status: RequestStatus | undefined,
): Promise<RequestRow[]> {
  let query = requestsWithPeople(db).where(role === 'mentor' ? 'r.mentor_membership_id' : 'r.mentee_membership_id', '=', membershipId);
  if (status) query = query.where('r.status', '=', status);
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').execute();
}

/** Pending requests not yet past their expiry: the ones a mentor can still answer. */
export async function countOpenRequestsOfMentee(db: Executor, menteeMembershipId: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('mentorship_requests')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('mentee_membership_id', '=', menteeMembershipId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hasOpenRequestTo(db: Executor, menteeMembershipId: string, mentorMembershipId: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('mentorship_requests')
    .select('id')
    .where('mentee_membership_id', '=', menteeMembershipId)
    .where('mentor_membership_id', '=', mentorMembershipId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** The mentee's other pending requests (overdue ones too: a match settles them all). */
export function findPendingRequestsOfMentee(db: Executor, menteeMembershipId: string, exceptId: string): Promise<RequestRow[]> {
  return requestsWithPeople(db)
    .where('r.mentee_membership_id', '=', menteeMembershipId)
    .where('r.status', '=', 'pending')
    .where('r.id', '!=', exceptId)
    .orderBy('r.created_at')
    .execute();
}

/**
 * Moves a request out of pending with a conditional update, so of two
 * concurrent decisions exactly one wins. With `answerableAt`, a request past
 * its expiry counts as closed. Returns true when this call made the change.
 */
export async function closeRequest(
  db: Executor,
  id: string,
  patch: Updateable<MentorshipRequestsTable> & { status: Exclude<RequestStatus, 'pending'>; decided_at: string },
  answerableAt?: string,
): Promise<boolean> {
  let query = db.updateTable('mentorship_requests').set(patch).where('id', '=', id).where('status', '=', 'pending');
  if (answerableAt) query = query.where('expires_at', '>', answerableAt);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Changes the message of a request still open to an answer; false when it is not. */
export async function updateRequestMessage(db: Executor, id: string, message: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mentorship_requests')
    .set({ message })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pending requests whose time is up, oldest expiry first. */
export function findOverdueRequestIds(db: Executor, now: string, limit: number): Promise<{ id: string }[]> {
  return db
    .selectFrom('mentorship_requests')
    .select('id')
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks one overdue request expired; false when another instance (or a decision) got there first. */
export async function expireRequest(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mentorship_requests')
    .set({ status: 'expired', decided_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
