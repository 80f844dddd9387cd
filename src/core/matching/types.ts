import type { OverlapSummary, WeeklyWindow } from '../time/types';

export type DistanceClass = 'same-city' | 'same-country' | 'near-zone' | 'far-zone';

/** What matching needs to know of a participant (mentee or mentor). */
export interface MatchPerson {
  /** The caller's id (a membership id). */
  id: string;
  /** Goals of a mentee, expertise of a mentor: topic keys. */
  topics: readonly string[];
  /** Display labels by topic key, for reasons. */
  topicLabels?: Readonly<Record<string, string>>;
  /** BCP 47 tags, the first the person's preferred one. */
  languages: readonly string[];
  timeZone: string;
  cityId: string | null;
  cityName?: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  availability: readonly WeeklyWindow[];
}

export interface MatchMentor extends MatchPerson {
  capacity: number;
  activeMentees: number;
  preferences: {
    /** The mentee must speak one of these, when any are given. */
    languages: readonly string[];
    /** Widest zone gap accepted, in hours; null = any. */
    maxZoneGapHours: number | null;
    openToInPerson: boolean;
  };
}

/** Relative weights of the score's parts; the score is their weighted mean × 100. */
export interface MatchWeights {
  topics: number;
  language: number;
  overlap: number;
  distance: number;
  capacity: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = { topics: 35, language: 10, overlap: 30, distance: 10, capacity: 15 };

/** Each part in 0..1, before weighting. */
export type Breakdown = Record<keyof MatchWeights, number>;

/** Why a pair cannot be matched at all. */
export type Exclusion =
  | 'no-shared-language'
  | 'mentor-language-preference'
  | 'zone-gap-too-wide'
  | 'mentor-full'
  | 'forbidden';

/** Structured reasons; the message catalog words them in the viewer's language. */
export type Reason =
  | { kind: 'overlap'; minutesPerWeek: number; summary: OverlapSummary }
  | { kind: 'no-overlap' }
  | { kind: 'languages'; languages: string[] }
  | { kind: 'topics'; covered: number; total: number; labels: string[] }
  | { kind: 'no-topics' }
  | { kind: 'distance'; distanceClass: DistanceClass; zoneGapHours: number; city: string | null; country: string | null; inPerson: boolean }
  | { kind: 'capacity'; remaining: number };

export interface PairExplanation {
  score: number;
  breakdown: Breakdown;
  overlapMinutesPerWeek: number;
  distanceClass: DistanceClass;
  zoneGapHours: number;
  excludedBy: Exclusion | null;
  reasons: Reason[];
}
