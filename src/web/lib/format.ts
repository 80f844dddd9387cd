import type { IntlShape } from 'react-intl';
import { MINUTES_PER_DAY } from './clock';

/** A minute of a local day as a time ("9:30 AM"); the end of the day reads "midnight". */
export function formatMinuteOfDay(intl: IntlShape, minutes: number): string {
  if (minutes >= MINUTES_PER_DAY) return intl.formatMessage({ id: 'time.endOfDay' });
  return intl.formatTime(Date.UTC(2024, 0, 1, 0, minutes), { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' });
}

/** "9:00 AM–5:00 PM" (a local range, no zone conversion). */
export function formatMinuteRange(intl: IntlShape, [start, end]: readonly [number, number]): string {
  return intl.formatMessage(
    { id: 'time.range' },
    { start: formatMinuteOfDay(intl, start), end: formatMinuteOfDay(intl, end) },
  );
}

/** Several ranges as one phrase ("9:00 AM–12:00 PM and 1:00 PM–5:00 PM"). */
export function formatMinuteRanges(intl: IntlShape, ranges: readonly (readonly [number, number])[]): string {
  return intl.formatList(ranges.map((r) => formatMinuteRange(intl, r)), { type: 'conjunction' });
}

/** ISO weekday 1 (Monday) to 7 (Sunday) in the reader's language. */
export function weekdayName(intl: IntlShape, weekday: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday, so ISO weekday n is 2024-01-0n.
  return intl.formatDate(Date.UTC(2024, 0, weekday), { weekday: width, timeZone: 'UTC' });
}

/** Minutes as hours with at most one decimal ("2.5"). */
export function hoursOf(intl: IntlShape, minutes: number): string {
  return intl.formatNumber(minutes / 60, { maximumFractionDigits: 1 });
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A BCP 47 tag as a language name in the reader's language ("pt-BR" → "Brazilian Portuguese"). */
export function languageName(locale: string, tag: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A two-letter region code as its name ("LB" → "Lebanon"). */
export function regionName(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Hours a week for display: one decimal under ten hours, whole hours above (as the server's reasons say them). */
export function roundedHours(minutes: number): number {
  const hours = minutes / 60;
  return hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours);
}
