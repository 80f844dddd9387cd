import type { Executor } from '../../db/database';
import type { DistanceClass, MembershipStatus, PairSide, PartnershipStatus, Role } from '../../db/schema';
import { lastLoggedOn, lastMessageAt, pairQuery } from '../partnerships/pair.repository';
import { requestPeopleQuery } from '../partnerships/requests.repository';
import type { RangeBounds } from './report-pairs.repository';

// The program report's people-side queries: memberships, time to match, open requests, fit alerts,
// and when each active pair was last in touch.

const num = (v: unknown): number => Number(v ?? 0);

export function findCycleOfProgram(db: Executor, programId: string, cycleId: string) {
  return db
    .selectFrom('cycles')
    .select(['id', 'name', 'enrolment_opens_on', 'closes_on'])
    .where('id', '=', cycleId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** Memberships per role and status, and how many of them joined in the range. */
export async function countMembershipsByRoleAndStatus(db: Executor, programId: string, range: RangeBounds) {
  const rows = await db
    .selectFrom('memberships')
    .select((eb) => [
      'role',
      'status',
      eb.fn.countAll().as('members'),
      eb.fn
        .sum(eb.case().when(eb.and([eb('created_at', '>=', range.fromAt), eb('created_at', '<', range.toBefore)])).then(1).else(0).end())
        .as('joined'),
    ])
    .where('program_id', '=', programId)
    .groupBy(['role', 'status'])
    .execute();
  return rows.map((r) => ({ role: r.role as Role, status: r.status as MembershipStatus, members: num(r.members), joined: num(r.joined) }));
}

/** Mentees who joined in the range, once per partnership they have had (or once with nulls when none). */
export function listMenteesJoinedWithPartnerships(db: Executor, programId: string, range: RangeBounds) {
  return db
    .selectFrom('memberships as m')
    .leftJoin('partnerships as x', 'x.mentee_membership_id', 'm.id')
    .select(['m.id as membership_id', 'm.created_at as joined_at', 'x.started_at', 'x.distance_class'])
    .where('m.program_id', '=', programId)
    .where('m.role', '=', 'mentee')
    .where('m.created_at', '>=', range.fromAt)
    .where('m.created_at', '<', range.toBefore)
    .execute();
}

/**
 * Each request still waiting for its mentor: when it was sent, and both people's zones and places
 * (null when they have no profile), from which the pair's distance class would be worked out.
 */
export function listOpenRequests(db: Executor, programId: string) {
  return requestPeopleQuery(db)
    .leftJoin('profiles as ep', 'ep.membership_id', 'em.id')
    .leftJoin('profiles as op', 'op.membership_id', 'om.id')
    .select([
      'r.created_at',
      'eu.time_zone as mentee_time_zone',
      'ep.city_id as mentee_city_id',
      'ep.country as mentee_country',
      'ep.latitude as mentee_latitude',
      'ep.longitude as mentee_longitude',
      'ou.time_zone as mentor_time_zone',
      'op.city_id as mentor_city_id',
      'op.country as mentor_country',
      'op.latitude as mentor_latitude',
      'op.longitude as mentor_longitude',
    ])
    .where('r.program_id', '=', programId)
    .where('r.status', '=', 'pending')
    .execute();
}
export type OpenRequestRow = Awaited<ReturnType<typeof listOpenRequests>>[number];

export interface FitAlertRow {
  id: string;
  partnership_id: string;
  side: PairSide;
  submitted_at: string;
  rematch_offered_at: string | null;
  mentee_name: string;
  mentor_name: string;
  partnership_status: PartnershipStatus;
}

/** "Not a good fit" answers submitted in the range, newest first. */
export function listNotAFitAnswers(db: Executor, programId: string, range: RangeBounds, side: PairSide | undefined): Promise<FitAlertRow[]> {
  let q = pairQuery(db)
    .innerJoin('survey_responses as r', 'r.partnership_id', 'x.id')
    .select([
      'r.id',
      'r.partnership_id',
      'r.side',
      'r.submitted_at',
      'r.rematch_offered_at',
      'eu.name as mentee_name',
      'ou.name as mentor_name',
      'x.status as partnership_status',
    ])
    .where('r.program_id', '=', programId)
    .where('r.good_fit', '=', 0)
    .where('r.submitted_at', '>=', range.fromAt)
    .where('r.submitted_at', '<', range.toBefore);
  if (side) q = q.where('r.side', '=', side);
  return q.orderBy('r.submitted_at', 'desc').orderBy('r.id').execute();
}

export interface PairContactRow {
  id: string;
  distance_class: DistanceClass;
  started_at: string;
  mentee_name: string;
  mentor_name: string;
  last_meeting_at: string | null;
  /** 'YYYY-MM-DD'. */
  last_logged_on: string | null;
  last_message_at: string | null;
  last_nudged_at: string | null;
}

/**
 * Active pairs of the program that started by `startedBy` (younger ones cannot have been quiet for
 * long), with their last held meeting, logged contact, message and nudge: each a max over an index
 * on (partnership, …), so this costs one probe per pair and source.
 */
export function listActivePairsWithLastContact(db: Executor, programId: string, o: { now: string; startedBy: string }): Promise<PairContactRow[]> {
  return pairQuery(db)
    .select((eb) => [
      'x.id',
      'x.distance_class',
      'x.started_at',
      'eu.name as mentee_name',
      'ou.name as mentor_name',
      eb
        .selectFrom('meetings as m')
        .select((s) => s.fn.max('m.start_at').as('at'))
        .whereRef('m.partnership_id', '=', 'x.id')
        .where('m.status', '=', 'held')
        .where('m.start_at', '<=', o.now)
        .as('last_meeting_at'),
      lastLoggedOn(eb),
      lastMessageAt(eb),
      eb
        .selectFrom('partnership_nudges as n')
        .select((s) => s.fn.max('n.sent_at').as('at'))
        .whereRef('n.partnership_id', '=', 'x.id')
        .as('last_nudged_at'),
    ])
    .where('x.program_id', '=', programId)
    .where('x.status', '=', 'active')
    .where('x.started_at', '<=', o.startedBy)
    .execute() as Promise<PairContactRow[]>;
}
