/**
 * When meeting reminders are due. Pure: the job feeds it rows and the clock.
 *
 * A reminder `lead` minutes before a meeting is due once the meeting is that close
 * and until it starts, so one missed while every instance was down still goes out
 * (catch-up). It is due only if the current time was settled by then: a meeting
 * confirmed or moved two hours before it starts gets no "tomorrow" reminder.
 */

const MINUTE = 60_000;

export interface RemindableMeeting {
  startAt: string;
  confirmedAt: string | null;
  /** Last change to the meeting row: a reschedule sets a new start here. */
  updatedAt: string;
}

/**
 * The moment the meeting's current start became settled: the later of its confirmation and
 * its last change (a reschedule keeps confirmed_at but moves updated_at).
 */
export function settledAt(m: RemindableMeeting): number {
  return Math.max(m.confirmedAt ? Date.parse(m.confirmedAt) : Number.NEGATIVE_INFINITY, Date.parse(m.updatedAt));
}

/** The leads (minutes) whose reminders are due at `now`, largest first. */
export function dueLeads(m: RemindableMeeting, leads: readonly number[], now: Date): number[] {
  const start = Date.parse(m.startAt);
  const t = now.getTime();
  if (t >= start) return [];
  const settled = settledAt(m);
  return [...new Set(leads)]
    .filter((lead) => {
      const remindAt = start - lead * MINUTE;
      return t >= remindAt && settled <= remindAt;
    })
    .sort((a, b) => b - a);
}

/** One reminder per meeting, start, person and lead: a new start re-arms every lead. */
export const reminderKey = (meetingId: string, startAt: string, userId: string, lead: number): string =>
  `reminder:${meetingId}:${startAt}:${userId}:${lead}`;

/** How a reminder subject says when: "in 45 minutes", "in 2 hours", "today at …", "tomorrow at …", "on Friday at …". */
export type WhenKind = 'minutes' | 'hours' | 'today' | 'tomorrow' | 'later';

/**
 * Picks the wording for how far off the meeting is. `localDayGap` is the number of
 * calendar days between now and the start in the reader's zone.
 */
export function whenKind(minutesLeft: number, localDayGap: number): { kind: WhenKind; count: number } {
  if (minutesLeft < 55) return { kind: 'minutes', count: Math.max(1, Math.round(minutesLeft)) };
  if (minutesLeft < 6 * 60) return { kind: 'hours', count: Math.round(minutesLeft / 60) };
  if (localDayGap <= 0) return { kind: 'today', count: 0 };
  if (localDayGap === 1) return { kind: 'tomorrow', count: 0 };
  return { kind: 'later', count: localDayGap };
}
