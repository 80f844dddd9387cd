import { FormattedDate } from 'react-intl';
import { calendarDate } from '../../lib/time';

/** A 'YYYY-MM-DD' date, formatted in UTC so it is the same day for every viewer. */
export function CalendarDate({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={calendarDate(value)} timeZone="UTC" dateStyle="medium" />
    </time>
  );
}
