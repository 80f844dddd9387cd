/** Availability changes, meetings, calendar feeds, notification claims. Column conventions: ../schema.ts. */
import type { Generated } from 'kysely';

export interface AvailabilityOverridesTable {
  id: string;
  user_id: string;
  /** 'YYYY-MM-DD' in the zone the owner is in that day. */
  date: string;
  /** 1: extra hours (windows); 0: away (windows, or the whole day when none). */
  available: number;
  /** JSON: [{ start: 'HH:MM', end: 'HH:MM' }]. */
  windows: string;
  note: string;
  created_at: string;
}

export interface TravelPeriodsTable {
  id: string;
  user_id: string;
  /** 'YYYY-MM-DD', inclusive, local dates in time_zone. */
  starts_on: string;
  ends_on: string;
  time_zone: string;
  note: string;
  created_at: string;
}

export type MeetingStatus = 'proposed' | 'confirmed' | 'cancelled' | 'held' | 'missed';
export type MeetingChannel = 'video' | 'phone' | 'in-person' | 'link';
export type PairSide = 'mentee' | 'mentor';
export type Awkwardness = 'working' | 'early' | 'late' | 'night' | 'weekend';

export interface MeetingsTable {
  id: string;
  partnership_id: string;
  program_id: string;
  status: MeetingStatus;
  /** The side whose proposals are open (the other side confirms), or who set the current time. */
  proposed_by: PairSide;
  channel: MeetingChannel;
  /** A place (in person) or a phone number. */
  location: string | null;
  /** The video room or the pair's own link. */
  url: string | null;
  /** Set once confirmed; null while only proposed. */
  start_at: string | null;
  end_at: string | null;
  duration_minutes: number;
  agenda: string;
  /** iCalendar SEQUENCE: incremented on every change sent to calendars. */
  sequence: Generated<number>;
  /** How awkward the confirmed time was for each side, kept for the fairness tally. */
  mentee_awkwardness: Awkwardness | null;
  mentor_awkwardness: Awkwardness | null;
  /** Reason given with the last reschedule or the cancellation. */
  change_reason: string | null;
  cancelled_by: PairSide | null;
  minutes_spent: number | null;
  outcome_by: PairSide | null;
  outcome_at: string | null;
  confirmed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingProposalsTable {
  meeting_id: string;
  start_at: string;
  end_at: string;
  created_at: string;
}

export interface CalendarFeedsTable {
  user_id: string;
  /** The secret in the feed URL; regenerating replaces it, so the old URL dies at once. */
  token: string;
  created_at: string;
}

/** One row per reminder or nudge sent: the primary key makes each go out once across instances. */
export interface NotificationClaimsTable {
  key: string;
  created_at: string;
}
