import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import type { Recipient } from '../notifications/email-templates';
import { queueTemplatedEmail } from '../notifications/mail';
import type { DeclineReason } from './partnerships.schemas';
import type { RequestRow } from './requests.repository';

// Every email here is queued in the transaction that makes the change it tells about.

const clockFace = { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;

/** A moment as it reads on the other person's clock, in the reader's language ("Tuesday, 24 November, 6:00 PM GMT+9"). */
export function onTheirClock(at: string, readerLocale: string, theirZone: string): string {
  return intlFor(readerLocale, theirZone).formatDate(new Date(at), clockFace);
}

const mentorOf = (r: RequestRow): Recipient => ({ email: r.mentor_email, name: r.mentor_name, locale: r.mentor_locale, timeZone: r.mentor_time_zone });
const menteeOf = (r: RequestRow): Recipient => ({ email: r.mentee_email, name: r.mentee_name, locale: r.mentee_locale, timeZone: r.mentee_time_zone });

const requestsUrl = (ctx: ServiceContext, r: RequestRow) => `${ctx.config.publicUrl}/programs/${r.program_id}/requests`;
const mentorsUrl = (ctx: ServiceContext, r: RequestRow) => `${ctx.config.publicUrl}/programs/${r.program_id}/mentors`;

/** The catalog's select keys cannot hold hyphens. */
const reasonKey: Record<DeclineReason, string> = {
  'no-time': 'noTime',
  'expertise-mismatch': 'expertiseMismatch',
  'another-mentor-better': 'anotherMentorBetter',
  other: 'other',
};

/** To the mentor: a new request, its message, and when it expires, with the mentee's clock beside theirs. */
export function emailRequestReceived(trx: Executor, ctx: ServiceContext, r: RequestRow) {
  return queueTemplatedEmail(trx, ctx.clock, mentorOf(r), {
    template: 'email.requestReceived',
    values: {
      name: r.mentor_name,
      menteeName: r.mentee_name,
      menteeZone: r.mentee_time_zone,
      programName: r.program_name,
      message: r.message,
      sentAtMentee: onTheirClock(r.created_at, r.mentor_locale, r.mentee_time_zone),
      expiresAtMentee: onTheirClock(r.expires_at, r.mentor_locale, r.mentee_time_zone),
    },
    times: { sentAt: new Date(r.created_at), expiresAt: new Date(r.expires_at) },
    action: { url: requestsUrl(ctx, r) },
    extra: ['message', 'when'],
  });
}

/** To the mentee: the mentor said yes; how much working time they share, and the mentor's zone. */
export function emailRequestAccepted(
  trx: Executor,
  ctx: ServiceContext,
  r: RequestRow,
  p: { id: string; overlapMinutesPerWeek: number; othersWithdrawn: number },
) {
  const count = Math.round(p.overlapMinutesPerWeek / 6) / 10;
  return queueTemplatedEmail(trx, ctx.clock, menteeOf(r), {
    template: 'email.requestAccepted',
    values: {
      name: r.mentee_name,
      mentorName: r.mentor_name,
      mentorZone: r.mentor_time_zone,
      programName: r.program_name,
      overlap: p.overlapMinutesPerWeek > 0 ? 'some' : 'none',
      count,
      hours: new Intl.NumberFormat(r.mentee_locale, { maximumFractionDigits: 1 }).format(count),
      others: p.othersWithdrawn,
    },
    action: { url: `${ctx.config.publicUrl}/partnerships/${p.id}` },
    extra: p.othersWithdrawn > 0 ? ['fit', 'others'] : ['fit'],
  });
}

/** To a mentor whose request was withdrawn because the mentee found another mentor. */
export function emailRequestSuperseded(trx: Executor, ctx: ServiceContext, r: RequestRow) {
  return queueTemplatedEmail(trx, ctx.clock, mentorOf(r), {
    template: 'email.requestSuperseded',
    values: { name: r.mentor_name, menteeName: r.mentee_name, programName: r.program_name },
    action: { url: requestsUrl(ctx, r) },
  });
}

/** To the mentee, kindly: the mentor's reason, their note if any, and a way on. */
export function emailRequestDeclined(trx: Executor, ctx: ServiceContext, r: RequestRow, reason: DeclineReason, note: string | null) {
  return queueTemplatedEmail(trx, ctx.clock, menteeOf(r), {
    template: 'email.requestDeclined',
    values: { name: r.mentee_name, mentorName: r.mentor_name, programName: r.program_name, reason: reasonKey[reason], note: note ?? '' },
    action: { url: mentorsUrl(ctx, r) },
    extra: note ? ['note', 'onwards'] : ['onwards'],
  });
}

/** To the mentor: the mentee took the request back. */
export function emailRequestWithdrawn(trx: Executor, ctx: ServiceContext, r: RequestRow) {
  return queueTemplatedEmail(trx, ctx.clock, mentorOf(r), {
    template: 'email.requestWithdrawn',
    values: {
      name: r.mentor_name,
      menteeName: r.mentee_name,
      programName: r.program_name,
      sentAtMentee: onTheirClock(r.created_at, r.mentor_locale, r.mentee_time_zone),
    },
    times: { sentAt: new Date(r.created_at) },
    action: { url: requestsUrl(ctx, r) },
  });
}

/** To both sides when a request ran out of time: the mentor missed it, the mentee should try someone else. */
export async function emailRequestExpired(trx: Executor, ctx: ServiceContext, r: RequestRow): Promise<void> {
  await queueTemplatedEmail(trx, ctx.clock, mentorOf(r), {
    template: 'email.requestExpiredMentor',
    values: {
      name: r.mentor_name,
      menteeName: r.mentee_name,
      programName: r.program_name,
      expiresAtMentee: onTheirClock(r.expires_at, r.mentor_locale, r.mentee_time_zone),
    },
    times: { expiresAt: new Date(r.expires_at) },
    action: { url: requestsUrl(ctx, r) },
    extra: ['capacity'],
  });
  await queueTemplatedEmail(trx, ctx.clock, menteeOf(r), {
    template: 'email.requestExpiredMentee',
    values: { name: r.mentee_name, mentorName: r.mentor_name, programName: r.program_name },
    times: { expiresAt: new Date(r.expires_at) },
    action: { url: mentorsUrl(ctx, r) },
  });
}
