/**
 * Table types for Kysely. Portable across SQLite and PostgreSQL:
 * ids are text (UUIDs made by the app), timestamps are ISO-8601 UTC text,
 * calendar dates are 'YYYY-MM-DD' text, booleans are integers 0/1,
 * JSON is text. See docs/decisions/0002-portable-column-types.md.
 */
import type { Generated } from 'kysely';

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

export interface ProfilesTable {
  membership_id: string;
  program_id: string;
  user_id: string;
  headline: string;
  bio: string;
  city_id: string | null;
  city_name: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  /** JSON: BCP 47 tags. */
  languages: string;
  /** JSON: channel names. */
  channels: string;
  /** JSON: weekly windows in the owner's zone. */
  availability: string;
  capacity: number;
  /** JSON: BCP 47 tags a mentor requires (any one of). */
  pref_languages: string;
  max_zone_gap_hours: number | null;
  open_to_in_person: number;
  accessibility_needs: string;
  share_accessibility: number;
  created_at: string;
  updated_at: string;
}

export interface ProfileTopicsTable {
  membership_id: string;
  topic: string;
  label: string;
}

export interface ProgramTopicsTable {
  program_id: string;
  topic: string;
  label: string;
}

export interface ProgramMatchingSettingsTable {
  program_id: string;
  weights: string;
  max_open_requests: number;
  request_expiry_days: number;
  updated_at: string;
}

