import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import { queueTemplatedEmail } from '../notifications/mail';
import { hubUrl, otherSide, pairPerson } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import type { EndReason } from '../partnerships/partnerships.schemas';

/**
 * To both people, in the ending transaction: who ended it and why, what was cancelled, a request
 * for a reflection, and what comes next (the mentee may ask another mentor).
 */
export async function emailPartnershipEnded(
  trx: Executor,
  ctx: ServiceContext,
  p: PartnershipRow,
  end: { by: PairSide; reason: EndReason; note: string; completed: boolean; cancelled: number },
) {
  for (const side of ['mentee', 'mentor'] as const) {
    const reader = pairPerson(p, side);
    const other = pairPerson(p, otherSide(side));
    const isEnder = side === end.by;
    const intl = intlFor(reader.recipient.locale, reader.recipient.timeZone);
    await queueTemplatedEmail(trx, ctx.clock, reader.recipient, {
      template: 'email.partnershipEnded',
      values: {
        name: reader.name,
        otherName: other.name,
        programName: p.program_name,
        isEnder: isEnder ? 'yes' : 'no',
        completed: end.completed ? 'yes' : 'no',
        // ICU select keys are identifiers: goals-met → goalsMet.
        reasonWord: intl.formatMessage({ id: 'partnership.endReason' }, { reason: end.reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) }) as string,
        note: end.note,
        count: end.cancelled,
        mentorsUrl: `${ctx.config.publicUrl}/programs/${p.program_id}/mentors`,
      },
      action: { url: `${hubUrl(ctx, p.id)}#reflection` },
      extra: [
        ...(end.note && !isEnder ? ['note'] : []),
        ...(end.cancelled > 0 ? ['meetings'] : []),
        'reflect',
        side === 'mentee' ? 'nextMentee' : 'nextMentor',
      ],
    });
  }
}
