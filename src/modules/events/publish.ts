import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';

// Events other modules publish. They name what changed and let the client refetch it, so the
// stream never carries a view that another reader should not see. Call them in the transaction
// that makes the change, opened with `inTransaction` (./after-commit), preferably last.

/** A meeting was proposed, confirmed, moved, changed, cancelled or had its outcome recorded: to both people. */
export function publishMeetingChanged(
  ctx: Pick<ServiceContext, 'events'>,
  trx: Executor,
  m: { meetingId: string; partnershipId: string; status: string; userIds: readonly string[] },
): Promise<void> {
  return ctx.events.publish(trx, {
    kind: 'meeting.changed',
    userIds: m.userIds,
    data: { meetingId: m.meetingId, partnershipId: m.partnershipId, status: m.status },
  });
}

/** A mentorship request was sent, edited, accepted, declined, withdrawn or expired: to the mentee and the mentor. */
export function publishRequestUpdated(
  ctx: Pick<ServiceContext, 'events'>,
  trx: Executor,
  r: { requestId: string; programId: string; status: string; partnershipId?: string | null; userIds: readonly string[] },
): Promise<void> {
  return ctx.events.publish(trx, {
    kind: 'request.updated',
    userIds: r.userIds,
    data: { requestId: r.requestId, programId: r.programId, status: r.status, partnershipId: r.partnershipId ?? null },
  });
}
