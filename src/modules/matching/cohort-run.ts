import { solveAssignment, type MatchingMode } from '../../core/matching/assignment';
import { CompiledMentors, compileMentee, scoreMatrix } from '../../core/matching/cohort';
import { exclusion, explainPair } from '../../core/matching/score';
import type { Breakdown, DistanceClass, Exclusion, MatchMentor, MatchPerson, MatchWeights, Reason } from '../../core/matching/types';
import { intersectIntervals } from '../../core/time/intervals';

/** Everything a cohort run needs; plain data, so it crosses into a worker thread. */
export interface RunInput {
  mentees: MatchPerson[];
  /** Mentors; their places left are capacity − activeMentees. */
  mentors: MatchMentor[];
  fromMs: number;
  weeks: number;
  weights: MatchWeights;
  mode: MatchingMode;
  pins: [number, number][];
  forbids: [number, number][];
}

/** A reason as stored: the overlap's wording is left out, it depends on the reader's zone. */
export type StoredReason = Exclude<Reason, { kind: 'overlap' }> | { kind: 'overlap'; minutesPerWeek: number };

/**
 * What a run keeps of each pair: structured reasons and the shared time itself,
 * so every admin who reads the run gets them worded in their own language and zone.
 */
export interface PairDetails {
  breakdown: Breakdown;
  reasons: StoredReason[];
  /** Shared UTC minutes over the horizon, [start, end, …]. */
  shared: number[];
  weeks: number;
  overlapMinutesPerWeek: number;
  distanceClass: DistanceClass;
  zoneGapHours: number;
}

/** Why someone stays unmatched, structured so it is worded for the reader. */
export type UnmatchedReason =
  | { code: 'noMentors' | 'takenByBetterFits' | 'mentorNoFit' }
  | { code: 'noEligibleMentor'; exclusion: Exclusion }
  | { code: 'mentorSpare'; spare: number };

export interface RunOutput {
  pairs: { mentee: number; mentor: number; score: number; pinned: boolean; details: PairDetails }[];
  unmatched: { role: 'mentee' | 'mentor'; index: number; reason: UnmatchedReason }[];
  total: number;
  matched: number;
  proof: { rounds: number; candidatePairs: number; maxReducedValue: number };
}

const placesLeft = (m: MatchMentor): number => Math.max(0, m.capacity - m.activeMentees);

export type Progress = (stage: 'scoring' | 'solving' | 'explaining', fraction: number) => void;

/**
 * Scores the whole cohort, solves the optimal assignment (exact, with its proof),
 * and explains every proposed pair and every person left unmatched.
 */
export function computeRun(input: RunInput, progress: Progress = () => {}): RunOutput {
  const { mentees, mentors } = input;
  const compiled = new CompiledMentors(mentors, input.fromMs, input.weeks);
  const forbiddenPairs = new Map<number, Set<number>>();
  for (const [i, j] of input.forbids) forbiddenPairs.set(i, (forbiddenPairs.get(i) ?? new Set()).add(j));
  // Capacity lives in the solver (places left), not in the hard filters.
  const scores = scoreMatrix(compiled, mentees, { weights: input.weights, ignoreCapacity: true, forbiddenPairs }, (f) => progress('scoring', f));
  const pinned = new Set(input.pins.map(([i, j]) => i * mentors.length + j));
  const compiledMentees = mentees.map((p) => compileMentee(compiled, p));
  const explain = (i: number, j: number) =>
    explainPair(mentees[i]!, mentors[j]!, {
      weights: input.weights,
      menteeIntervals: compiled.intervals[compiledMentees[i]!.availability]!,
      mentorIntervals: compiled.intervals[compiled.availability[j]!]!,
      weeks: input.weeks,
      zoneGapHours: compiled.gapHours(compiledMentees[i]!.zone, compiled.zone[j]!),
      viewerZone: 'UTC',
      ignoreCapacity: true,
    });
  // An admin's pin overrides the soft filters: a pair they rule in counts with its plain score.
  for (const [i, j] of input.pins) {
    const k = i * mentors.length + j;
    if (Number.isNaN(scores[k]!)) scores[k] = explain(i, j).score || 0;
  }
  progress('solving', 0);
  const result = solveAssignment({
    mentees: mentees.length,
    mentors: mentors.length,
    capacities: mentors.map(placesLeft),
    scores,
    mode: input.mode,
    pinned: input.pins,
  });
  progress('solving', 1);

  const pairs: RunOutput['pairs'] = [];
  const unmatched: RunOutput['unmatched'] = [];
  const used = new Int32Array(mentors.length);
  for (let i = 0; i < mentees.length; i++) {
    const j = result.assignment[i]!;
    if (j >= 0) {
      used[j]!++;
      const x = explain(i, j);
      const shared = intersectIntervals(compiled.intervals[compiledMentees[i]!.availability]!, compiled.intervals[compiled.availability[j]!]!);
      pairs.push({
        mentee: i,
        mentor: j,
        score: scores[i * mentors.length + j]!,
        pinned: pinned.has(i * mentors.length + j),
        details: {
          breakdown: x.breakdown,
          reasons: x.reasons.map((r): StoredReason => (r.kind === 'overlap' ? { kind: 'overlap', minutesPerWeek: r.minutesPerWeek } : r)),
          shared: Array.from(shared),
          weeks: input.weeks,
          overlapMinutesPerWeek: x.overlapMinutesPerWeek,
          distanceClass: x.distanceClass,
          zoneGapHours: x.zoneGapHours,
        },
      });
    } else {
      unmatched.push({ role: 'mentee', index: i, reason: menteeReason(input, scores, i, compiled, compiledMentees[i]!.zone) });
    }
    if (i % 500 === 499) progress('explaining', (i + 1) / mentees.length);
  }
  mentors.forEach((m, j) => {
    if (used[j]! > 0 || placesLeft(m) <= 0) return;
    let fits = false;
    for (let i = 0; i < mentees.length && !fits; i++) fits = !Number.isNaN(scores[i * mentors.length + j]!);
    unmatched.push({ role: 'mentor', index: j, reason: fits ? { code: 'mentorSpare', spare: placesLeft(m) } : { code: 'mentorNoFit' } });
  });
  progress('explaining', 1);
  return { pairs, unmatched, total: result.total, matched: result.matched, proof: result.proof };
}

/** Why a mentee got nobody: the filter that ruled out most mentors, or better fits taking the places. */
function menteeReason(input: RunInput, scores: Float32Array, i: number, compiled: CompiledMentors, zone: number): UnmatchedReason {
  const n = input.mentors.length;
  if (n === 0) return { code: 'noMentors' };
  const counts = new Map<Exclusion, number>();
  for (let j = 0; j < n; j++) {
    if (!Number.isNaN(scores[i * n + j]!)) return { code: 'takenByBetterFits' };
    const forbidden = input.forbids.some(([a, b]) => a === i && b === j);
    const why = exclusion(input.mentees[i]!, input.mentors[j]!, compiled.gapHours(zone, compiled.zone[j]!), { ignoreCapacity: true, forbidden }) ?? 'forbidden';
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return { code: 'noEligibleMentor', exclusion: top![0] };
}
