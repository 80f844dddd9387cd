import { FormattedMessage } from 'react-intl';
import { useGuestLocale } from './i18n-provider';
import { localeNames, supportedLocales, toSupported } from './locales';

/**
 * For people who are not signed in (signed-in people choose in Settings). A native select:
 * it changes the language in place, so nothing moves and focus stays put.
 */
export function LanguageSwitcher() {
  const { locale, change } = useGuestLocale();
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher" className="language-switcher__label">
        <FormattedMessage id="field.locale" />
      </label>
      <select
        id="language-switcher"
        className="field__control language-switcher__control"
        value={locale}
        onChange={(event) => {
          const next = toSupported(event.target.value);
          if (next) change(next);
        }}
      >
        {supportedLocales.map((l) => (
          <option key={l} value={l} lang="en" dir="ltr">
            {localeNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
