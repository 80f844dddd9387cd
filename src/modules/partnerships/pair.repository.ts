import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database';
import type { Database } from '../../db/schema';

/**
 * Partnerships (`x`) joined to their program (`p`) and both people: mentee membership, user and
 * profile (`em`, `eu`, `ep`), mentor likewise (`om`, `ou`, `op`). Meetings, reminders and nudges
 * start from here so every reader names the pair the same way.
 */
export function pairQuery(db: Executor) {
  return db
    .selectFrom('partnerships as x')
    .innerJoin('programs as p', 'p.id', 'x.program_id')
    .innerJoin('memberships as em', 'em.id', 'x.mentee_membership_id')
    .innerJoin('users as eu', 'eu.id', 'em.user_id')
    .innerJoin('memberships as om', 'om.id', 'x.mentor_membership_id')
    .innerJoin('users as ou', 'ou.id', 'om.user_id')
    .leftJoin('profiles as ep', 'ep.membership_id', 'em.id')
    .leftJoin('profiles as op', 'op.membership_id', 'om.id');
}

/** Both people as emails and pages need them: who, whether still a member, where and in which language. */
export const pairPeopleColumns = [
  'p.name as program_name',
  'em.user_id as mentee_user_id',
  'em.status as mentee_status',
  'eu.name as mentee_name',
  'eu.email as mentee_email',
  'eu.locale as mentee_locale',
  'eu.time_zone as mentee_time_zone',
  'ep.city_name as mentee_place',
  'om.user_id as mentor_user_id',
  'om.status as mentor_status',
  'ou.name as mentor_name',
  'ou.email as mentor_email',
  'ou.locale as mentor_locale',
  'ou.time_zone as mentor_time_zone',
  'op.city_name as mentor_place',
] as const;

type PairScope = ExpressionBuilder<Database & { x: Database['partnerships'] }, 'x'>;

/** The last day the pair `x` logged contact ('YYYY-MM-DD'), for a select list. */
export const lastLoggedOn = (eb: PairScope) =>
  eb.selectFrom('time_entries as t').select((s) => s.fn.max('t.occurred_on').as('on')).whereRef('t.partnership_id', '=', 'x.id').as('last_logged_on');

/** When the pair `x` last wrote to each other, for a select list. */
export const lastMessageAt = (eb: PairScope) =>
  eb.selectFrom('messages as g').select((s) => s.fn.max('g.created_at').as('at')).whereRef('g.partnership_id', '=', 'x.id').as('last_message_at');
