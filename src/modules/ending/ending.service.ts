import { isUniqueViolation } from '../../db/errors';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { intlFor } from '../../server/i18n';
import type { Actor } from '../accounts/actor';
import { listMeetingsOfPartnership } from '../meetings/meetings.repository';
import { inTransaction } from '../events/after-commit';
import { dispatchSurveysAfterChange } from '../surveys/dispatch.service';
import { cancelInTransaction } from '../meetings/meetings.service';
import { requirePair } from '../partnerships/pair-work';
import { presentPartnership } from '../partnerships/partnerships.presenter';
import { findPartnership } from '../partnerships/partnerships.repository';
import type { PartnershipView } from '../partnerships/partnerships.schemas';
import { emailPartnershipEnded } from './ending-mail';
import * as repo from './ending.repository';
import type { EndInput, ReflectionInput, ReflectionStateView, ReflectionView } from './ending.schemas';

const alreadyEnded = () => new AppError('partnership_closed', 'This partnership has already ended.');

/**
 * Either side ends the partnership with a reason, in one transaction: its status (completed for
 * completed / goals-met, else ended), every meeting still to come cancelled through the meetings
 * module (calendars get a CANCEL), and both people emailed. The mentee's one-active-partnership
 * rule no longer holds them, so they can ask another mentor at once.
 */
export async function endPartnership(
  ctx: ServiceContext,
  actor: Actor,
  partnershipId: string,
  input: EndInput,
): Promise<{ partnership: PartnershipView; cancelledMeetings: number }> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  const completed = input.reason === 'completed' || input.reason === 'goals-met';
  const now = ctx.clock.now().toISOString();
  const cancelledMeetings = await inTransaction(ctx.db, async (trx) => {
    const end = { status: completed ? ('completed' as const) : ('ended' as const), reason: input.reason, note: input.note, by: side, at: now };
    if (!(await repo.endPartnershipIf(trx, p.id, end))) throw alreadyEnded();
    const reason = intlFor(actor.locale, actor.timeZone).formatMessage({ id: 'partnership.endedMeetingReason' }) as string;
    const toCancel = (await listMeetingsOfPartnership(trx, p.id)).filter(
      (m) => m.status === 'proposed' || (m.status === 'confirmed' && m.start_at !== null && m.start_at > now),
    );
    let cancelled = 0;
    // Open proposals go quietly: the ending email already says so.
    for (const m of toCancel) if (await cancelInTransaction(trx, ctx, m, side, reason, { quiet: true })) cancelled++;
    await emailPartnershipEnded(trx, ctx, (await findPartnership(trx, p.id))!, { by: side, reason: input.reason, note: input.note, completed, cancelled });
    return cancelled;
  });
  await dispatchSurveysAfterChange(ctx, p.id);
  return { partnership: presentPartnership((await findPartnership(ctx.db, p.id))!, actor.userId), cancelledMeetings };
}

function presentReflection(r: repo.ReflectionRow): ReflectionView {
  return { side: r.side, rating: Number(r.rating), learned: r.learned, wouldRecommend: Number(r.would_recommend) === 1, createdAt: r.created_at };
}

/** My reflection (never the partner's, only whether they wrote one). */
export async function getReflection(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<ReflectionStateView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  const rows = await repo.listReflections(ctx.db, p.id);
  const mine = rows.find((r) => r.side === side);
  return {
    mine: mine ? presentReflection(mine) : null,
    partnerReflected: rows.some((r) => r.side !== side),
    canReflect: p.status !== 'active' && !mine,
  };
}

/** Once per side, after the partnership has ended. */
export async function reflect(ctx: ServiceContext, actor: Actor, partnershipId: string, input: ReflectionInput): Promise<ReflectionView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  if (p.status === 'active') throw new AppError('partnership_active', 'Reflect once the partnership has ended.');
  const already = () => new AppError('already_reflected', 'You have already written your reflection on this partnership.');
  if ((await repo.listReflections(ctx.db, p.id)).some((r) => r.side === side)) throw already();
  try {
    await ctx.db.transaction().execute((trx) =>
      repo.insertReflection(trx, {
        partnership_id: p.id,
        side,
        user_id: actor.userId,
        rating: input.rating,
        learned: input.learned,
        would_recommend: input.wouldRecommend ? 1 : 0,
        created_at: ctx.clock.now().toISOString(),
      }),
    );
  } catch (err) {
    // Two submissions at once: the (partnership, side) key lets one through.
    if (isUniqueViolation(err)) throw already();
    throw err;
  }
  return presentReflection((await repo.listReflections(ctx.db, p.id)).find((r) => r.side === side)!);
}
