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
}
