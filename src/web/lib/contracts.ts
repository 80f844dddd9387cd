/**
 * Shapes of the profiles, matching, partnerships and meetings API, inferred from the server's zod
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
