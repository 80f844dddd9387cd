import { DateTime } from 'luxon';
import { fairnessTally, type TallyMeeting } from '../../core/scheduling';
import type { PairSide } from '../../db/schema';
import { intlFor } from '../../server/i18n';
import type { FairnessView, MeetingView } from './meetings.schemas';
import type { MeetingRow, ProposalRow } from './meetings.repository';
import { zoneCity } from '../../shared/time-zones';

const localOf = (iso: string | null, zone: string): string | null =>
  iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : null;

function person(m: MeetingRow, side: PairSide, at: string | null) {
  const zone = side === 'mentee' ? m.mentee_time_zone : m.mentor_time_zone;
  return {
    name: side === 'mentee' ? m.mentee_name : m.mentor_name,
    timeZone: zone,
    place: (side === 'mentee' ? m.mentee_place : m.mentor_place) ?? zoneCity(zone),
    local: localOf(at, zone),
    awkwardness: at === m.start_at ? (side === 'mentee' ? m.mentee_awkwardness : m.mentor_awkwardness) : null,
  };
}

/** Who must act next: the other side confirms open proposals; nobody otherwise. */
function awaiting(m: MeetingRow): PairSide | null {
  if (m.status !== 'proposed') return null;
  return m.proposed_by === 'mentee' ? 'mentor' : 'mentee';
}

export function presentMeeting(m: MeetingRow, proposals: ProposalRow[], viewerSide: PairSide | null): MeetingView {
  return {
    id: m.id,
    partnershipId: m.partnership_id,
    programId: m.program_id,
    status: m.status,
    viewerSide,
    proposedBy: m.proposed_by,
    awaiting: awaiting(m),
    channel: m.channel,
    location: m.location,
    url: m.url,
    start: m.start_at,
    end: m.end_at,
    durationMinutes: Number(m.duration_minutes),
    proposals:
      m.status === 'proposed'
        ? proposals.map((p) => ({ start: p.start_at, end: p.end_at, mentee: person(m, 'mentee', p.start_at), mentor: person(m, 'mentor', p.start_at) }))
        : [],
    mentee: person(m, 'mentee', m.start_at),
    mentor: person(m, 'mentor', m.start_at),
    agenda: m.agenda,
    sequence: Number(m.sequence),
    changeReason: m.change_reason,
    cancelledBy: m.cancelled_by,
    minutesSpent: m.minutes_spent === null ? null : Number(m.minutes_spent),
    confirmedAt: m.confirmed_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
  };
}

/** The running tally of who bore the awkward hours, over confirmed and held meetings, in the reader's words. */
export function presentFairness(meetings: MeetingRow[], names: Record<PairSide, string>, locale: string): FairnessView {
  const counted: TallyMeeting[] = meetings
    .filter((m) => (m.status === 'confirmed' || m.status === 'held') && m.start_at && m.mentee_awkwardness && m.mentor_awkwardness)
    .map((m) => ({ startMs: Date.parse(m.start_at!), mentee: m.mentee_awkwardness!, mentor: m.mentor_awkwardness! }));
  const tally = fairnessTally(counted);
  const intl = intlFor(locale, 'UTC');
  let summary: string | null = null;
  if (tally.streak) {
    const kindWord = intl.formatMessage({ id: 'fairness.kind' }, { kind: tally.streak.kind }) as string;
    summary = intl.formatMessage({ id: 'fairness.streak' }, { count: tally.streak.count, kindWord, name: names[tally.streak.side] }) as string;
  } else if (tally.mentee.total + tally.mentor.total > 0) {
    summary = intl.formatMessage(
      { id: 'fairness.balanced' },
      { mentee: names.mentee, mentor: names.mentor, menteeCount: tally.mentee.total, mentorCount: tally.mentor.total },
    ) as string;
  }
  return { ...tally, summary };
}
