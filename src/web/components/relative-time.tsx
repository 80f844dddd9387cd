import { FormattedDate, FormattedMessage, FormattedRelativeTime } from 'react-intl';

/** The largest whole unit between now and `at` ("in 3 days", "2 hours ago"). */
export function relativeParts(at: Date, now: Date): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const seconds = (at.getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 3600) return { value: Math.round(seconds / 60), unit: 'minute' };
  if (abs < 86_400) return { value: Math.round(seconds / 3600), unit: 'hour' };
  return { value: Math.round(seconds / 86_400), unit: 'day' };
}

/** "in 3 days (24 Nov 2026, 14:05)": relative, with the exact time in the viewer's zone. */
export function RelativeTime({ value, now }: { value: string; now: Date }) {
  const { value: amount, unit } = relativeParts(new Date(value), now);
  return (
    <time dateTime={value}>
      <FormattedMessage
        id="time.relativeWithDate"
        values={{
          relative: <FormattedRelativeTime value={amount} unit={unit} numeric="auto" />,
          date: <FormattedDate value={value} dateStyle="medium" timeStyle="short" />,
        }}
      />
    </time>
  );
}
