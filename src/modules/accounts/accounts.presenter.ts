import { parseReminderLeads } from '../../shared/meeting-reminders';
import type { UserView } from './accounts.schemas';
import type { TokenRow, UserRow } from './accounts.repository';

export function presentUser(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    timeZone: u.time_zone,
    locale: u.locale,
    accessibility: {
      screenReader: u.a11y_screen_reader === 1,
      reducedMotion: u.a11y_reduced_motion === 1,
      captions: u.a11y_captions === 1,
      prefersAsync: u.prefers_async === 1,
    },
    meetingReminders: parseReminderLeads(u.meeting_reminders),
    messageEmails: u.message_emails,
    createdAt: u.created_at,
  };
}

export function presentToken(t: TokenRow) {
  return { id: t.id, name: t.name, createdAt: t.created_at, lastUsedAt: t.last_used_at };
}
