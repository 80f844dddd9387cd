import type { IntlShape } from 'react-intl';
import type { AnswerValue } from '../../lib/contracts';

/** An answer as words: numbers in the reader's format, yes/no, several choices as a list. */
export function answerText(intl: IntlShape, value: AnswerValue | undefined): string {
  if (value === null || value === undefined) return intl.formatMessage({ id: 'surveyAnswers.none' });
  if (typeof value === 'boolean') return intl.formatMessage({ id: value ? 'surveyAnswers.yes' : 'surveyAnswers.no' });
  if (typeof value === 'number') return intl.formatNumber(value);
  if (Array.isArray(value)) return intl.formatList(value, { type: 'conjunction' });
  return value;
}

/** A summary's value key (`yes`, `3`, an option) as shown in its count table. */
export function summaryValueText(intl: IntlShape, value: string): string {
  if (value === 'yes' || value === 'no') return intl.formatMessage({ id: `surveyAnswers.${value}` });
  return value;
}
