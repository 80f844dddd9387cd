import type { Executor } from '../../db/database';
import type { MeetingChannel } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { parseReminderLeads } from '../../shared/meeting-reminders';
import { queueTemplatedEmail } from '../notifications/mail';
import { localDayGap, pairedClock, placeOf } from './local-time';
import { whenKind } from './reminder-rules';
import type { UpcomingMeetingRow } from './reminders.repository';

/** One side of a meeting, as the reminder job sees it. */
export interface MeetingPerson {
  userId: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  place: string;
  leads: number[];
  /** False once their membership was removed: they get no reminders. */
  member: boolean;
}

export function peopleOf(m: UpcomingMeetingRow): { mentee: MeetingPerson; mentor: MeetingPerson } {
  return {
    mentee: {
      userId: m.mentee_user_id,
      name: m.mentee_name,
      email: m.mentee_email,
      locale: m.mentee_locale,
      timeZone: m.mentee_time_zone,
      place: placeOf(m.mentee_place, m.mentee_time_zone),
      leads: parseReminderLeads(m.mentee_reminders),
      member: m.mentee_status !== 'removed',
    },
    mentor: {
      userId: m.mentor_user_id,
      name: m.mentor_name,
      email: m.mentor_email,
      locale: m.mentor_locale,
      timeZone: m.mentor_time_zone,
      place: placeOf(m.mentor_place, m.mentor_time_zone),
      leads: parseReminderLeads(m.mentor_reminders),
      member: m.mentor_status !== 'removed',
    },
  };
}

/** The paragraph that says how to join, by channel; `unset` when the link or place is missing. */
function channelParagraph(channel: MeetingChannel, url: string | null, location: string | null): string {
  switch (channel) {
    case 'video':
      return url ? 'video' : 'unset';
    case 'link':
      return url ? 'link' : 'unset';
    case 'phone':
      return location ? 'phone' : 'unset';
    case 'in-person':
      return location ? 'inPerson' : 'unset';
  }
}

/**
 * To one participant: the meeting is coming up. Its time on their clock and, beside it, on
 * the other person's; how to join; the agenda; and where to change reminders.
 */
export function emailMeetingReminder(trx: Executor, ctx: ServiceContext, m: UpcomingMeetingRow, me: MeetingPerson, other: MeetingPerson) {
  const start = new Date(m.start_at!);
  const now = ctx.clock.now();
  const clock = pairedClock(start, me, other.timeZone);
  const when = whenKind((start.getTime() - now.getTime()) / 60_000, localDayGap(now, start, me.timeZone));
  return queueTemplatedEmail(trx, ctx.clock, me, {
    template: 'email.meetingReminder',
    values: {
      name: me.name,
      otherName: other.name,
      otherPlace: other.place,
      place: me.place,
      programName: m.program_name,
      when: when.kind,
      count: when.count,
      time: clock.time,
      weekday: clock.weekday,
      startsAt: clock.date,
      otherTime: clock.other,
      duration: m.duration_minutes,
      url: m.url ?? '',
      location: m.location ?? '',
      agenda: m.agenda.trim(),
      settingsUrl: `${ctx.config.publicUrl}/settings`,
    },
    action: { url: `${ctx.config.publicUrl}/partnerships/${m.partnership_id}` },
    extra: [channelParagraph(m.channel, m.url, m.location), ...(m.agenda.trim() ? ['agenda'] : []), 'settings'],
  });
}
