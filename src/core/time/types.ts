/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One weekly availability window in its owner's local time: 'HH:MM', end > start, end may be
 * '24:00' (end of day). A window never crosses midnight; the owner states two windows instead.
 */
export interface WeeklyWindow {
  weekday: Weekday;
  start: string;
  end: string;
}

export interface WeeklyAvailability {
  /** IANA zone, e.g. 'America/Los_Angeles'. */
  timeZone: string;
  windows: WeeklyWindow[];
}

/**
 * Sorted, non-overlapping, merged UTC intervals as epoch MINUTES: [s0, e0, s1, e1, …], each
 * half-open [s, e) with s < e and e_k < s_(k+1). Treat as immutable: caches share instances.
 */
export type Intervals = Int32Array;

export interface ValidationIssue {
  path: string;
  message: string;
}

/** A run of consecutive weekdays, e.g. Tue–Thu is { from: 2, to: 4 }; a single day has from = to. */
export interface WeekdayRange {
  from: Weekday;
  to: Weekday;
}

/** Shared time that falls on the same local clock range on one or more weekdays. */
export interface OverlapGroup {
  weekdays: Weekday[];
  weekdayRanges: WeekdayRange[];
  /** Local 'HH:MM' in the viewer's zone. */
  start: string;
  /** Local 'HH:MM', '24:00' when the piece runs to midnight. */
  end: string;
  /** Real (elapsed) minutes this group contributes over all weeks, and per week on average. */
  totalMinutes: number;
  minutesPerWeek: number;
}

/** Structured data for reason strings; the message catalog words it. */
export interface OverlapSummary {
  timeZone: string;
  weeks: number;
  totalMinutes: number;
  minutesPerWeek: number;
  /** Largest first: groups[0] is the headline, the rest are "other pieces". */
  groups: OverlapGroup[];
}

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_WEEK = MINUTES_PER_WEEK * MS_PER_MINUTE;

/** A change to one local date: extra hours (available) or time away (the windows, or the whole day when none). */
export interface DateOverride {
  /** 'YYYY-MM-DD' in the zone the owner is in on that date (their travel zone while travelling). */
  date: string;
  available: boolean;
  /** 'HH:MM' local; end may be '24:00'. Empty with available = false: the whole day off. */
  windows: { start: string; end: string }[];
}

/** Dates spent in another zone; the weekly windows follow the owner there (09:00 stays 09:00 local). */
export interface TravelPeriod {
  /** Inclusive local dates in `timeZone`. */
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

/** Everything that decides when a person is available: rules plus zones, never pre-converted UTC. */
export interface Schedule extends WeeklyAvailability {
  overrides: readonly DateOverride[];
  travel: readonly TravelPeriod[];
}

/** How a time sits for one person: inside their windows, or outside them and how. */
export type Awkwardness = 'working' | 'early' | 'late' | 'weekend' | 'night';
