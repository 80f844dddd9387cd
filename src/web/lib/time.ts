/** Time helpers: calendar dates stay calendar dates; instants are shown in a chosen zone. */

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** All IANA zones the browser knows, sorted, always including `extra` (e.g. the user's own). */
export function timeZoneOptions(extra?: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (extra) zones.add(extra);
  return [...zones].sort();
}

/**
 * A 'YYYY-MM-DD' calendar date as a Date at midnight UTC; format it with timeZone 'UTC'
 * so it shows the same day for everyone.
 */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function todayIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}
