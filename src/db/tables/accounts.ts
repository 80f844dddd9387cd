/** Accounts, programs and their cycles and members, the mail outbox. Column conventions: ../schema.ts. */
import type { Generated } from 'kysely';
import type { MessageEmails } from './conversations';

export type Role = 'admin' | 'mentor' | 'mentee';
export type MembershipStatus = 'active' | 'paused' | 'removed';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  time_zone: string;
  locale: string;
  a11y_screen_reader: number;
  a11y_reduced_motion: number;
  a11y_captions: number;
  prefers_async: number;
  /** JSON: minutes before a meeting to remind, e.g. [1440, 60]; [] for none. */
  meeting_reminders: Generated<string>;
  /** When new messages are emailed: 'immediate' (while not online), 'digest' (each morning) or 'never'. */
  message_emails: Generated<MessageEmails>;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie value; the raw value is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ProgramsTable {
  id: string;
  name: string;
  description: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CyclesTable {
  id: string;
  program_id: string;
  name: string;
  enrolment_opens_on: string;
  matching_starts_on: string;
  mentoring_starts_on: string;
  closes_on: string;
  created_at: string;
}

export interface MembershipsTable {
  id: string;
  program_id: string;
  user_id: string;
  role: Role;
  status: MembershipStatus;
  created_at: string;
  updated_at: string;
}

export interface InvitationsTable {
  id: string;
  program_id: string;
  code: string;
  role: Exclude<Role, 'admin'>;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  uses: Generated<number>;
}

export interface InvitationRecipientsTable {
  id: string;
  invitation_id: string;
  email: string;
  name: string | null;
  created_at: string;
  accepted_at: string | null;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxTable {
  id: string;
  kind: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
