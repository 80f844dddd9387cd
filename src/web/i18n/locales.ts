import en from './messages/en.json';

export type Messages = Record<string, string>;
export type SupportedLocale = 'en' | 'en-XB';

export const supportedLocales: readonly SupportedLocale[] = ['en', 'en-XB'];
export const pseudoLocale: SupportedLocale = 'en-XB';
const sessionKey = 'meridian.locale';

/**
 * en-XB is a pseudo-locale for right-to-left checks: every English string is wrapped
 * in a right-to-left override (U+202E … U+202C), so it reads mirrored and lays out RTL.
 * Wrapping the whole ICU message keeps placeholders and plural syntax intact.
 */
function pseudoMessages(source: Messages): Messages {
  return Object.fromEntries(Object.entries(source).map(([id, text]) => [id, `\u202E${text}\u202C`]));
}

const catalogs: Record<SupportedLocale, Messages> = {
  en,
  'en-XB': pseudoMessages(en),
};

export function messagesFor(locale: SupportedLocale): Messages {
  return catalogs[locale];
}

export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return locale === pseudoLocale ? 'rtl' : 'ltr';
}

/** Maps any language tag onto one we have a catalog for (today: English or its pseudo-locale). */
export function toSupported(tag: string | null | undefined): SupportedLocale | null {
  if (!tag) return null;
  const exact = supportedLocales.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  return tag.toLowerCase().startsWith('en') ? 'en' : null;
}

/** A `?locale=` in the address wins for this tab (kept in sessionStorage across navigation). */
export function localeFromAddress(): SupportedLocale | null {
  const fromQuery = toSupported(new URLSearchParams(window.location.search).get('locale'));
  try {
    if (fromQuery) sessionStorage.setItem(sessionKey, fromQuery);
    return fromQuery ?? toSupported(sessionStorage.getItem(sessionKey));
  } catch {
    return fromQuery;
  }
}

/** The user's setting, else `?locale=`, else the browser's languages, else English. */
export function chooseLocale(userLocale: string | null | undefined): SupportedLocale {
  return (
    toSupported(userLocale) ??
    localeFromAddress() ??
    navigator.languages.map(toSupported).find((l) => l !== null) ??
    'en'
  );
}
