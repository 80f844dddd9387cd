import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import { queueTemplatedEmail } from '../notifications/mail';
import { hubUrl, otherSide, pairPerson } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import type { AgreementVersionRow } from './agreements.repository';

/**
 * After one side confirms a version, to the other side: please confirm it too, or (when both now
 * have) it is agreed. Queued in the confirming transaction.
 */
export async function emailAgreementConfirmed(trx: Executor, ctx: ServiceContext, p: PartnershipRow, v: AgreementVersionRow, confirmer: PairSide) {
  const readerSide = otherSide(confirmer);
  const reader = pairPerson(p, readerSide);
  const agreed = v.mentee_confirmed_at !== null && v.mentor_confirmed_at !== null;
  const intl = intlFor(reader.recipient.locale, reader.recipient.timeZone);
  await queueTemplatedEmail(trx, ctx.clock, reader.recipient, {
    template: agreed ? 'email.agreementAgreed' : 'email.agreementToConfirm',
    values: {
      name: reader.name,
      confirmerName: pairPerson(p, confirmer).name,
      programName: p.program_name,
      version: Number(v.version),
      readerSide,
      // A calendar date: shown as the date itself, whatever the reader's zone.
      endsOn: intl.formatDate(new Date(`${v.ends_on}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    },
    action: { url: `${hubUrl(ctx, p.id)}#agreement` },
    extra: agreed ? [] : ['howToChange'],
  });
}
