import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { queueTemplatedEmail } from '../notifications/mail';
import { otherSide, pairPerson } from '../partnerships/pair-work';
import type { NudgedPairRow } from './stalled.repository';

/** To both people of a quiet pair, from an admin reading the report: a link to find a time. Queued in the nudge's transaction. */
export async function emailStalledPair(trx: Executor, ctx: ServiceContext, p: NudgedPairRow): Promise<void> {
  const action = { url: `${ctx.config.publicUrl}/partnerships/${p.id}/meetings` };
  for (const side of ['mentee', 'mentor'] as const) {
    const { recipient, name } = pairPerson(p, side);
    await queueTemplatedEmail(trx, ctx.clock, recipient, {
      template: 'email.stalledPairNudge',
      values: { name, otherName: pairPerson(p, otherSide(side)).name, programName: p.program_name },
      action,
    });
  }
}
