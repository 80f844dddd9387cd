import type { Executor } from '../../db/database';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { intlFor } from '../../server/i18n';
import type { Recipient } from '../notifications/email-templates';
import { queueTemplatedEmail } from '../notifications/mail';
import { meetingsCalendar } from './calendar';
import type { MeetingRow } from './meetings.repository';
import { zoneCity } from '../../shared/time-zones';
import { otherSide } from '../partnerships/pair-work';
import { clockAt, travelAround } from './travel-clock';

// Every email here is queued in the transaction that makes the change it tells about, and shows
// each time on the reader's clock with the other person's beside it.

interface Person {
  userId: string;
  recipient: Recipient;
  name: string;
  place: string;
}

/** Both people on the clocks they will be on at `atIso` (a trip's zone and city while travelling). */
async function peopleAt(db: Executor, m: MeetingRow, atIso: string): Promise<Record<PairSide, Person>> {
  const ps = people(m);
  const travel = await travelAround(db, [ps.mentee.userId, ps.mentor.userId], atIso, atIso);
  const at = (p: Person): Person => {
    const clock = clockAt({ timeZone: p.recipient.timeZone, place: p.place }, travel.get(p.userId), atIso);
    return { ...p, place: clock.place, recipient: { ...p.recipient, timeZone: clock.timeZone } };
  };
  return { mentee: at(ps.mentee), mentor: at(ps.mentor) };
}

function people(m: MeetingRow): Record<PairSide, Person> {
  return {
    mentee: {
      userId: m.mentee_user_id,
      recipient: { email: m.mentee_email, name: m.mentee_name, locale: m.mentee_locale, timeZone: m.mentee_time_zone },
      name: m.mentee_name,
      place: m.mentee_place ?? zoneCity(m.mentee_time_zone),
    },
    mentor: {
      userId: m.mentor_user_id,
      recipient: { email: m.mentor_email, name: m.mentor_name, locale: m.mentor_locale, timeZone: m.mentor_time_zone },
      name: m.mentor_name,
      place: m.mentor_place ?? zoneCity(m.mentor_time_zone),
    },
  };
}

const long = { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
const short = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } as const;
const clockOnly = { weekday: 'short', hour: 'numeric', minute: '2-digit' } as const;

/** "Tuesday, 1 December, 19:00 EET (09:00 Tue for Maya in San Francisco)", for `reader`. */
export function whenBoth(at: string, reader: Person, them: Person): string {
  const mine = intlFor(reader.recipient.locale, reader.recipient.timeZone);
  const theirs = intlFor(reader.recipient.locale, them.recipient.timeZone);
  return mine.formatMessage(
    { id: 'meeting.otherClock' },
    { when: mine.formatDate(new Date(at), long), theirWhen: theirs.formatDate(new Date(at), clockOnly), otherName: them.name, otherPlace: them.place },
  ) as string;
}

function channelLine(m: MeetingRow, reader: Person): string {
  return intlFor(reader.recipient.locale, reader.recipient.timeZone).formatMessage(
    { id: 'meeting.channel' },
    { channel: m.channel === 'in-person' ? 'inPerson' : m.channel, where: m.url ?? m.location ?? '', hasWhere: m.url || m.location ? 'yes' : 'no' },
  ) as string;
}

const hubUrl = (ctx: ServiceContext, m: MeetingRow) => `${ctx.config.publicUrl}/partnerships/${m.partnership_id}/meetings`;

function invite(ctx: ServiceContext, m: MeetingRow, reader: Person, method: 'REQUEST' | 'CANCEL') {
  const content = meetingsCalendar(ctx.config, [m], { method, locale: reader.recipient.locale, now: ctx.clock.now() });
  return { icalEvent: { method, filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics', content } };
}

/** To the side that did not propose: the proposed times, each on both clocks. */
export async function emailProposed(trx: Executor, ctx: ServiceContext, m: MeetingRow, proposals: { start_at: string }[], note?: string) {
  const ps = people(m);
  const by = m.proposed_by;
  const reader = ps[otherSide(by)];
  const atTimes = await Promise.all(proposals.map((p) => peopleAt(trx, m, p.start_at)));
  await queueTemplatedEmail(trx, ctx.clock, reader.recipient, {
    template: 'email.meetingProposed',
    values: {
      name: reader.name,
      proposerName: ps[by].name,
      programName: m.program_name,
      count: proposals.length,
      times: proposals.map((p, i) => `• ${whenBoth(p.start_at, atTimes[i]![otherSide(by)], atTimes[i]![by])}`).join('\n'),
      note: note ?? '',
    },
    action: { url: hubUrl(ctx, m) },
    extra: note ? ['times', 'note'] : ['times'],
  });
}

type TimedTemplate = 'meetingConfirmed' | 'meetingRescheduled' | 'meetingUpdated' | 'meetingCancelled';

/** To both people: a confirmed, moved, changed or cancelled meeting, with the calendar invitation or cancellation. */
export async function emailBothWithInvite(trx: Executor, ctx: ServiceContext, m: MeetingRow, template: TimedTemplate, actor: PairSide) {
  const ps = await peopleAt(trx, m, m.start_at!);
  const cancelled = template === 'meetingCancelled';
  for (const side of ['mentee', 'mentor'] as const) {
    const reader = ps[side];
    const them = ps[otherSide(side)];
    const intl = intlFor(reader.recipient.locale, reader.recipient.timeZone);
    const extra =
      template === 'meetingConfirmed'
        ? ['channel', 'invite']
        : template === 'meetingRescheduled'
          ? [...(m.change_reason ? ['reason'] : []), 'channel', 'invite']
          : template === 'meetingUpdated'
            ? ['channel', 'invite']
            : [...(m.change_reason ? ['reason'] : []), 'invite'];
    await queueTemplatedEmail(
      trx,
      ctx.clock,
      reader.recipient,
      {
        template: `email.${template}`,
        values: {
          name: reader.name,
          otherName: them.name,
          shortWhen: intl.formatDate(new Date(m.start_at!), short),
          whenBoth: whenBoth(m.start_at!, reader, them),
          minutes: m.duration_minutes,
          channelLine: channelLine(m, reader),
          reason: m.change_reason ?? '',
          moverName: ps[actor].name,
          changerName: ps[actor].name,
          cancellerName: ps[actor].name,
        },
        action: { url: hubUrl(ctx, m) },
        extra,
      },
      invite(ctx, m, reader, cancelled ? 'CANCEL' : 'REQUEST'),
    );
  }
}

/** To the other side: proposed times were withdrawn before anyone confirmed. */
export async function emailProposalWithdrawn(trx: Executor, ctx: ServiceContext, m: MeetingRow, actor: PairSide) {
  const ps = people(m);
  const reader = ps[otherSide(actor)];
  await queueTemplatedEmail(trx, ctx.clock, reader.recipient, {
    template: 'email.proposalWithdrawn',
    values: { name: reader.name, cancellerName: ps[actor].name, reason: m.change_reason ?? '' },
    action: { url: hubUrl(ctx, m) },
    extra: m.change_reason ? ['reason'] : [],
  });
}
