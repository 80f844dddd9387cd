import type { IntlShape } from 'react-intl';
import type { Survey } from '../../lib/contracts';

/** When a survey goes out, in words ("Every 4 weeks of a partnership"). */
export function triggerWords(intl: IntlShape, survey: Pick<Survey, 'trigger' | 'everyWeeks'>): string {
  return intl.formatMessage({ id: `survey.trigger.${survey.trigger}` }, { weeks: survey.everyWeeks ?? 0 });
}

export function audienceWords(intl: IntlShape, audience: Survey['audience']): string {
  return intl.formatMessage({ id: `survey.audience.${audience}` });
}
