/**
 * Calendar arithmetic for meetings: which local day an instant falls on in a zone, and
 * wall times ('YYYY-MM-DDTHH:mm') the server computed for each person, shown as they are.
 */
import type { Meeting, MeetingSide } from '../../lib/contracts';

export type Daytime = 'day' | 'evening' | 'night';

/** The 'YYYY-MM-DD' date of `instant` on the clocks of `zone`. */
export function localDate(instant: string | Date, zone: string): string {
  return wallTimeIn(instant, zone).slice(0, 10);
}

/** `isoDate` moved by `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A wall time as a timestamp to format with `timeZone: 'UTC'`, so it reads exactly as the
 * server wrote it for that person (no second conversion in the browser).
 */
export function wallClock(local: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

/** Day, evening or night by the hour on someone's clock (07–18, 18–22, else), as the server words it. */
export function daytimeOfHour(hour: number): Daytime {
  if (hour >= 7 && hour < 18) return 'day';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'night';
}

export function daytimeOfLocal(local: string): Daytime {
  return daytimeOfHour(Number(local.slice(11, 13)));
}

export const otherSide = (side: MeetingSide): MeetingSide => (side === 'mentee' ? 'mentor' : 'mentee');

/** Whether the meeting's time has begun (its outcome can be recorded from then on). */
export function hasStarted(meeting: Pick<Meeting, 'start'>, now: Date): boolean {
  return meeting.start !== null && Date.parse(meeting.start) <= now.getTime();
}

/** Whether the meeting is still ahead or running (the agenda stays editable until it ends). */
export function hasEnded(meeting: Pick<Meeting, 'end'>, now: Date): boolean {
  return meeting.end !== null && Date.parse(meeting.end) <= now.getTime();
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** `instant` as a wall time 'YYYY-MM-DDTHH:mm' on the clocks of `zone`. */
export function wallTimeIn(instant: string | Date, zone: string): string {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
