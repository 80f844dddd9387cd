import type { Insertable } from 'kysely';
import { DEFAULT_WEIGHTS, type MatchMentor, type MatchPerson } from '../../core/matching/types';
import type { DistanceClass, MentorshipRequestsTable, PartnershipsTable } from '../../db/schema';
import type { Config } from '../../server/config';
import { pairSnapshot } from '../partnerships/pair-snapshot';
import type { DemoPair } from './demo-meetings';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** What the seed knows about the demo people once their profiles exist. */
export interface DemoCast {
  config: Config;
  now: Date;
  programId: string;
  /** By person key ('mentee-3'): their matching view (place, zone, availability). */
  match: Map<string, MatchPerson | MatchMentor>;
  /** By person key: their user id. */
  owners: Map<string, string>;
  demoId: (key: string) => string;
  /** The current cycle's partnerships seeded so far, with when each pair first met (epoch ms). */
  current: { key: string; partnershipId: string; menteeKey: string; mentorKey: string; startedAt: number; distanceClass: DistanceClass; firstHeld: number | null }[];
  /** The mentee a first-time visitor signs in as. */
  demoMenteeKey: string;
}

/** The pair as the meeting search sees it. */
export function demoPairOf(cast: DemoCast, key: string, partnershipId: string, menteeKey: string, mentorKey: string): DemoPair {
  const mentee = cast.match.get(menteeKey)!;
  const mentor = cast.match.get(mentorKey)!;
  return {
    key,
    partnershipId,
    programId: cast.programId,
    createdBy: cast.owners.get(menteeKey)!,
    mentee: { timeZone: mentee.timeZone, windows: [...mentee.availability] },
    mentor: { timeZone: mentor.timeZone, windows: [...mentor.availability] },
  };
}

/** A partnership row with the snapshot the app records when a pair starts (distance class, zone gap, overlap, score). */
export function partnershipRow(
  cast: DemoCast,
  p: { id: string; menteeKey: string; mentorKey: string; startedAt: number; requestId: string | null },
): Insertable<PartnershipsTable> {
  const snap = pairSnapshot(cast.match.get(p.menteeKey)!, cast.match.get(p.mentorKey)! as MatchMentor, DEFAULT_WEIGHTS, new Date(p.startedAt));
  return {
    id: p.id,
    program_id: cast.programId,
    mentee_membership_id: cast.match.get(p.menteeKey)!.id,
    mentor_membership_id: cast.match.get(p.mentorKey)!.id,
    status: 'active',
    distance_class: snap.distanceClass,
    zone_gap_minutes: snap.zoneGapMinutes,
    overlap_minutes_per_week: snap.overlapMinutesPerWeek,
    score: snap.score,
    source: p.requestId ? 'request' : 'matching-run',
    request_id: p.requestId,
    matching_run_id: null,
    started_at: iso(p.startedAt),
    ended_at: null,
    end_reason: null,
    ended_by: null,
    end_note: null,
  };
}

/** A mentorship request as the mentee sent it, accepted or declined. */
export function requestRow(
  cast: DemoCast,
  r: { id: string; menteeKey: string; mentorKey: string; message: string; createdAt: number; decidedAt: number; declineReason?: 'no-time' | 'expertise-mismatch' },
): Insertable<MentorshipRequestsTable> {
  return {
    id: r.id,
    program_id: cast.programId,
    mentee_membership_id: cast.match.get(r.menteeKey)!.id,
    mentor_membership_id: cast.match.get(r.mentorKey)!.id,
    message: r.message,
    status: r.declineReason ? 'declined' : 'accepted',
    decline_reason: r.declineReason ?? null,
    decline_note: null,
    created_at: iso(r.createdAt),
    expires_at: iso(r.createdAt + 7 * DAY),
    decided_at: iso(r.decidedAt),
  };
}
