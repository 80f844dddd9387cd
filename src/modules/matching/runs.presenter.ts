import type { MatchWeights } from '../../core/matching/types';
import type { PairDetails } from './cohort-run';
import type { RunPairRow, RunRow } from './runs.repository';
import type { RunView } from './runs.schemas';

/** PostgreSQL's `real` reads 73.4 back as 73.40000153: scores are shown to one decimal. */
const tenth = (x: number) => Math.round(x * 10) / 10;

export function presentRun(r: RunRow): RunView {
  return {
    id: r.id,
    programId: r.program_id,
    mode: r.mode,
    weights: JSON.parse(r.weights) as MatchWeights,
    status: r.status,
    stage: r.stage,
    progress: r.progress,
    totalScore: r.total_score === null ? null : tenth(r.total_score),
    matched: r.matched,
    proof: r.proof ? (JSON.parse(r.proof) as RunView['proof']) : null,
    error: r.error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    publishedAt: r.published_at,
  };
}

export function presentPair(p: RunPairRow) {
  const d = JSON.parse(p.details) as PairDetails;
  return {
    mentee: { membershipId: p.mentee_membership_id, name: p.mentee_name, timeZone: p.mentee_time_zone },
    mentor: { membershipId: p.mentor_membership_id, name: p.mentor_name, timeZone: p.mentor_time_zone },
    score: tenth(p.score),
    pinned: p.pinned === 1,
    breakdown: d.breakdown,
    reasons: d.reasons,
    overlapMinutesPerWeek: d.overlapMinutesPerWeek,
    distanceClass: d.distanceClass,
    zoneGapHours: d.zoneGapHours,
  };
}
