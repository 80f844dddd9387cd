import { solveAssignment, type MatchingMode } from '../../core/matching/assignment';
import { CompiledMentors, compileMentee, scoreMatrix } from '../../core/matching/cohort';
import { exclusion, explainPair } from '../../core/matching/score';
import type { Breakdown, DistanceClass, Exclusion, MatchMentor, MatchPerson, MatchWeights } from '../../core/matching/types';
import { intlFor } from '../../server/i18n';
import { renderReasons, type ReasonView } from './reasons';

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
  /** The admin who reads the reasons: their language and zone. */
  viewer: { locale: string; timeZone: string };
}

export interface PairDetails {
  breakdown: Breakdown;
  reasons: ReasonView[];
  overlapMinutesPerWeek: number;
  distanceClass: DistanceClass;
  zoneGapHours: number;
}

export interface RunOutput {
  pairs: { mentee: number; mentor: number; score: number; pinned: boolean; details: PairDetails }[];
  unmatched: { role: 'mentee' | 'mentor'; index: number; reason: string }[];
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
      viewerZone: input.viewer.timeZone,
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

  const viewer = { ...input.viewer, who: 'other' as const };
  const intl = intlFor(input.viewer.locale, input.viewer.timeZone);
  const pairs: RunOutput['pairs'] = [];
  const unmatched: RunOutput['unmatched'] = [];
  const used = new Int32Array(mentors.length);
  for (let i = 0; i < mentees.length; i++) {
    const j = result.assignment[i]!;
    if (j >= 0) {
      used[j]!++;
      const x = explain(i, j);
      const isPinned = pinned.has(i * mentors.length + j);
      const reasons = renderReasons(x.reasons, viewer);
      pairs.push({
        mentee: i,
        mentor: j,
        score: scores[i * mentors.length + j]!,
        pinned: isPinned,
        details: {
          breakdown: x.breakdown,
          reasons: isPinned ? [{ kind: 'pinned', text: intl.formatMessage({ id: 'reason.pinned' }) }, ...reasons] : reasons,
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
    unmatched.push({
      role: 'mentor',
      index: j,
      reason: intl.formatMessage({ id: fits ? 'unmatched.mentorSpare' : 'unmatched.mentorNoFit' }, { spare: placesLeft(m) }) as string,
    });
  });
  progress('explaining', 1);
  return { pairs, unmatched, total: result.total, matched: result.matched, proof: result.proof };
}

/** Why a mentee got nobody: the filter that ruled out most mentors, or better fits taking the places. */
function menteeReason(input: RunInput, scores: Float32Array, i: number, compiled: CompiledMentors, zone: number): string {
  const intl = intlFor(input.viewer.locale, input.viewer.timeZone);
  const n = input.mentors.length;
  if (n === 0) return intl.formatMessage({ id: 'unmatched.noMentors' }) as string;
  const counts = new Map<Exclusion, number>();
  for (let j = 0; j < n; j++) {
    if (!Number.isNaN(scores[i * n + j]!)) return intl.formatMessage({ id: 'unmatched.takenByBetterFits' }) as string;
    const forbidden = input.forbids.some(([a, b]) => a === i && b === j);
    const why = exclusion(input.mentees[i]!, input.mentors[j]!, compiled.gapHours(zone, compiled.zone[j]!), { ignoreCapacity: true, forbidden }) ?? 'forbidden';
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return intl.formatMessage({ id: 'unmatched.noEligibleMentor' }, { reason: intl.formatMessage({ id: `exclusion.${top![0]}` }) }) as string;
}
