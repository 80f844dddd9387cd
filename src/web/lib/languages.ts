/**
 * Languages offered in pickers, as BCP 47 tags; their names come from Intl.DisplayNames
 * in the reader's language. People can still type any other valid tag.
 */
export const commonLanguages: readonly string[] = [
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa',
  'fi', 'fil', 'fr', 'ga', 'gl', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'ig', 'is', 'it', 'ja', 'ka', 'kk',
  'km', 'kn', 'ko', 'ku', 'ky', 'lo', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'nb', 'ne', 'nl', 'pa',
  'pl', 'ps', 'pt', 'pt-BR', 'ro', 'ru', 'rw', 'si', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th',
  'tr', 'uk', 'ur', 'uz', 'vi', 'xh', 'yo', 'zh', 'zh-Hant', 'zu', 'sgn', 'ase', 'bfi',
];

/** The canonical form of a typed tag ("PT-br" → "pt-BR"), or null when it is not BCP 47. */
export function canonicalLanguage(tag: string): string | null {
  const trimmed = tag.trim();
  if (trimmed.length < 2 || trimmed.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}
