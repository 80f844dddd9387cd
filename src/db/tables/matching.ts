/** Profiles, requests, partnerships and cohort matching runs. Column conventions: ../schema.ts. */
import type { PairSide } from './meetings';

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