export interface MentorMarksTable {
  mentee_membership_id: string;
  mentor_membership_id: string;
  kind: 'bookmark' | 'hide';
  created_at: string;
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'superseded';

export interface MentorshipRequestsTable {
  id: string;
  program_id: string;
  mentee_membership_id: string;
  mentor_membership_id: string;
  message: string;
  status: RequestStatus;
  decline_reason: string | null;
  decline_note: string | null;
  created_at: string;
  expires_at: string;
  decided_at: string | null;
}

export type DistanceClass = 'same-city' | 'same-country' | 'near-zone' | 'far-zone';
export type PartnershipStatus = 'active' | 'completed' | 'ended';

export interface PartnershipsTable {
  id: string;
  program_id: string;
  mentee_membership_id: string;
  mentor_membership_id: string;
  status: PartnershipStatus;
  distance_class: DistanceClass;
  zone_gap_minutes: number;
  overlap_minutes_per_week: number;
  score: number | null;
  source: 'request' | 'matching-run';
  request_id: string | null;
  matching_run_id: string | null;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  /** The side that ended it. */
  ended_by: PairSide | null;
  /** What the side that ended it wrote to the other. */
  end_note: string | null;
}

export type MatchingRunStatus = 'running' | 'draft' | 'published' | 'failed' | 'discarded';

export interface MatchingRunsTable {
  id: string;
  program_id: string;
  mode: 'best-total' | 'most-matched';
  weights: string;
  status: MatchingRunStatus;
  progress: number;
  stage: string;
  total_score: number | null;
  matched: number | null;
  proof: string | null;
  error: string | null;
  created_by: string;
  created_at: string;
  /** Written with each progress report; a running run whose heartbeat stopped was interrupted. */
  heartbeat_at: string | null;
  finished_at: string | null;
  published_at: string | null;
}

export interface MatchingRunPairsTable {
  run_id: string;
  mentee_membership_id: string;
  mentor_membership_id: string;
  score: number;
  /** JSON: breakdown and reasons. */
  details: string;
  pinned: number;
}

export interface MatchingRunUnmatchedTable {
  run_id: string;
  membership_id: string;
  role: 'mentor' | 'mentee';
  reason: string;
}

export interface MatchingConstraintsTable {
  program_id: string;
  mentee_membership_id: string;
  mentor_membership_id: string;
  kind: 'pin' | 'forbid';
  created_by: string;
  created_at: string;
}

export interface AvailabilityOverridesTable {
  id: string;
  user_id: string;
  /** 'YYYY-MM-DD' in the zone the owner is in that day. */
  date: string;
  /** 1: extra hours (windows); 0: away (windows, or the whole day when none). */
  available: number;
  /** JSON: [{ start: 'HH:MM', end: 'HH:MM' }]. */
  windows: string;
  note: string;
  created_at: string;
}

export interface TravelPeriodsTable {
  id: string;
  user_id: string;
  /** 'YYYY-MM-DD', inclusive, local dates in time_zone. */
  starts_on: string;
  ends_on: string;
  time_zone: string;
  note: string;
  created_at: string;
}

export type MeetingStatus = 'proposed' | 'confirmed' | 'cancelled' | 'held' | 'missed';
export type MeetingChannel = 'video' | 'phone' | 'in-person' | 'link';
export type PairSide = 'mentee' | 'mentor';
export type Awkwardness = 'working' | 'early' | 'late' | 'night' | 'weekend';

export interface MeetingsTable {
  id: string;
  partnership_id: string;
  program_id: string;
  status: MeetingStatus;
  /** The side whose proposals are open (the other side confirms), or who set the current time. */
  proposed_by: PairSide;
  channel: MeetingChannel;
  /** A place (in person) or a phone number. */
  location: string | null;
  /** The video room or the pair's own link. */
  url: string | null;
  /** Set once confirmed; null while only proposed. */
  start_at: string | null;
  end_at: string | null;
  duration_minutes: number;
  agenda: string;
  /** iCalendar SEQUENCE: incremented on every change sent to calendars. */
  sequence: Generated<number>;
  /** How awkward the confirmed time was for each side, kept for the fairness tally. */
  mentee_awkwardness: Awkwardness | null;
  mentor_awkwardness: Awkwardness | null;
  /** Reason given with the last reschedule or the cancellation. */
  change_reason: string | null;
  cancelled_by: PairSide | null;
  minutes_spent: number | null;
  outcome_by: PairSide | null;
  outcome_at: string | null;
  confirmed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingProposalsTable {
  meeting_id: string;
  start_at: string;
  end_at: string;
  created_at: string;
}

export interface CalendarFeedsTable {
  user_id: string;
  /** The secret in the feed URL; regenerating replaces it, so the old URL dies at once. */
  token: string;
  created_at: string;
}

/** One row per reminder or nudge sent: the primary key makes each go out once across instances. */
export interface NotificationClaimsTable {
  key: string;
  created_at: string;
}

// ---- The pair's work: agreement, goals, action items, time log, notes, reflections -------------

export type MeetingFrequency = 'weekly' | 'fortnightly' | 'monthly' | 'as-needed';
export type GoalStatus = 'not-started' | 'in-progress' | 'achieved' | 'dropped';
export type TimeEntryKind = 'meeting' | 'phone' | 'email' | 'chat' | 'in-person' | 'other';
export type NoteVisibility = 'shared' | 'private';

/** One version of the pair's agreement; a change is a new row, and each side confirms a version. */
export interface AgreementVersionsTable {
  id: string;
  partnership_id: string;
  version: number;
  goals: string;
  meeting_frequency: MeetingFrequency;
  meeting_length_minutes: number;
  /** JSON: channel names. */
  channels: string;
  confidentiality: string;
  /** 'YYYY-MM-DD'. */
  ends_on: string;
  created_by: string;
  created_at: string;
  mentee_confirmed_at: string | null;
  mentor_confirmed_at: string | null;
}

export interface GoalsTable {
  id: string;
  partnership_id: string;
  title: string;
  description: string;
  status: GoalStatus;
  created_by_side: PairSide;
  achieved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GoalMilestonesTable {
  id: string;
  goal_id: string;
  title: string;
  due_on: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionItemsTable {
  id: string;
  partnership_id: string;
  meeting_id: string | null;
  text: string;
  owner_side: PairSide;
  due_on: string | null;
  done_at: string | null;
  done_by_side: PairSide | null;
  created_by_side: PairSide;
  created_at: string;
  updated_at: string;
}

/** Contact logged by hand; held meetings count from their own outcome, not from here. */
export interface TimeEntriesTable {
  id: string;
  partnership_id: string;
  author_user_id: string;
  author_side: PairSide;
  kind: TimeEntryKind;
  /** 'YYYY-MM-DD' in the author's zone. */
  occurred_on: string;
  minutes: number;
  preparation_minutes: number;
  note: string;
  meeting_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartnershipNotesTable {
  id: string;
  partnership_id: string;
  meeting_id: string | null;
  author_user_id: string;
  author_side: PairSide;
  /** shared: the pair reads it; private: only its author, ever. */
  visibility: NoteVisibility;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface PartnershipReflectionsTable {
  partnership_id: string;
  side: PairSide;
  user_id: string;
  rating: number;
  learned: string;
  would_recommend: number;
  created_at: string;
}

// ---- Conversations and the real-time stream ---------------------------------------------------

export type MessageEmails = 'immediate' | 'digest' | 'never';

/** One message in a partnership's conversation; a deleted one keeps its row as a tombstone. */
export interface MessagesTable {
  id: string;
  partnership_id: string;
  author_user_id: string;
  /** Sanitised HTML (a small safe subset). Empty once deleted. */
  body_html: string;
  /** Plain text derived from body_html, for emails and search. Empty once deleted. */
  body_text: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

/** Where each person has read up to in a conversation, and when they were last emailed about it. */
export interface ConversationReadsTable {
  partnership_id: string;
  user_id: string;
  /** The last message read: (created_at, id) orders a conversation. */
  last_read_message_id: string | null;
  last_read_message_at: string | null;
  read_at: string | null;
  emailed_at: string | null;
  /** Messages up to this moment were in a digest already. */
  digested_at: string | null;
}

/** The secret in reply+TOKEN@MAIL_DOMAIN, one per person per partnership. */
export interface ConversationReplyTokensTable {
  token: string;
  partnership_id: string;
  user_id: string;
  created_at: string;
}

/** One row per recipient per event: the stream's replay log. Ids sort in commit order. */
export interface StreamEventsTable {
  /** 16 digits: epoch microseconds, or one more than the last id when that is larger. */
  id: string;
  user_id: string;
  kind: string;
  /** JSON. */
  data: string;
  created_at: string;
}

/** A single row whose write lock serialises appends to stream_events. */
export interface StreamEventLockTable {
  name: string;
  locked_at: string | null;
}

/** One open event stream; seen_at is refreshed by heartbeats, so a crashed instance's rows lapse. */
export interface StreamConnectionsTable {
  id: string;
  user_id: string;
  instance_id: string;
  connected_at: string;
  seen_at: string;
}

// ---- Files ------------------------------------------------------------------------------------

/** A file the pair shares or attaches to a message; the bytes are in file storage under storage_key. */
export interface FilesTable {
  id: string;
  partnership_id: string;
  uploader_user_id: string;
  uploader_side: PairSide;
  /** The uploader's file name, made safe (no path, no control characters, an extension that fits the type). */
  name: string;
  /** Sniffed from the bytes, never the client's word. */
  content_type: string;
  size: number;
  storage_key: string;
  /** 1: uploaded to go with a message, so not listed among shared files until attached. */
  attachment: Generated<number>;
  message_id: string | null;
  /** 1: the pair lets the program's admins read it. */
  shared_with_program: Generated<number>;
  created_at: string;
  deleted_at: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  programs: ProgramsTable;
  cycles: CyclesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  invitation_recipients: InvitationRecipientsTable;
  outbox: OutboxTable;
  profiles: ProfilesTable;
  profile_topics: ProfileTopicsTable;
  program_topics: ProgramTopicsTable;
  program_matching_settings: ProgramMatchingSettingsTable;
  mentor_marks: MentorMarksTable;
  mentorship_requests: MentorshipRequestsTable;
  partnerships: PartnershipsTable;
  matching_runs: MatchingRunsTable;
  matching_run_pairs: MatchingRunPairsTable;
  matching_run_unmatched: MatchingRunUnmatchedTable;
  matching_constraints: MatchingConstraintsTable;
  availability_overrides: AvailabilityOverridesTable;
  travel_periods: TravelPeriodsTable;
  meetings: MeetingsTable;
  meeting_proposals: MeetingProposalsTable;
  calendar_feeds: CalendarFeedsTable;
  notification_claims: NotificationClaimsTable;
  messages: MessagesTable;
  conversation_reads: ConversationReadsTable;
  conversation_reply_tokens: ConversationReplyTokensTable;
  stream_events: StreamEventsTable;
  stream_event_lock: StreamEventLockTable;
  stream_connections: StreamConnectionsTable;
  agreement_versions: AgreementVersionsTable;
  goals: GoalsTable;
  goal_milestones: GoalMilestonesTable;
  action_items: ActionItemsTable;
  time_entries: TimeEntriesTable;
  partnership_notes: PartnershipNotesTable;
  partnership_reflections: PartnershipReflectionsTable;
  files: FilesTable;
}
