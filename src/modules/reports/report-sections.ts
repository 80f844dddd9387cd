import { DISTANCE_CLASSES, distanceGroup, distanceShare, median, shareWithin } from '../../core/reports';
import type { DistanceClass, MembershipStatus, Role, TimeEntryKind } from '../../db/schema';
import type { ScopePairRow } from './report-pairs.repository';
import { pairDistanceClass } from '../partnerships/pair-snapshot';
import type { FitAlertRow, OpenRequestRow } from './report-people.repository';
import type { ReportView } from './report.schemas';

// The report's sections other than the measures, each from rows the repositories returned.

const DAY_MS = 86_400_000;
const ROLES: Role[] = ['mentee', 'mentor', 'admin'];
/** A mentee matched within this many days counts as matched promptly. */
export const MATCH_WITHIN_DAYS = 14;
const CHANNELS: TimeEntryKind[] = ['meeting', 'phone', 'email', 'chat', 'in-person', 'other'];
const round1 = (x: number) => Math.round(x * 10) / 10;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

export function enrolmentOf(
  counts: { role: Role; status: MembershipStatus; members: number; joined: number }[],
  pairs: ScopePairRow[],
  role: Role | undefined,
): ReportView['enrolment'] {
  const paired = {
    mentee: new Set(pairs.map((p) => p.mentee_membership_id)).size,
    mentor: new Set(pairs.map((p) => p.mentor_membership_id)).size,
    admin: 0,
  };
  return ROLES.filter((r) => !role || r === role).map((r) => {
    const of = counts.filter((c) => c.role === r);
    const members = (s: MembershipStatus) => of.filter((c) => c.status === s).reduce((n, c) => n + c.members, 0);
    return {
      role: r,
      active: members('active'),
      paused: members('paused'),
      removed: members('removed'),
      joinedInRange: of.reduce((n, c) => n + c.joined, 0),
      inPartnership: paired[r],
    };
  });
}

/**
 * Days from joining to the mentee's first partnership. With a distance filter, only mentees whose
 * first partnership is of that class count as matched; mentees still unmatched count either way.
 */
export function matchingOf(
  rows: { membership_id: string; joined_at: string; started_at: string | null; distance_class: DistanceClass | null }[],
  distance: DistanceClass | undefined,
): ReportView['matching'] {
  const first = new Map<string, { joinedAt: string; startedAt: string | null; distanceClass: DistanceClass | null }>();
  for (const r of rows) {
    const seen = first.get(r.membership_id);
    if (!seen || (r.started_at && (!seen.startedAt || r.started_at < seen.startedAt))) {
      first.set(r.membership_id, { joinedAt: r.joined_at, startedAt: r.started_at, distanceClass: r.distance_class });
    }
  }
  const mentees = [...first.values()].filter((m) => !distance || !m.startedAt || m.distanceClass === distance);
  const matched = mentees.flatMap((m) => (m.startedAt ? [{ days: Math.max(0, daysBetween(m.joinedAt, m.startedAt)), c: m.distanceClass! }] : []));
  const days = matched.map((m) => m.days);
  const medianDays = median(days);
  return {
    mentees: mentees.length,
    matched: matched.length,
    medianDaysToMatch: medianDays === null ? null : round1(medianDays),
    matchedWithin14Days: shareWithin(days, MATCH_WITHIN_DAYS, mentees.length),
    byClass: DISTANCE_CLASSES.map(({ distanceClass }) => {
      const of = matched.filter((m) => m.c === distanceClass).map((m) => m.days);
      const med = median(of);
      return { distanceClass, matched: of.length, medianDaysToMatch: med === null ? null : round1(med) };
    }),
  };
}

/** An open request's sending time and the distance class its pair would have. */
export interface OpenRequest {
  sentAt: string;
  distanceClass: DistanceClass;
}

/** The class each open request's pair would get if the mentor accepted now, as a partnership's is worked out. */
export function openRequestsOf(rows: OpenRequestRow[], now: Date): OpenRequest[] {
  const place = (r: OpenRequestRow, side: 'mentee' | 'mentor') => ({
    timeZone: r[`${side}_time_zone`],
    cityId: r[`${side}_city_id`],
    country: r[`${side}_country`],
    latitude: r[`${side}_latitude`],
    longitude: r[`${side}_longitude`],
  });
  return rows.map((r) => ({ sentAt: r.created_at, distanceClass: pairDistanceClass(place(r, 'mentee'), place(r, 'mentor'), now) }));
}

