/**
 * Shapes of the profiles, matching, partnerships, meetings, partnership-hub, surveys and report API, inferred from the server's zod
 * schemas. Type-only: nothing of the server reaches the browser bundle, and a change to a
 * schema shows up here as a type error instead of a surprise at run time.
 */
import type { z } from 'zod';
import type {
  citySchema,
  profileSchema,
  topicsResponse,
  updateProfileBody,
  weeklyWindowSchema,
} from '../../modules/profiles/profiles.schemas';
import type {
  breakdownSchema,
  mentorCardSchema,
  reasonSchema,
  settingsSchema,
  weekBandSchema,
} from '../../modules/matching/matching.schemas';
import type {
  constraintSchema,
  modeSchema,
  runDetailResponse,
  runPairSchema,
  runSchema,
  unmatchedSchema,
} from '../../modules/matching/runs.schemas';
import type {
  declineReasonSchema,
  partnershipSchema,
  personSchema,
  requestSchema,
  requestStatusSchema,
} from '../../modules/partnerships/partnerships.schemas';
import type {
  availabilityChangesResponse,
  calendarFeedResponse,
  cancelBody,
  confirmBody,
  counterProposeBody,
  createMeetingBody,
  fairnessSchema,
  localTimeSchema,
  meetingChannelSchema,
  meetingSchema,
  outcomeBody,
  overrideBody,
  partnershipMeetingsResponse,
  proposalSchema,
  rescheduleBody,
  slotSchema,
  slotsResponse,
  travelBody,
  updateMeetingBody,
} from '../../modules/meetings/meetings.schemas';
import type { agreementBody, agreementResponse, agreementVersionSchema } from '../../modules/agreements/agreements.schemas';
import type {
  actionItemSchema,
  createActionItemBody,
  createGoalBody,
  createMilestoneBody,
  goalSchema,
  milestoneSchema,
  updateActionItemBody,
  updateGoalBody,
  updateMilestoneBody,
} from '../../modules/agreements/goals.schemas';
import type { createEntryBody, timeEntrySchema, timeLogResponse, totalsSchema } from '../../modules/session-log/time-log.schemas';
import type { createNoteBody, noteSchema, updateNoteBody } from '../../modules/session-log/notes.schemas';
import type { endBody, endResponse, reflectionBody, reflectionStateResponse } from '../../modules/ending/ending.schemas';
import type {
  messagePageResponse,
  messageSchema,
  postMessageBody,
  readResponse,
  unreadResponse,
} from '../../modules/conversations/messages.schemas';
import type { attachmentSchema, fileSchema } from '../../modules/files/files.schemas';
import type {
  answerBody,
  answerValue,
  questionKindSchema,
  questionSchema,
  questionSummarySchema,
  rematchResponse,
  responseSchema,
  responsesResponse,
  submittedResponse,
  surveyAudienceSchema,
  surveyInput,
  surveyMeasureSchema,
  surveyRequestSchema,
  surveySchema,
  surveyTriggerSchema,
} from '../../modules/surveys/surveys.schemas';
import type {
  measureSchema,
  nudgeResponse,
  reportRoleSchema,
  reportSchema,
  reportTableSchema,
} from '../../modules/reports/report.schemas';

export type { Channel, ProfileView } from '../../modules/profiles/profiles.schemas';
export type { MentorCard, MatchingSettings } from '../../modules/matching/matching.schemas';

export type City = z.infer<typeof citySchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof updateProfileBody>;
export type WeeklyWindow = z.infer<typeof weeklyWindowSchema>;
export type Weekday = WeeklyWindow['weekday'];
export type ProgramTopic = z.infer<typeof topicsResponse>['topics'][number];
export type CompletenessItem = Profile['completeness']['missing'][number];

export type Breakdown = z.infer<typeof breakdownSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type WeekBand = z.infer<typeof weekBandSchema>;
export type BandDay = WeekBand['days'][number];
export type Settings = z.infer<typeof settingsSchema>;
export type Weights = Settings['weights'];
export type DistanceClass = z.infer<typeof mentorCardSchema>['distanceClass'];

export type RunMode = z.infer<typeof modeSchema>;
export type Run = z.infer<typeof runSchema>;
export type RunDetail = z.infer<typeof runDetailResponse>;
export type RunPair = z.infer<typeof runPairSchema>;
export type Unmatched = z.infer<typeof unmatchedSchema>;
export type Constraint = z.infer<typeof constraintSchema>;

