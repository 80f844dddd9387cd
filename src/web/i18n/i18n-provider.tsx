import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { IntlProvider } from 'react-intl';
import { useMe } from '../features/accounts/use-me';
import { browserTimeZone } from '../lib/time';
import {
  ariaLocaleOf,
  chooseGuestLocale,
  directionOf,
  messagesFor,
  rememberGuestLocale,
  toSupported,
  type SupportedLocale,
} from './locales';

interface GuestLocale {
  locale: SupportedLocale;
  change: (locale: SupportedLocale) => void;
}

const GuestLocaleContext = createContext<GuestLocale | null>(null);

/** The language someone who is not signed in has chosen, and a way to change it. */
export function useGuestLocale(): GuestLocale {
  const value = use(GuestLocaleContext);
  if (!value) throw new Error('useGuestLocale needs an <I18nProvider> above it');
  return value;
}

/**
 * Chooses locale and time zone and sets `lang`/`dir` on <html>: a signed-in user's saved
 * setting wins; everyone else gets `?locale=`, their switcher choice, or the browser's languages.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const [guestLocale, setGuestLocale] = useState(chooseGuestLocale);
  const locale = toSupported(user?.locale) ?? guestLocale;
  const timeZone = user?.timeZone ?? browserTimeZone();
  const reducedMotion = user?.accessibility.reducedMotion ?? false;

  const change = useCallback((next: SupportedLocale) => {
    rememberGuestLocale(next);
    setGuestLocale(next);
  }, []);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dir = directionOf(locale);
    html.dataset.reducedMotion = String(reducedMotion);
  }, [locale, reducedMotion]);

  return (
    <GuestLocaleContext value={{ locale: guestLocale, change }}>
      <IntlProvider
        locale={locale}
        defaultLocale="en"
        messages={messagesFor(locale)}
        timeZone={timeZone}
        onError={(error) => {
          // The pseudo-locale has no CLDR data of its own and falls back to English on purpose.
          if (error.code === 'MISSING_DATA') return;
          console.error(error);
        }}
      >
        {/* React Aria places popovers and maps arrow keys by direction, so it must know it too. */}
        <AriaI18nProvider locale={ariaLocaleOf(locale)}>{children}</AriaI18nProvider>
      </IntlProvider>
    </GuestLocaleContext>
  );
}