/** Requests still open as of now, by age; with a distance filter, only those whose pair would be of that class. */
export function requestsOf(open: OpenRequest[], now: Date, distance: DistanceClass | undefined): ReportView['requests'] {
  const aged = open
    .filter((q) => !distance || q.distanceClass === distance)
    .map((q) => ({ c: q.distanceClass, days: Math.max(0, daysBetween(q.sentAt, now.toISOString())) }));
  const ages = aged.map((a) => a.days);
  const medianOf = (of: number[]) => {
    const med = median(of);
    return med === null ? null : round1(med);
  };
  return {
    open: ages.length,
    medianAgeDays: medianOf(ages),
    olderThan7Days: ages.filter((a) => a > 7).length,
    oldestDays: ages.length ? Math.floor(Math.max(...ages)) : null,
    byClass: DISTANCE_CLASSES.map(({ distanceClass }) => {
      const of = aged.filter((a) => a.c === distanceClass).map((a) => a.days);
      return { distanceClass, open: of.length, medianAgeDays: medianOf(of) };
    }),
  };
}

export function partnershipsOf(pairs: ScopePairRow[]): ReportView['partnerships'] {
  const count = (of: ScopePairRow[]) => ({
    total: of.length,
    active: of.filter((p) => p.status === 'active').length,
    completed: of.filter((p) => p.status === 'completed').length,
    endedEarly: of.filter((p) => p.status === 'ended').length,
  });
  const reasons = new Map<string, { count: number; atDistance: number }>();
  for (const p of pairs.filter((x) => x.status === 'ended')) {
    const reason = p.end_reason ?? 'not given';
    const r = reasons.get(reason) ?? { count: 0, atDistance: 0 };
    r.count++;
    if (distanceGroup(p.distance_class) === 'distance') r.atDistance++;
    reasons.set(reason, r);
  }
  return {
    ...count(pairs),
    shareAtDistance: distanceShare(pairs.map((p) => p.distance_class)),
    byClass: DISTANCE_CLASSES.map(({ distanceClass }) => {
      const of = pairs.filter((p) => p.distance_class === distanceClass);
      return { distanceClass, ...count(of), share: pairs.length ? of.length / pairs.length : null };
    }),
    endReasons: [...reasons.entries()]
      .map(([reason, r]) => ({ reason, ...r }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}

export interface ChannelMinutes {
  partnershipId: string;
  kind: TimeEntryKind;
  minutes: number;
  preparation: number;
}

/** Logged contact plus held meetings as the channel 'meeting' (their minutes already include preparation). */
export function contactMinutesOf(held: { partnershipId: string; minutes: number }[], logged: ChannelMinutes[]): ChannelMinutes[] {
  return [...logged, ...held.map((h) => ({ partnershipId: h.partnershipId, kind: 'meeting' as const, minutes: h.minutes, preparation: 0 }))];
}

/** Minutes per channel; held meetings arranged in Meridian count as 'meeting' (their minutes include preparation). One pass over the rows. */
export function minutesByChannelOf(pairs: ScopePairRow[], entries: ChannelMinutes[]): ReportView['minutesByChannel'] {
  const classOf = new Map(pairs.map((p) => [p.id, p.distance_class]));
  const pairsIn = new Map<DistanceClass, number>();
  for (const p of pairs) pairsIn.set(p.distance_class, (pairsIn.get(p.distance_class) ?? 0) + 1);
  const sums = new Map(CHANNELS.map((c) => [c, { minutes: 0, preparation: 0, byClass: new Map<DistanceClass, number>() }]));
  for (const e of entries) {
    const c = classOf.get(e.partnershipId);
    const sum = sums.get(e.kind);
    if (!c || !sum) continue;
    sum.minutes += e.minutes;
    sum.preparation += e.preparation;
    sum.byClass.set(c, (sum.byClass.get(c) ?? 0) + e.minutes + e.preparation);
  }
  const per = (spent: number, n: number) => (n ? spent / n : 0);
  return CHANNELS.map((channel) => {
    const sum = sums.get(channel)!;
    return {
      channel,
      minutes: sum.minutes,
      preparationMinutes: sum.preparation,
      perPair: per(sum.minutes + sum.preparation, pairs.length),
      byClass: DISTANCE_CLASSES.map(({ distanceClass }) => ({
        distanceClass,
        perPair: per(sum.byClass.get(distanceClass) ?? 0, pairsIn.get(distanceClass) ?? 0),
      })),
    };
  });
}

export function fitChecksOf(counts: { answered: number; good: number }[], alerts: FitAlertRow[]): ReportView['fitChecks'] {
  const answered = counts.reduce((n, c) => n + c.answered, 0);
  const goodFit = counts.reduce((n, c) => n + c.good, 0);
  return {
    answered,
    goodFit,
    notAFit: answered - goodFit,
    alerts: alerts.map((a) => ({
      responseId: a.id,
      partnershipId: a.partnership_id,
      menteeName: a.mentee_name,
      mentorName: a.mentor_name,
      side: a.side,
      submittedAt: a.submitted_at,
      rematchOfferedAt: a.rematch_offered_at,
      partnershipStatus: a.partnership_status,
    })),
  };
}

export function surveysOf(counts: { sent: number; answered: number }[]): ReportView['surveys'] {
  const sent = counts.reduce((n, c) => n + c.sent, 0);
  const answered = counts.reduce((n, c) => n + c.answered, 0);
  return { sent, answered, responseRate: sent ? answered / sent : null };
}
