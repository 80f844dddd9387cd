import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { MeetingSide } from '../../lib/contracts';
import { DaytimeLabel } from './daytime';
import { daytimeOfLocal, wallClock, wallTimeIn } from './meeting-time';
import { othersOf, type Pair } from './pair';

/** "7:00 PM–8:00 PM" on the viewer's clock. */
export function formatRange(intl: IntlShape, start: string, end: string): string {
  const time = (value: string) => intl.formatTime(value, { hour: 'numeric', minute: '2-digit' });
  return intl.formatMessage({ id: 'time.range' }, { start: time(start), end: time(end) });
}

/** "Tuesday 1 December" on the viewer's clock. */
export function formatDay(intl: IntlShape, instant: string): string {
  return intl.formatDate(instant, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Tue 9:00 AM": a wall time the server computed for someone, shown exactly as written. */
export function formatWall(intl: IntlShape, local: string): string {
  return intl.formatDate(wallClock(local), { timeZone: 'UTC', weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

interface WhenProps {
  start: string;
  end: string;
  /** Each side's local start time and place, as the server computed them (their travel zone included). */
  people: Record<MeetingSide, { local: string | null; place: string }>;
  pair: Pair;
  /** Say the day as well as the hours (when no heading above says it). */
  withDay?: boolean;
}

/**
 * A time on the viewer's clock, with day/evening/night in words and an icon, and the other
 * person's local time and place beside it.
 */
export function When({ start, end, people, pair, withDay = false }: WhenProps) {
  const intl = useIntl();
  const mine = wallTimeIn(start, intl.timeZone ?? 'UTC');
  const range = formatRange(intl, start, end);
  return (
    <span className="when">
      <span className="when__line when__line--mine">
        <span className="when__time">
          {withDay ? <FormattedMessage id="when.dayAndTime" values={{ day: formatDay(intl, start), time: range }} /> : range}
        </span>
        <DaytimeLabel daytime={daytimeOfLocal(mine)} />
      </span>
      {othersOf(pair).map((side) => {
        const local = people[side].local;
        if (!local) return null;
        return (
          <span key={side} className="when__line">
            <span>
              <FormattedMessage
                id="when.theirs"
                values={{ name: pair.names[side], time: formatWall(intl, local), place: people[side].place }}
              />
            </span>
            <DaytimeLabel daytime={daytimeOfLocal(local)} />
          </span>
        );
      })}
    </span>
  );
}

/** "Tuesday 1 December, 7:00 PM–8:00 PM" on the viewer's clock, for headings and button names. */
export function formatWhen(intl: IntlShape, start: string, end: string): string {
  return intl.formatMessage({ id: 'when.dayAndTime' }, { day: formatDay(intl, start), time: formatRange(intl, start, end) });
}
