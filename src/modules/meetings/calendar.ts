import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Config } from '../../server/config';
import { intlFor } from '../../server/i18n';
import type { MeetingRow } from './meetings.repository';

/** The address part of MAIL_FROM ("Meridian <no-reply@x>" → no-reply@x). */
function fromAddress(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

/** A meeting's UID, the same in every invitation, update, cancellation and feed, so calendars match them. */
export function meetingUid(config: Pick<Config, 'publicUrl'>, meetingId: string): string {
  return `meeting-${meetingId}@${new URL(config.publicUrl).hostname}`;
}

export interface CalendarOptions {
  /** REQUEST for an invitation or update, CANCEL for a cancellation; none for a download or feed. */
  method?: 'REQUEST' | 'CANCEL';
  /** Calendar name (feeds). */
  name?: string;
  /** The reader's language for summaries and descriptions. */
  locale: string;
  now: Date;
}

/**
 * iCalendar text for meetings that have a time, made with ical-generator. Times are UTC
 * (DTSTART:…Z), so every client reads the same instant whatever its zone. ORGANIZER is
 * Meridian's own address and both people are ATTENDEEs: neither owns the other's calendar entry.
 * SEQUENCE is the meeting's change counter, so a client applies updates in order.
 */
export function meetingsCalendar(config: Config, meetings: MeetingRow[], options: CalendarOptions): string {
  const intl = intlFor(options.locale, 'UTC');
  const cal = ical({
    prodId: { company: 'Meridian', product: 'Meridian', language: 'EN' },
    ...(options.name ? { name: options.name, ttl: 60 * 60 } : {}),
    ...(options.method ? { method: options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST } : {}),
  });
  for (const m of meetings) {
    if (!m.start_at || !m.end_at) continue;
    const cancelled = m.status === 'cancelled' || options.method === 'CANCEL';
    const hubUrl = `${config.publicUrl}/partnerships/${m.partnership_id}/meetings`;
    const where = m.channel === 'video' || m.channel === 'link' ? m.url : m.location;
    const description = [
      intl.formatMessage({ id: 'calendar.description' }, { program: m.program_name, hubUrl }),
      ...(where ? [intl.formatMessage({ id: `calendar.where.${m.channel === 'in-person' ? 'inPerson' : m.channel}` }, { where })] : []),
    ].join('\n\n');
    cal.createEvent({
      id: meetingUid(config, m.id),
      sequence: Number(m.sequence),
      stamp: options.now,
      created: new Date(m.created_at),
      lastModified: new Date(m.updated_at),
      start: new Date(m.start_at),
      end: new Date(m.end_at),
      summary: intl.formatMessage({ id: 'calendar.summary' }, { mentee: m.mentee_name, mentor: m.mentor_name }),
      description,
      ...(where ? { location: where } : {}),
      ...(m.url ? { url: m.url } : {}),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: 'Meridian', email: fromAddress(config.mailFrom) },
      attendees: [
        { name: m.mentee_name, email: m.mentee_email, role: ICalAttendeeRole.REQ, status: cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED, rsvp: false },
        { name: m.mentor_name, email: m.mentor_email, role: ICalAttendeeRole.REQ, status: cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED, rsvp: false },
      ],
    });
  }
  return cal.toString();
}
