/**
 * Wall-clock helpers for weekly availability ("09:30" in the owner's zone) and for saying
 * how far apart two zones are. Offsets come from Intl, never from hand-rolled rules.
 */

export const MINUTES_PER_DAY = 1440;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** 'HH:MM' (with '24:00' as the end of the day) as minutes since midnight, or null. */
export function clockToMinutes(clock: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The times offered for a window's start or end, every `step` minutes; ends run to 24:00.
 * `keep` adds a value saved at another step (e.g. 09:15 when the step is 30), so it still shows.
 */
export function clockChoices(kind: 'start' | 'end', step: number, keep?: string): string[] {
  const first = kind === 'start' ? 0 : step;
  const last = kind === 'start' ? MINUTES_PER_DAY - step : MINUTES_PER_DAY;
  const choices: number[] = [];
  for (let m = first; m <= last; m += step) choices.push(m);
  const kept = keep === undefined ? null : clockToMinutes(keep);
  if (kept !== null && !choices.includes(kept)) choices.push(kept);
  return choices.sort((a, b) => a - b).map(minutesToClock);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `at`, in minutes (Beirut in summer: 180). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** How far `theirs` is ahead of `mine` at `at`, in minutes (negative: behind). */
export function zoneDifferenceMinutes(theirs: string, mine: string, at: Date): number {
  return zoneOffsetMinutes(theirs, at) - zoneOffsetMinutes(mine, at);
}

/** "Asia/Ho_Chi_Minh" as people write it: "Asia/Ho Chi Minh". */
export function zoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ');
}
