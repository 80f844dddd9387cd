import { sql, type ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database';
import type { Database } from '../../db/schema';
import { lastLoggedOn, lastMessageAt, pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';
import type { ProfileRow } from '../profiles/profiles.repository';

// Candidate queries for the nudges: each finds, in SQL, what is due and not yet claimed,
// one bounded page at a time, so a run costs what is due rather than what exists.

/** No claim yet for `prefix` + the id in `idColumn` (the key is the primary key, so this is an index probe). */
const unclaimed = (prefix: string, idColumn: string) =>
  sql<boolean>`not exists (select 1 from notification_claims c where c.key = ${sql.lit(prefix)} || ${sql.ref(idColumn)})`;

/** Pending requests sent before `sentBefore`, still open at `now`, whose mentor is active and not yet nudged. */
export function findPendingRequestsToNudge(db: Executor, o: { sentBefore: string; now: string; prefix: string }, limit: number) {
  return db
    .selectFrom('mentorship_requests as r')
    .innerJoin('programs as p', 'p.id', 'r.program_id')
    .innerJoin('memberships as em', 'em.id', 'r.mentee_membership_id')
    .innerJoin('users as eu', 'eu.id', 'em.user_id')
    .innerJoin('memberships as om', 'om.id', 'r.mentor_membership_id')
    .innerJoin('users as ou', 'ou.id', 'om.user_id')
    .select([
      'r.id',
      'r.program_id',
      'r.created_at',
      'r.expires_at',
      'p.name as program_name',
      'eu.name as mentee_name',
      'eu.time_zone as mentee_time_zone',
      'ou.name as mentor_name',
      'ou.email as mentor_email',
      'ou.locale as mentor_locale',
      'ou.time_zone as mentor_time_zone',
    ])
    .where('r.status', '=', 'pending')
    .where('r.created_at', '<=', o.sentBefore)
    .where('r.expires_at', '>', o.now)
    .where('om.status', '=', 'active')
    .where(unclaimed(o.prefix, 'r.id'))
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}
export type PendingRequestRow = Awaited<ReturnType<typeof findPendingRequestsToNudge>>[number];

/**
 * Active partnerships whose last contact (the latest confirmed or held meeting that has
 * started, logged contact or message, else the start of the partnership) is at or before
 * `quietSince`, with no confirmed meeting still to come; one page after `afterId`, by id.
 */
export function findQuietPartnerships(db: Executor, o: { now: string; quietSince: string }, afterId: string | null, limit: number) {
  let q = pairQuery(db)
    .select((eb) => [
      'x.id',
      'x.program_id',
      'x.started_at',
      ...pairPeopleColumns,
      lastMet(eb, o.now).as('last_met_at'),
      lastLoggedOn(eb),
      lastMessageAt(eb),
    ])
    .where('x.status', '=', 'active')
    .where((eb) => eb.fn.coalesce(lastMet(eb, o.now), eb.ref('x.started_at')), '<=', o.quietSince)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('time_entries as t').select('t.id').whereRef('t.partnership_id', '=', 'x.id').where('t.occurred_on', '>', o.quietSince.slice(0, 10)))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('messages as g').select('g.id').whereRef('g.partnership_id', '=', 'x.id').where('g.created_at', '>', o.quietSince))))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meetings as up')
            .select('up.id')
            .whereRef('up.partnership_id', '=', 'x.id')
            .where('up.status', '=', 'confirmed')
            .where('up.start_at', '>', o.now),
        ),
      ),
    );
  if (afterId) q = q.where('x.id', '>', afterId);
  return q.orderBy('x.id').limit(limit).execute();
}
export type QuietPartnershipRow = Awaited<ReturnType<typeof findQuietPartnerships>>[number];

/** Start of the latest confirmed or held meeting of the partnership `x` that began by `now`. */
function lastMet(eb: ExpressionBuilder<Database & { x: Database['partnerships'] }, 'x'>, now: string) {
  return eb
    .selectFrom('meetings as lm')
    .select((s) => s.fn.max('lm.start_at').as('at'))
    .whereRef('lm.partnership_id', '=', 'x.id')
    .where('lm.status', 'in', ['confirmed', 'held'])
    .where('lm.start_at', '<=', now)
    .$castTo<string | null>();
}

/** The active admins of these programs, with what an email to them needs. */
export function findActiveAdmins(db: Executor, programIds: string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.program_id', 'u.id as user_id', 'u.name', 'u.email', 'u.locale', 'u.time_zone'])
    .where('m.program_id', 'in', programIds)
    .where('m.role', '=', 'admin')
    .where('m.status', '=', 'active')
    .execute();
}

/** Active mentees who joined by `joinedBefore` and never sent a request nor got a partnership, not yet nudged. */
export function findMenteesWithoutRequest(db: Executor, o: { joinedBefore: string; prefix: string }, limit: number) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('programs as p', 'p.id', 'm.program_id')
    .select(['m.id', 'm.program_id', 'm.created_at', 'p.name as program_name', 'u.name', 'u.email', 'u.locale', 'u.time_zone'])
    .where('m.role', '=', 'mentee')
    .where('m.status', '=', 'active')
    .where('m.created_at', '<=', o.joinedBefore)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('mentorship_requests as r').select('r.id').whereRef('r.mentee_membership_id', '=', 'm.id'))),
    )
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('partnerships as x').select('x.id').whereRef('x.mentee_membership_id', '=', 'm.id'))),
    )
    .where(unclaimed(o.prefix, 'm.id'))
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}
export type MenteeWithoutRequestRow = Awaited<ReturnType<typeof findMenteesWithoutRequest>>[number];

/** Active mentor and mentee memberships that joined by `joinedBefore` and whose profile was not yet checked. */
export function findMembershipsForProfileCheck(db: Executor, o: { joinedBefore: string; prefix: string }, limit: number) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('programs as p', 'p.id', 'm.program_id')
    .select(['m.id', 'm.program_id', 'm.role', 'p.name as program_name', 'u.name', 'u.email', 'u.locale', 'u.time_zone'])
    .where('m.role', 'in', ['mentor', 'mentee'])
    .where('m.status', '=', 'active')
    .where('m.created_at', '<=', o.joinedBefore)
    .where(unclaimed(o.prefix, 'm.id'))
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}
export type ProfileCheckRow = Awaited<ReturnType<typeof findMembershipsForProfileCheck>>[number];

export function findProfilesOf(db: Executor, membershipIds: string[]): Promise<ProfileRow[]> {
  if (membershipIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('profiles').selectAll().where('membership_id', 'in', membershipIds).execute();
}
