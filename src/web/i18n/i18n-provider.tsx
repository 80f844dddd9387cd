import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useMe } from '../features/accounts/use-me';
import { browserTimeZone } from '../lib/time';
import { chooseLocale, directionOf, messagesFor } from './locales';

/** Chooses locale and time zone from the signed-in user and sets `lang`/`dir` on <html>. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const locale = chooseLocale(user?.locale);
  const timeZone = user?.timeZone ?? browserTimeZone();
  const reducedMotion = user?.accessibility.reducedMotion ?? false;

  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dir = directionOf(locale);
    html.dataset.reducedMotion = String(reducedMotion);
  }, [locale, reducedMotion]);

  return (
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
      {children}
    </IntlProvider>
  );
}
