import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import type { Recipient } from '../notifications/email-templates';
import { queueTemplatedEmail } from '../notifications/mail';
import { longDate } from '../nudges/local-time';

// Every survey email is queued in the transaction that records what it tells about.

/** What a survey email says about the request it is for. */
export interface AskedSurvey {
  requestId: string;
  title: string;
  programName: string;
  partnerName: string;
  closesAt: string;
}

const surveyUrl = (ctx: ServiceContext, requestId: string) => `${ctx.config.publicUrl}/surveys/${requestId}`;

/** To the person asked: a new survey about their partnership, or (with `reminder`) one still unanswered. */
export function emailSurveyRequest(trx: Executor, ctx: ServiceContext, to: Recipient, s: AskedSurvey, o: { reminder?: boolean } = {}) {
  return queueTemplatedEmail(trx, ctx.clock, to, {
    template: o.reminder ? 'email.surveyReminder' : 'email.surveyRequest',
    values: { name: to.name ?? '', title: s.title, programName: s.programName, partnerName: s.partnerName, closesOn: longDate(new Date(s.closesAt), to) },
    action: { url: surveyUrl(ctx, s.requestId) },
    extra: ['closes'],
  });
}

/** What an admin's "not a good fit" alert names. */
export interface NotAFit {
  programId: string;
  programName: string;
  title: string;
  side: PairSide;
  menteeName: string;
  mentorName: string;
}

/** To a program admin: one side of a pair answered that it is not a good fit. */
export function emailNotAFit(trx: Executor, ctx: ServiceContext, to: Recipient, a: NotAFit) {
  const [respondentName, partnerName] = a.side === 'mentee' ? [a.menteeName, a.mentorName] : [a.mentorName, a.menteeName];
  return queueTemplatedEmail(trx, ctx.clock, to, {
    template: 'email.notAFit',
    values: { name: to.name ?? '', ...a, respondentName, partnerName },
    action: { url: `${ctx.config.publicUrl}/programs/${a.programId}/report` },
    extra: ['next'],
  });
}

/** To the mentee: the admins offer a new match; end this partnership, then ask another mentor. */
export function emailRematchOffer(
  trx: Executor,
  ctx: ServiceContext,
  to: Recipient,
  o: { programId: string; programName: string; partnershipId: string; mentorName: string },
) {
  const mentorsUrl = `${ctx.config.publicUrl}/programs/${o.programId}/mentors`;
  return queueTemplatedEmail(trx, ctx.clock, to, {
    template: 'email.rematchOffer',
    values: {
      name: to.name ?? '',
      programName: o.programName,
      mentorName: o.mentorName,
      endingUrl: `${ctx.config.publicUrl}/partnerships/${o.partnershipId}/ending`,
      mentorsUrl,
    },
    action: { url: mentorsUrl },
    extra: ['end', 'mentors'],
  });
}
