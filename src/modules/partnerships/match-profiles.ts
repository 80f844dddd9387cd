import { DEFAULT_WEIGHTS, type MatchMentor, type MatchPerson, type MatchWeights } from '../../core/matching/types';
import type { WeeklyWindow } from '../../core/time/types';
import type { Executor } from '../../db/database';
import { parseJsonArray } from '../profiles/profiles.presenter';
import * as repo from './partnerships.repository';

export interface RequestSettings {
  maxOpenRequests: number;
  requestExpiryDays: number;
  weights: MatchWeights;
}

/** Used when an admin never saved matching settings (the migration's column defaults). */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = { maxOpenRequests: 3, requestExpiryDays: 7, weights: DEFAULT_WEIGHTS };

export async function requestSettings(db: Executor, programId: string): Promise<RequestSettings> {
  const row = await repo.findMatchingSettings(db, programId);
  if (!row) return DEFAULT_REQUEST_SETTINGS;
  return {
    maxOpenRequests: row.max_open_requests,
    requestExpiryDays: row.request_expiry_days,
    weights: { ...DEFAULT_WEIGHTS, ...(JSON.parse(row.weights) as Partial<MatchWeights>) },
  };
}

export interface Pair {
  mentee: repo.ParticipantRow;
  mentor: repo.ParticipantRow;
  menteeMatch: MatchPerson;
  mentorMatch: MatchMentor;
}

function matchPerson(row: repo.ParticipantRow, topics: { topic: string; label: string }[]): MatchPerson {
  return {
    id: row.membership_id,
    topics: topics.map((t) => t.topic),
    topicLabels: Object.fromEntries(topics.map((t) => [t.topic, t.label])),
    languages: parseJsonArray<string>(row.languages),
    timeZone: row.time_zone,
    cityId: row.city_id,
    cityName: row.city_name,
    country: row.country,
    latitude: row.latitude,
    longitude: row.longitude,
    availability: parseJsonArray<WeeklyWindow>(row.availability),
  };
}

/**
 * A mentee and a mentor as the matching core sees them, in two queries. A
 * missing profile reads as empty (no languages, no availability, capacity 0).
 * Undefined when either membership does not exist.
 */
export async function loadPair(db: Executor, menteeId: string, mentorId: string, activeMentees: number): Promise<Pair | undefined> {
  const [rows, topics] = await Promise.all([repo.findParticipants(db, [menteeId, mentorId]), repo.findTopics(db, [menteeId, mentorId])]);
  const mentee = rows.find((r) => r.membership_id === menteeId);
  const mentor = rows.find((r) => r.membership_id === mentorId);
  if (!mentee || !mentor) return undefined;
  const topicsOf = (id: string) => topics.filter((t) => t.membership_id === id);
  return {
    mentee,
    mentor,
    menteeMatch: matchPerson(mentee, topicsOf(menteeId)),
    mentorMatch: {
      ...matchPerson(mentor, topicsOf(mentorId)),
      capacity: mentor.capacity ?? 0,
      activeMentees,
      preferences: {
        languages: parseJsonArray<string>(mentor.pref_languages),
        maxZoneGapHours: mentor.max_zone_gap_hours ?? null,
        openToInPerson: mentor.open_to_in_person === 1,
      },
    },
  };
}
