import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { lastContact } from '../partnerships/last-contact';
import { authorize } from '../programs/programs.policy';
import { emailStalledPair } from './nudge-mail';
import type { PairContactRow } from './report-people.repository';
import type { ReportView } from './report.schemas';
import { findLastNudgeAt, findPairOfProgram, insertNudge } from './stalled.repository';

const DAY_MS = 86_400_000;
/** An active pair with no held meeting, logged contact or message for this many days has stalled. */
export const STALLED_AFTER_DAYS = 30;
/** Admins nudge a pair at most once in this many days, so the pair is not pestered. */
export const NUDGE_AGAIN_AFTER_DAYS = 7;

/** Pairs that started after this instant cannot have stalled yet. */
export const stalledSince = (now: Date): string => new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS).toISOString();

/** Active pairs in scope quiet for STALLED_AFTER_DAYS or more as of now (since they started, if never in touch), quietest first. */
export function stalledOf(rows: PairContactRow[], inScope: Set<string>, now: Date): ReportView['stalled'] {
  return rows
    .filter((r) => inScope.has(r.id))
    .map((r) => {
      const lastContactAt = lastContact({ metAt: r.last_meeting_at, loggedOn: r.last_logged_on, messagedAt: r.last_message_at });
      const since = Date.parse(lastContactAt ?? r.started_at);
      return {
        partnershipId: r.id,
        menteeName: r.mentee_name,
        mentorName: r.mentor_name,
        distanceClass: r.distance_class,
        startedAt: r.started_at,
        lastContactAt,
        daysQuiet: Math.max(0, Math.floor((now.getTime() - since) / DAY_MS)),
        lastNudgedAt: r.last_nudged_at,
      };
    })
    .filter((s) => s.daysQuiet >= STALLED_AFTER_DAYS)
    .sort((a, b) => b.daysQuiet - a.daysQuiet || a.partnershipId.localeCompare(b.partnershipId));
}

/**
 * An admin's nudge to a quiet pair: both people get an email with a link to find a time, in the
 * transaction that records the nudge. Once a week at most, and only while the pair is active.
 */
export async function nudgeStalledPair(ctx: ServiceContext, actor: Actor, programId: string, partnershipId: string): Promise<{ nudgedAt: string }> {
  await authorize(ctx.db, actor, programId, 'viewReports');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const pair = await findPairOfProgram(trx, programId, partnershipId);
    if (!pair) throw AppError.notFound('Partnership');
    if (pair.status !== 'active') throw new AppError('partnership_not_active', 'Only an active partnership can be nudged.');
    const last = await findLastNudgeAt(trx, pair.id);
    if (last && now.getTime() - Date.parse(last) < NUDGE_AGAIN_AFTER_DAYS * DAY_MS) {
      throw new AppError('recently_nudged', `This pair was nudged on ${last.slice(0, 10)}; nudge again after ${NUDGE_AGAIN_AFTER_DAYS} days.`);
    }
    const nudgedAt = now.toISOString();
    await insertNudge(trx, { id: newId(), partnership_id: pair.id, program_id: programId, sent_by: actor.userId, sent_at: nudgedAt });
    await emailStalledPair(trx, ctx, pair);
    return { nudgedAt };
  });
}
