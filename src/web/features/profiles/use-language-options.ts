import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { ChipOption, TextResult } from '../../components/chip-picker';
import { languageName } from '../../lib/format';
import { canonicalLanguage, commonLanguages } from '../../lib/languages';

/**
 * Language choices named in the reader's language (Intl.DisplayNames), sorted by name. Typed
 * text may be a name from the list or any BCP 47 tag ("pt-BR", "yue").
 */
export function useLanguageOptions() {
  const intl = useIntl();
  return useMemo(() => {
    const labelOf = (tag: string) => languageName(intl.locale, tag);
    const collator = new Intl.Collator(intl.locale);
    const options: ChipOption[] = commonLanguages
      .map((tag) => ({ id: tag, label: labelOf(tag) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const fromText = (text: string): TextResult => {
      const tag = canonicalLanguage(text);
      return tag ? { value: tag } : { problem: intl.formatMessage({ id: 'profile.languageUnknown' }, { text }) };
    };
    return { options, labelOf, fromText };
  }, [intl]);
}
