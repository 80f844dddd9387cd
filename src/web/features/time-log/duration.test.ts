import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

const intl = createIntl({ locale: 'en', messages: {} });

describe('durations in words', () => {
  it('says hours and minutes, leaving out a zero part', () => {
    expect(formatDuration(intl, 0)).toBe('0 minutes');
    expect(formatDuration(intl, 45)).toBe('45 minutes');
    expect(formatDuration(intl, 60)).toBe('1 hour');
    expect(formatDuration(intl, 90)).toBe('1 hour, 30 minutes');
    expect(formatDuration(intl, 125)).toBe('2 hours, 5 minutes');
  });
});
