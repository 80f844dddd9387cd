import type { MatchWeights, Reason } from '../../core/matching/types';
import { summariseOverlap } from '../../core/time/summary';
import { intlFor } from '../../server/i18n';
import type { PairDetails, UnmatchedReason } from './cohort-run';
import { renderReasons, type ReasonView } from './reasons';
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

export interface Reader {
  locale: string;
  timeZone: string;
}

/** The pair's reasons worded for this reader, the shared hours on their clock. */
function wordPair(d: PairDetails, pinned: boolean, reader: Reader): ReasonView[] {
  const reasons = d.reasons.map((r): Reason =>
    r.kind === 'overlap' ? { ...r, summary: summariseOverlap(Int32Array.from(d.shared), reader.timeZone, d.weeks) } : r,
  );
  const worded = renderReasons(reasons, { ...reader, who: 'other' });
  if (!pinned) return worded;
  return [{ kind: 'pinned', text: intlFor(reader.locale, reader.timeZone).formatMessage({ id: 'reason.pinned' }) }, ...worded];
}

export function wordUnmatched(stored: string, reader: Reader): string {
  const r = JSON.parse(stored) as UnmatchedReason;
  const intl = intlFor(reader.locale, reader.timeZone);
  switch (r.code) {
    case 'noEligibleMentor':
      return intl.formatMessage({ id: 'unmatched.noEligibleMentor' }, { reason: intl.formatMessage({ id: `exclusion.${r.exclusion}` }) }) as string;
    case 'mentorSpare':
      return intl.formatMessage({ id: 'unmatched.mentorSpare' }, { spare: r.spare }) as string;
    case 'noMentors':
    case 'takenByBetterFits':
    case 'mentorNoFit':
      return intl.formatMessage({ id: `unmatched.${r.code}` }) as string;
  }
}

export function presentPair(p: RunPairRow, reader: Reader) {
  const d = JSON.parse(p.details) as PairDetails;
  return {
    mentee: { membershipId: p.mentee_membership_id, name: p.mentee_name, timeZone: p.mentee_time_zone },
    mentor: { membershipId: p.mentor_membership_id, name: p.mentor_name, timeZone: p.mentor_time_zone },
    score: tenth(p.score),
    pinned: p.pinned === 1,
    breakdown: d.breakdown,
    reasons: wordPair(d, p.pinned === 1, reader),
    overlapMinutesPerWeek: d.overlapMinutesPerWeek,
    distanceClass: d.distanceClass,
    zoneGapHours: d.zoneGapHours,
  };
}
