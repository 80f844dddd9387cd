import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { queueTemplatedEmail } from '../notifications/mail';
import type { NudgedPairRow } from './stalled.repository';

/** To both people of a quiet pair, from an admin reading the report: a link to find a time. Queued in the nudge's transaction. */
export async function emailStalledPair(trx: Executor, ctx: ServiceContext, p: NudgedPairRow): Promise<void> {
  const action = { url: `${ctx.config.publicUrl}/partnerships/${p.id}/meetings` };
  const people = [
    { email: p.mentee_email, name: p.mentee_name, locale: p.mentee_locale, timeZone: p.mentee_time_zone, otherName: p.mentor_name },
    { email: p.mentor_email, name: p.mentor_name, locale: p.mentor_locale, timeZone: p.mentor_time_zone, otherName: p.mentee_name },
  ];
  for (const { otherName, ...to } of people) {
    await queueTemplatedEmail(trx, ctx.clock, to, {
      template: 'email.stalledPairNudge',
      values: { name: to.name, otherName, programName: p.program_name },
      action,
    });
  }
}
