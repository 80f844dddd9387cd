/**
 * Shapes of the profiles, matching and partnerships API, inferred from the server's zod
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
