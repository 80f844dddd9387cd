import en from './messages/en.json';

export type Messages = Record<string, string>;
export type SupportedLocale = 'en' | 'en-XB';

export const supportedLocales: readonly SupportedLocale[] = ['en', 'en-XB'];
export const pseudoLocale: SupportedLocale = 'en-XB';
// The same key in sessionStorage (this tab's `?locale=`) and localStorage (a guest's choice).
const storageKey = 'meridian.locale';

/**
 * Each language named in itself and never run through the catalogs, so the way back
 * to English stays readable while the mirrored pseudo-locale is on.
 */
export const localeNames: Record<SupportedLocale, string> = {
  en: 'English',
  'en-XB': 'English (right-to-left test)',
};

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
    if (fromQuery) sessionStorage.setItem(storageKey, fromQuery);
    return fromQuery ?? toSupported(sessionStorage.getItem(storageKey));
  } catch {
    return fromQuery;
  }
}

/** What someone who is not signed in picked with the language switcher (kept in localStorage). */
function storedGuestLocale(): SupportedLocale | null {
  try {
    return toSupported(localStorage.getItem(storageKey));
  } catch {
    return null;
  }
}

/** Remembers a guest's choice on this device; it also overrides a `?locale=` seen earlier in this tab. */
export function rememberGuestLocale(locale: SupportedLocale): void {
  try {
    localStorage.setItem(storageKey, locale);
    sessionStorage.setItem(storageKey, locale);
  } catch {
    // Storage is off (private mode, policy): the choice lasts until the page is reloaded.
  }
}

/** For people who are not signed in: `?locale=`, else their switcher choice, else the browser's languages, else English. */
export function chooseGuestLocale(): SupportedLocale {
  return (
    localeFromAddress() ??
    storedGuestLocale() ??
    navigator.languages.map(toSupported).find((l) => l !== null) ??
    'en'
  );
}

/**
 * The tag handed to React Aria: it reads direction from the script, and en-XB has none of
 * its own, so the pseudo-locale is presented as English in Arabic script (right-to-left).
 */
export function ariaLocaleOf(locale: SupportedLocale): string {
  return locale === pseudoLocale ? 'en-Arab-XB' : locale;
}