export type Person = z.infer<typeof personSchema>;
export type MentorshipRequest = z.infer<typeof requestSchema>;
export type RequestStatus = z.infer<typeof requestStatusSchema>;
export type DeclineReason = z.infer<typeof declineReasonSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingProposal = z.infer<typeof proposalSchema>;
export type MeetingChannel = z.infer<typeof meetingChannelSchema>;
export type MeetingSide = NonNullable<Meeting['viewerSide']>;
export type PartnershipMeetings = z.infer<typeof partnershipMeetingsResponse>;
export type Fairness = z.infer<typeof fairnessSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type SlotLocalTime = z.infer<typeof localTimeSchema>;
export type Slots = z.infer<typeof slotsResponse>;
export type CreateMeetingInput = z.input<typeof createMeetingBody>;
export type ConfirmMeetingInput = z.input<typeof confirmBody>;
export type CounterProposeInput = z.input<typeof counterProposeBody>;
export type RescheduleInput = z.input<typeof rescheduleBody>;
export type CancelMeetingInput = z.input<typeof cancelBody>;
export type UpdateMeetingInput = z.input<typeof updateMeetingBody>;
export type OutcomeInput = z.input<typeof outcomeBody>;
export type CalendarFeed = z.infer<typeof calendarFeedResponse>;
export type AvailabilityChanges = z.infer<typeof availabilityChangesResponse>;
export type DateOverride = AvailabilityChanges['overrides'][number];
export type TravelPeriod = AvailabilityChanges['travel'][number];
export type OverrideInput = z.input<typeof overrideBody>;
export type TravelInput = z.input<typeof travelBody>;

export type Agreement = z.infer<typeof agreementResponse>;
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;
export type AgreementInput = z.input<typeof agreementBody>;
export type MeetingFrequency = AgreementVersion['meetingFrequency'];
export type AgreementChannel = AgreementVersion['channels'][number];
export type AgreementField = AgreementVersion['changed'][number];
export type Goal = z.infer<typeof goalSchema>;
export type GoalStatus = Goal['status'];
export type Milestone = z.infer<typeof milestoneSchema>;
export type CreateGoalInput = z.input<typeof createGoalBody>;
export type UpdateGoalInput = z.input<typeof updateGoalBody>;
export type CreateMilestoneInput = z.input<typeof createMilestoneBody>;
export type UpdateMilestoneInput = z.input<typeof updateMilestoneBody>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type CreateActionItemInput = z.input<typeof createActionItemBody>;
export type UpdateActionItemInput = z.input<typeof updateActionItemBody>;

export type TimeLog = z.infer<typeof timeLogResponse>;
export type TimeEntry = z.infer<typeof timeEntrySchema>;
export type TimeEntryKind = TimeEntry['kind'];
export type TimeTotals = z.infer<typeof totalsSchema>;
export type CreateTimeEntryInput = z.input<typeof createEntryBody>;
export type Note = z.infer<typeof noteSchema>;
export type NoteVisibility = Note['visibility'];
export type CreateNoteInput = z.input<typeof createNoteBody>;
export type UpdateNoteInput = z.input<typeof updateNoteBody>;

export type EndReason = NonNullable<Partnership['endReason']>;
export type EndInput = z.input<typeof endBody>;
export type EndResult = z.infer<typeof endResponse>;
export type ReflectionState = z.infer<typeof reflectionStateResponse>;
export type ReflectionInput = z.input<typeof reflectionBody>;

export type Message = z.infer<typeof messageSchema>;
export type MessagePage = z.infer<typeof messagePageResponse>;
export type PostMessageInput = z.input<typeof postMessageBody>;
export type ReadResult = z.infer<typeof readResponse>;
export type UnreadSummary = z.infer<typeof unreadResponse>;
export type SharedFile = z.infer<typeof fileSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;

export type SurveyTrigger = z.infer<typeof surveyTriggerSchema>;
export type SurveyAudience = z.infer<typeof surveyAudienceSchema>;
export type QuestionKind = z.infer<typeof questionKindSchema>;
export type SurveyMeasure = z.infer<typeof surveyMeasureSchema>;
export type Survey = z.infer<typeof surveySchema>;
export type SurveyQuestion = z.infer<typeof questionSchema>;
export type SurveyInput = z.input<typeof surveyInput>;
export type SurveyRequest = z.infer<typeof surveyRequestSchema>;
export type AnswerValue = z.infer<typeof answerValue>;
export type AnswerInput = z.input<typeof answerBody>;
export type SubmittedAnswers = z.infer<typeof submittedResponse>;
export type SurveyResponses = z.infer<typeof responsesResponse>;
export type SurveyResponse = z.infer<typeof responseSchema>;
export type QuestionSummary = z.infer<typeof questionSummarySchema>;
export type Rematch = z.infer<typeof rematchResponse>;

export type Report = z.infer<typeof reportSchema>;
export type ReportTable = z.infer<typeof reportTableSchema>;
export type ReportRole = z.infer<typeof reportRoleSchema>;
export type ReportMeasure = z.infer<typeof measureSchema>;
export type MeasureKey = ReportMeasure['key'];
export type Nudge = z.infer<typeof nudgeResponse>;
