import { sideOf } from './pair-access';
import type { PartnershipRow } from './partnerships.repository';
import type { DeclineReason, PartnershipView, RequestView } from './partnerships.schemas';
import type { RequestRow } from './requests.repository';

export function presentRequest(r: RequestRow): RequestView {
  return {
    id: r.id,
    programId: r.program_id,
    status: r.status,
    message: r.message,
    mentee: { membershipId: r.mentee_membership_id, name: r.mentee_name, timeZone: r.mentee_time_zone },
    mentor: { membershipId: r.mentor_membership_id, name: r.mentor_name, timeZone: r.mentor_time_zone },
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    decidedAt: r.decided_at,
    declineReason: r.decline_reason as DeclineReason | null,
    declineNote: r.decline_note,
  };
}

/** A partnership as `viewerUserId` sees it (their side named; null for admins or when unknown). */
export function presentPartnership(p: PartnershipRow, viewerUserId?: string): PartnershipView {
  return {
    id: p.id,
    programId: p.program_id,
    programName: p.program_name,
    status: p.status,
    startedAt: p.started_at,
    endedAt: p.ended_at,
    endedBy: p.ended_by,
    endReason: p.end_reason as PartnershipView['endReason'],
    endNote: p.end_note,
    mentor: { membershipId: p.mentor_membership_id, name: p.mentor_name, timeZone: p.mentor_time_zone },
    mentee: { membershipId: p.mentee_membership_id, name: p.mentee_name, timeZone: p.mentee_time_zone },
    distanceClass: p.distance_class,
    zoneGapMinutes: Number(p.zone_gap_minutes),
    overlapMinutesPerWeek: Number(p.overlap_minutes_per_week),
    // PostgreSQL keeps `real` as float4 (73.4 reads back as 73.40000153): scores have one decimal.
    score: p.score === null ? null : Math.round(Number(p.score) * 10) / 10,
    source: p.source,
    requestId: p.request_id,
    viewerSide: viewerUserId ? sideOf(p, viewerUserId) : null,
  };
}
