import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import type { Recipient } from '../notifications/email-templates';
import { sideOf } from './pair-access';
import { findPartnership, type PartnershipRow } from './partnerships.repository';

// What the pair's shared work (agreement, goals, action items, time log, notes, ending) has in
// common: the pair only, and an ended partnership is a record that no longer changes.

export const pairSideSchema = z.enum(['mentee', 'mentor']);
export const otherSide = (side: PairSide): PairSide => (side === 'mentee' ? 'mentor' : 'mentee');

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date as YYYY-MM-DD.', abort: true })
  .refine((s) => DateTime.fromISO(s, { zone: 'utc' }).isValid, 'Not a calendar date.');

/** Today's date on the person's own clock. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** The calendar date of an instant on someone's clock. */
export function dateIn(zone: string, iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toISODate()!;
}

export const partnershipClosed = () =>
  new AppError('partnership_closed', 'This partnership has ended: its agreement, goals, action items and notes are kept as they were.');

/** Throws partnership_closed unless the partnership is still active. */
export function requireActive(p: { status: string }): void {
  if (p.status !== 'active') throw partnershipClosed();
}

/**
 * The partnership and the actor's side, for reading (404 for everyone but the pair, admins
 * included) or, with `write`, for changing the pair's work (also 409 once it has ended). `what`
 * names the resource in the 404 (a goal, a note…); pass a transaction as `db` to read inside it.
 */
export async function requirePair(
  ctx: ServiceContext,
  actor: Actor,
  partnershipId: string | undefined,
  o: { write?: boolean; db?: Executor; what?: string } = {},
): Promise<{ p: PartnershipRow; side: PairSide }> {
  const p = partnershipId ? await findPartnership(o.db ?? ctx.db, partnershipId) : undefined;
  const side = p ? sideOf(p, actor.userId) : null;
  if (!p || !side) throw AppError.notFound(o.what ?? 'Partnership');
  if (o.write) requireActive(p);
  return { p, side };
}

/** At least one field in a PATCH body. */
export const someField = (o: object) => Object.values(o).some((v) => v !== undefined);
export const someFieldMessage = 'Change at least one field.';

/** One side of the pair as an email recipient, with their name. */
type PairPeople = Pick<
  PartnershipRow,
  'mentee_email' | 'mentee_name' | 'mentee_locale' | 'mentee_time_zone' | 'mentor_email' | 'mentor_name' | 'mentor_locale' | 'mentor_time_zone'
>;

export function pairPerson(p: PairPeople, side: PairSide): { recipient: Recipient; name: string } {
  return side === 'mentee'
    ? { recipient: { email: p.mentee_email, name: p.mentee_name, locale: p.mentee_locale, timeZone: p.mentee_time_zone }, name: p.mentee_name }
    : { recipient: { email: p.mentor_email, name: p.mentor_name, locale: p.mentor_locale, timeZone: p.mentor_time_zone }, name: p.mentor_name };
}

/** The partnership's page, where every email about the pair's work leads. */
export const hubUrl = (ctx: ServiceContext, partnershipId: string) => `${ctx.config.publicUrl}/partnerships/${partnershipId}`;
