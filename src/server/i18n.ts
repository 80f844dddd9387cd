import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import agreementsEn from '../modules/agreements/messages/en.json' with { type: 'json' };
import endingEn from '../modules/ending/messages/en.json' with { type: 'json' };
import conversationsEn from '../modules/conversations/messages/en.json' with { type: 'json' };
import matchingEn from '../modules/matching/messages/en.json' with { type: 'json' };
import meetingsEn from '../modules/meetings/messages/en.json' with { type: 'json' };
import nudgesEn from '../modules/nudges/messages/en.json' with { type: 'json' };
import notificationsEn from '../modules/notifications/messages/en.json' with { type: 'json' };
import reportsEn from '../modules/reports/messages/en.json' with { type: 'json' };
import surveysEn from '../modules/surveys/messages/en.json' with { type: 'json' };

type Catalog = Record<string, string>;
/** Server-side message catalogs (emails, match reasons), by locale; English is the fallback. */
const catalogs: Record<string, Catalog> = { en: { ...notificationsEn, ...matchingEn, ...meetingsEn, ...nudgesEn, ...agreementsEn, ...endingEn, ...conversationsEn, ...reportsEn, ...surveysEn } };
const cache = createIntlCache();
const intls = new Map<string, IntlShape<string>>();

/** A message missing in a translation falls back to English; any other formatting error is a bug. */
function rethrowUnlessMissing(err: { code?: string }): void {
  if (err.code !== 'MISSING_TRANSLATION') throw err;
}

/** ICU message formatting in a person's locale and time zone (cached per pair). */
export function intlFor(locale: string, timeZone: string): IntlShape<string> {
  const key = `${locale}|${timeZone}`;
  let intl = intls.get(key);
  if (!intl) {
    const base = locale.split('-')[0] ?? 'en';
    const messages = catalogs[locale] ?? catalogs[base] ?? catalogs.en!;
    intl = createIntl({ locale, messages, defaultLocale: 'en', timeZone, onError: rethrowUnlessMissing }, cache);
    intls.set(key, intl);
  }
  return intl;
}
