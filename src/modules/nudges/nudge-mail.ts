import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import type { Recipient } from '../notifications/email-templates';
import { queueTemplatedEmail } from '../notifications/mail';
import { onTheirClock } from '../partnerships/request-mail';
import type { COMPLETENESS_ITEMS } from '../profiles/profiles.schemas';
import { longDate, pairedClock } from './local-time';
import type { MenteeWithoutRequestRow, PendingRequestRow, ProfileCheckRow } from './nudges.repository';

// Every nudge is queued in the transaction that claims it (see claims.repository.ts).

const DAY_MS = 86_400_000;

/** To the mentor: a request has waited days; who sent it, when (on both clocks), and when it expires. */
export function emailRequestPending(trx: Executor, ctx: ServiceContext, r: PendingRequestRow) {
  const now = ctx.clock.now();
  return queueTemplatedEmail(
    trx,
    ctx.clock,
    { email: r.mentor_email, name: r.mentor_name, locale: r.mentor_locale, timeZone: r.mentor_time_zone },
    {
      template: 'email.requestPendingNudge',
      values: {
        name: r.mentor_name,
        menteeName: r.mentee_name,
        programName: r.program_name,
        days: Math.floor((now.getTime() - Date.parse(r.created_at)) / DAY_MS),
        sentAtMentee: onTheirClock(r.created_at, r.mentor_locale, r.mentee_time_zone),
        expiresAtMentee: onTheirClock(r.expires_at, r.mentor_locale, r.mentee_time_zone),
      },
      times: { sentAt: new Date(r.created_at), expiresAt: new Date(r.expires_at) },
      action: { url: `${ctx.config.publicUrl}/programs/${r.program_id}/requests` },
      extra: ['capacity'],
    },
  );
}

export interface QuietPartnership {
  id: string;
  programName: string;
  menteeName: string;
  mentorName: string;
  /** When they last met, or null when they never have. */
  lastMetAt: string | null;
  startedAt: string;
  days: number;
}

/** To the mentee or the mentor: no meeting for a while; suggest one, with the other's zone to plan by. */
export function emailQuietToParticipant(
  trx: Executor,
  ctx: ServiceContext,
  to: Recipient,
  q: QuietPartnership,
  other: { name: string; place: string; timeZone: string },
) {
  const clock = pairedClock(ctx.clock.now(), to, other.timeZone);
  return queueTemplatedEmail(trx, ctx.clock, to, {
    template: 'email.quietPartnership',
    values: {
      name: to.name ?? '',
      otherName: other.name,
      otherPlace: other.place,
      programName: q.programName,
      days: q.days,
      met: q.lastMetAt ? 'yes' : 'no',
      since: longDate(new Date(q.lastMetAt ?? q.startedAt), to),
      yourTime: clock.time,
      theirTime: clock.other,
    },
    action: { url: `${ctx.config.publicUrl}/partnerships/${q.id}` },
    extra: ['plan'],
  });
}

/** To a program admin: a pair has gone quiet. */
export function emailQuietToAdmin(trx: Executor, ctx: ServiceContext, to: Recipient, q: QuietPartnership) {
  return queueTemplatedEmail(trx, ctx.clock, to, {
    template: 'email.quietPartnershipAdmin',
    values: {
      name: to.name ?? '',
      menteeName: q.menteeName,
      mentorName: q.mentorName,
      programName: q.programName,
      days: q.days,
      met: q.lastMetAt ? 'yes' : 'no',
      since: longDate(new Date(q.lastMetAt ?? q.startedAt), to),
    },
    action: { url: `${ctx.config.publicUrl}/partnerships/${q.id}` },
  });
}

/** To a mentee a week in without a request: where to find mentors. */
export function emailNoRequest(trx: Executor, ctx: ServiceContext, m: MenteeWithoutRequestRow) {
  const now = ctx.clock.now();
  return queueTemplatedEmail(
    trx,
    ctx.clock,
    { email: m.email, name: m.name, locale: m.locale, timeZone: m.time_zone },
    {
      template: 'email.noRequestNudge',
      values: { name: m.name, programName: m.program_name, days: Math.floor((now.getTime() - Date.parse(m.created_at)) / DAY_MS) },
      action: { url: `${ctx.config.publicUrl}/programs/${m.program_id}/mentors` },
      extra: ['how'],
    },
  );
}

type Item = (typeof COMPLETENESS_ITEMS)[number];

/** To a participant whose profile still lacks parts: which, and why they matter for their role. */
export function emailProfileIncomplete(trx: Executor, ctx: ServiceContext, m: ProfileCheckRow, c: { percent: number; missing: Item[] }) {
  const intl = intlFor(m.locale, m.time_zone);
  const missing = intl.formatList(c.missing.map((i) => intl.formatMessage({ id: `email.profileNudge.item.${i}` }) as string));
  return queueTemplatedEmail(
    trx,
    ctx.clock,
    { email: m.email, name: m.name, locale: m.locale, timeZone: m.time_zone },
    {
      template: 'email.profileNudge',
      values: { name: m.name, programName: m.program_name, role: m.role, percent: c.percent, missing: String(missing) },
      action: { url: `${ctx.config.publicUrl}/programs/${m.program_id}/profile` },
      extra: ['why'],
    },
  );
}
