import { DateTime } from 'luxon';
import { intlFor } from '../../server/i18n';
import { zoneCity } from '../../shared/time-zones';

/** A person's place for "19:00 Beirut time": their profile's city, else the city of their zone. */
export function placeOf(cityName: string | null | undefined, timeZone: string): string {
  return cityName || zoneCity(timeZone);
}

const localDate = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate() ?? '';

/** Calendar days from `now` to `at` on the reader's clock (0 today, 1 tomorrow). */
export function localDayGap(now: Date, at: Date, zone: string): number {
  const a = DateTime.fromJSDate(now, { zone }).startOf('day');
  const b = DateTime.fromJSDate(at, { zone }).startOf('day');
  return Math.round(b.diff(a, 'days').days);
}

/**
 * A moment on the reader's clock ("Tuesday, December 1 at 7:00 PM") and on the other
 * person's, in the reader's language: only the time when it falls on the same date for
 * both ("9:00 AM"), with the weekday when it does not ("Wednesday 1:00 AM").
 */
export function pairedClock(at: Date, reader: { locale: string; timeZone: string }, otherZone: string) {
  const mine = intlFor(reader.locale, reader.timeZone);
  const theirs = intlFor(reader.locale, otherZone);
  const sameDate = localDate(at, reader.timeZone) === localDate(at, otherZone);
  return {
    date: mine.formatDate(at, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
    time: mine.formatTime(at, { hour: 'numeric', minute: '2-digit' }),
    weekday: mine.formatDate(at, { weekday: 'long' }),
    other: sameDate
      ? theirs.formatTime(at, { hour: 'numeric', minute: '2-digit' })
      : theirs.formatDate(at, { weekday: 'long', hour: 'numeric', minute: '2-digit' }),
  };
}

/** A calendar date on the reader's clock ("November 24, 2026"). */
export function longDate(at: Date, reader: { locale: string; timeZone: string }): string {
  return intlFor(reader.locale, reader.timeZone).formatDate(at, { year: 'numeric', month: 'long', day: 'numeric' });
}
