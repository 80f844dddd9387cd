import { intersectIntervals, totalMinutes } from '../time/intervals';
import { summariseOverlap } from '../time/summary';
import type { Intervals } from '../time/types';
import { distanceClass, distancePart } from './distance';
import type { Breakdown, Exclusion, MatchMentor, MatchPerson, MatchWeights, PairExplanation, Reason } from './types';

/** Shared working time saturates the overlap part at four hours a week: enough for a weekly call and slack. */
export const OVERLAP_TARGET_MINUTES = 240;

/** 'ar-LB' and 'ar' are the same language for mentoring. */
export const baseLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export function topicsPart(covered: number, goals: number, expertise: number): number {
  if (goals === 0) return expertise > 0 ? 0.5 : 0;
  return covered / goals;
}

/** 1 when they share the mentee's first language, 0.75 for another shared one. */
export function languagePart(sharesFirst: boolean): number {
  return sharesFirst ? 1 : 0.75;
}

export const overlapPart = (minutesPerWeek: number): number => Math.min(1, minutesPerWeek / OVERLAP_TARGET_MINUTES);

export function capacityPart(capacity: number, active: number): number {
  return capacity > 0 ? Math.max(0, capacity - active) / capacity : 0;
}

/**
 * Weighted mean of the parts, 0..100, rounded to one decimal. Each weight is
 * normalised first (w / Σw), the order cohort.ts uses too, so both round alike.
 */
export function combine(b: Breakdown, w: MatchWeights): number {
  const sum = w.topics + w.language + w.overlap + w.distance + w.capacity;
  const norm = sum > 0 ? 1 / sum : 0;
  const raw =
    w.topics * norm * b.topics +
    w.language * b.language * norm +
    w.overlap * norm * b.overlap +
    w.distance * norm * b.distance +
    w.capacity * norm * b.capacity;
  return Math.round(raw * 1000) / 10;
}

export interface PairContext {
  weights: MatchWeights;
  /** Both people's availability over the same horizon (precomputed, cached per person). */
  menteeIntervals: Intervals;
  mentorIntervals: Intervals;
  weeks: number;
  zoneGapHours: number;
  /** The zone reasons speak in (the viewer's). */
  viewerZone: string;
  /** Cohort runs check capacity in the solver instead. */
  ignoreCapacity?: boolean;
  forbidden?: boolean;
}

/** The first hard filter a pair fails, or null. */
export function exclusion(
  mentee: MatchPerson,
  mentor: MatchMentor,
  zoneGapHours: number,
  o: { ignoreCapacity?: boolean; forbidden?: boolean } = {},
): Exclusion | null {
  if (o.forbidden) return 'forbidden';
  const menteeLangs = new Set(mentee.languages.map(baseLanguage));
  if (!mentor.languages.some((l) => menteeLangs.has(baseLanguage(l)))) return 'no-shared-language';
  const required = mentor.preferences.languages.map(baseLanguage);
  if (required.length && !required.some((l) => menteeLangs.has(l))) return 'mentor-language-preference';
  if (mentor.preferences.maxZoneGapHours !== null && zoneGapHours > mentor.preferences.maxZoneGapHours) return 'zone-gap-too-wide';
  if (!o.ignoreCapacity && mentor.capacity - mentor.activeMentees <= 0) return 'mentor-full';
  return null;
}

/**
 * Scores one mentee–mentor pair and says why, in structured reasons. This is the readable
 * reference; cohort.ts computes the same score for whole cohorts on typed arrays.
 */
export function explainPair(mentee: MatchPerson, mentor: MatchMentor, c: PairContext): PairExplanation {
  const shared = intersectIntervals(c.menteeIntervals, c.mentorIntervals);
  const overlapMinutesPerWeek = totalMinutes(shared) / c.weeks;
  const cls = distanceClass(mentee, mentor, c.zoneGapHours);
  const mentorBase = new Set(mentor.languages.map(baseLanguage));
  const sharedLanguages = [...new Set(mentee.languages.map(baseLanguage))].filter((l) => mentorBase.has(l));
  const expertise = new Set(mentor.topics);
  const coveredTopics = mentee.topics.filter((t) => expertise.has(t));
  const breakdown: Breakdown = {
    topics: topicsPart(coveredTopics.length, mentee.topics.length, mentor.topics.length),
    language: sharedLanguages.length ? languagePart(mentorBase.has(baseLanguage(mentee.languages[0] ?? ''))) : 0,
    overlap: overlapPart(overlapMinutesPerWeek),
    distance: distancePart(cls, c.zoneGapHours),
    capacity: capacityPart(mentor.capacity, mentor.activeMentees),
  };
  const excludedBy = exclusion(mentee, mentor, c.zoneGapHours, c);
  const remaining = Math.max(0, mentor.capacity - mentor.activeMentees);
  const reasons: Reason[] = [
    overlapMinutesPerWeek > 0
      ? { kind: 'overlap', minutesPerWeek: overlapMinutesPerWeek, summary: summariseOverlap(shared, c.viewerZone, c.weeks) }
      : { kind: 'no-overlap' },
    ...(sharedLanguages.length ? [{ kind: 'languages' as const, languages: sharedLanguages }] : []),
    mentee.topics.length
      ? {
          kind: 'topics',
          covered: coveredTopics.length,
          total: mentee.topics.length,
          labels: coveredTopics.map((t) => mentee.topicLabels?.[t] ?? mentor.topicLabels?.[t] ?? t),
        }
      : { kind: 'no-topics' },
    {
      kind: 'distance',
      distanceClass: cls,
      zoneGapHours: c.zoneGapHours,
      city: cls === 'same-city' ? (mentor.cityName ?? null) : null,
      country: cls === 'same-country' ? mentor.country : null,
      inPerson: cls === 'same-city' && mentor.preferences.openToInPerson,
    },
    { kind: 'capacity', remaining },
  ];
  return {
    score: excludedBy ? 0 : combine(breakdown, c.weights),
    breakdown,
    overlapMinutesPerWeek,
    distanceClass: cls,
    zoneGapHours: c.zoneGapHours,
    excludedBy,
    reasons,
  };
}
