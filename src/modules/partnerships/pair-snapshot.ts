import { distanceClass, type Place } from '../../core/matching/distance';
import { explainPair } from '../../core/matching/score';
import type { DistanceClass, MatchMentor, MatchPerson, MatchWeights } from '../../core/matching/types';
import { overlapMinutes, precomputeAvailability, zoneGapHours } from '../../core/time';

/** The horizon the snapshot averages over, as suggestions do. */
export const SNAPSHOT_WEEKS = 4;

export interface PairSnapshot {
  distanceClass: DistanceClass;
  zoneGapMinutes: number;
  overlapMinutesPerWeek: number;
  score: number | null;
}

/**
 * What a partnership records about the pair when it starts: their distance
 * class, zone gap, shared working minutes a week (averaged over the coming
 * four weeks from the start of the UTC day, the horizon suggestions use) and
 * the match score. Capacity was checked by the caller; `mentor.activeMentees`
 * is the count before this partnership. A pair a hard filter would now rule
 * out (a profile changed since the request) gets no score.
 */
export function pairSnapshot(mentee: MatchPerson, mentor: MatchMentor, weights: MatchWeights, now: Date): PairSnapshot {
  const fromMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const menteeIntervals = precomputeAvailability({ timeZone: mentee.timeZone, windows: [...mentee.availability] }, fromMs, SNAPSHOT_WEEKS);
  const mentorIntervals = precomputeAvailability({ timeZone: mentor.timeZone, windows: [...mentor.availability] }, fromMs, SNAPSHOT_WEEKS);
  const gapHours = zoneGapHours(mentee.timeZone, mentor.timeZone, now.getTime());
  const x = explainPair(mentee, mentor, {
    weights,
    menteeIntervals,
    mentorIntervals,
    weeks: SNAPSHOT_WEEKS,
    zoneGapHours: gapHours,
    viewerZone: mentee.timeZone,
    ignoreCapacity: true,
  });
  return {
    distanceClass: x.distanceClass,
    zoneGapMinutes: Math.round(gapHours * 60),
    overlapMinutesPerWeek: Math.round(overlapMinutes(menteeIntervals, mentorIntervals) / SNAPSHOT_WEEKS),
    score: x.excludedBy ? null : x.score,
  };
}

/** Where a person is, as the distance class needs it: their place (nulls without a profile) and time zone. */
export type PairPlace = Place & { timeZone: string };

/**
 * The distance class the pair would get from `pairSnapshot` were it to start at `now`: the same city
 * or country by their places, else near or far by the gap between their zones at `now` (people
 * without a location fall through to the zone gap). For pairs not yet made, such as open requests.
 */
export function pairDistanceClass(mentee: PairPlace, mentor: PairPlace, now: Date): DistanceClass {
  return distanceClass(mentee, mentor, zoneGapHours(mentee.timeZone, mentor.timeZone, now.getTime()));
}
