/**
 * Table types for Kysely. Portable across SQLite and PostgreSQL:
 * ids are text (UUIDs made by the app), timestamps are ISO-8601 UTC text,
 * calendar dates are 'YYYY-MM-DD' text, booleans are integers 0/1,
 * JSON is text. See docs/decisions/0002-portable-column-types.md.
 */

export type * from './tables/accounts';
export type * from './tables/matching';
export type * from './tables/meetings';
export type * from './tables/partnership-work';
export type * from './tables/conversations';
export type * from './tables/files';
export type * from './tables/surveys';

import type { ApiTokensTable, CyclesTable, InvitationRecipientsTable, InvitationsTable, MembershipsTable, OutboxTable, PasswordResetsTable, ProgramsTable, SessionsTable, UsersTable } from './tables/accounts';
import type { MatchingConstraintsTable, MatchingRunPairsTable, MatchingRunUnmatchedTable, MatchingRunsTable, MentorMarksTable, MentorshipRequestsTable, PartnershipsTable, ProfileTopicsTable, ProfilesTable, ProgramMatchingSettingsTable, ProgramTopicsTable } from './tables/matching';
import type { AvailabilityOverridesTable, CalendarFeedsTable, MeetingProposalsTable, MeetingsTable, NotificationClaimsTable, TravelPeriodsTable } from './tables/meetings';
import type { ActionItemsTable, AgreementVersionsTable, GoalMilestonesTable, GoalsTable, PartnershipNotesTable, PartnershipReflectionsTable, TimeEntriesTable } from './tables/partnership-work';
import type { ConversationReadsTable, ConversationReplyTokensTable, MessagesTable, StreamConnectionsTable, StreamEventLockTable, StreamEventsTable } from './tables/conversations';
import type { FilesTable } from './tables/files';
import type { PartnershipNudgesTable, SurveyAnswersTable, SurveyQuestionsTable, SurveyRequestsTable, SurveyResponsesTable, SurveysTable } from './tables/surveys';

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
  surveys: SurveysTable;
  survey_questions: SurveyQuestionsTable;
  survey_requests: SurveyRequestsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  partnership_nudges: PartnershipNudgesTable;
}
