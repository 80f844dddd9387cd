import { sql } from 'kysely';
import type { Executor } from '../../db/database';

/**
 * Unread messages to someone who chose the morning digest and that no digest has carried yet:
 * from the other side of a partnership they are still a member of, not deleted, after their
 * read marker and after the last digest that covered the conversation.
 */
function undigested(db: Executor, o: { sinceIso: string; nowIso: string }) {
  return db
    .selectFrom('users as u')
    .innerJoin('memberships as mb', 'mb.user_id', 'u.id')
    .innerJoin('partnerships as x', (j) => j.on((eb) => eb.or([eb('x.mentee_membership_id', '=', eb.ref('mb.id')), eb('x.mentor_membership_id', '=', eb.ref('mb.id'))])))
    .innerJoin('messages as m', 'm.partnership_id', 'x.id')
    .leftJoin('conversation_reads as r', (j) => j.onRef('r.partnership_id', '=', 'x.id').onRef('r.user_id', '=', 'u.id'))
    .where('u.message_emails', '=', 'digest')
    .where('mb.status', '!=', 'removed')
    .whereRef('m.author_user_id', '!=', 'u.id')
    .where('m.deleted_at', 'is', null)
    .where('m.created_at', '>=', o.sinceIso)
    .where('m.created_at', '<=', o.nowIso)
    .where((eb) =>
      eb.or([eb('r.last_read_message_at', 'is', null), sql<boolean>`(m.created_at, m.id) > (r.last_read_message_at, r.last_read_message_id)`]),
    )
    .where((eb) => eb.or([eb('r.digested_at', 'is', null), eb('m.created_at', '>', eb.ref('r.digested_at'))]));
}

export interface DigestPerson {
  id: string;
  email: string;
  name: string;
  locale: string;
  time_zone: string;
}

/** People with something for a digest, a page at a time in id order. */
export function findDigestCandidates(db: Executor, o: { sinceIso: string; nowIso: string; afterUserId: string; limit: number }): Promise<DigestPerson[]> {
  return undigested(db, o)
    .where('u.id', '>', o.afterUserId)
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'u.time_zone'])
    .distinct()
    .orderBy('u.id')
    .limit(o.limit)
    .execute();
}

export interface DigestMessage {
  partnership_id: string;
  program_name: string;
  author_name: string;
  body_text: string;
  created_at: string;
}

/** What one person's digest holds, oldest first. */
export function listDigestMessages(db: Executor, userId: string, o: { sinceIso: string; nowIso: string }): Promise<DigestMessage[]> {
  return undigested(db, o)
    .innerJoin('programs as p', 'p.id', 'x.program_id')
    .innerJoin('users as a', 'a.id', 'm.author_user_id')
    .where('u.id', '=', userId)
    .select(['x.id as partnership_id', 'p.name as program_name', 'a.name as author_name', 'm.body_text', 'm.created_at'])
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

/** Messages up to `nowIso` in these conversations were in this person's digest. */
export async function markDigested(db: Executor, userId: string, partnershipIds: readonly string[], nowIso: string): Promise<void> {
  for (const partnershipId of partnershipIds) {
    await db
      .insertInto('conversation_reads')
      .values({ partnership_id: partnershipId, user_id: userId, last_read_message_id: null, last_read_message_at: null, read_at: null, emailed_at: null, digested_at: nowIso })
      .onConflict((oc) => oc.columns(['partnership_id', 'user_id']).doUpdateSet({ digested_at: nowIso }))
      .execute();
  }
}
