import { FormattedMessage, useIntl } from 'react-intl';
import { DayTrack, HourScale } from '../../components/day-track';
import { WEEKDAYS } from '../../lib/clock';
import { formatMinuteRanges, weekdayName } from '../../lib/format';
import { rangesByWeekday, type WindowDraft } from './profile-draft';

/**
 * The week at a glance: seven 24-hour tracks (visual only) with each day's hours in words
 * beside them, so the summary reads the same to everyone. Read-only; the editor is above it.
 */
export function AvailabilitySummary({ windows, timeZone }: { windows: readonly WindowDraft[]; timeZone: string }) {
  const intl = useIntl();
  const days = rangesByWeekday(windows);
  return (
    <section className="week-summary" aria-labelledby="week-summary-title">
      <h3 id="week-summary-title">
        <FormattedMessage id="availability.summaryTitle" />
      </h3>
      <p className="field__hint">
        <FormattedMessage id="availability.summaryHint" values={{ zone: timeZone.replaceAll('_', ' ') }} />
      </p>
      <dl className="week-summary__days">
        {WEEKDAYS.map((weekday) => {
          const ranges = days.get(weekday) ?? [];
          return (
            <div key={weekday} className="week-row">
              <dt className="week-row__day">{weekdayName(intl, weekday, 'short')}</dt>
              <dd className="week-row__body">
                <DayTrack ranges={ranges} kind="mine" />
                <span className="week-row__text">
                  {ranges.length ? formatMinuteRanges(intl, ranges) : <FormattedMessage id="availability.dayOff" />}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="week-row week-row--scale" aria-hidden="true">
        <span className="week-row__day" />
        <span className="week-row__body">
          <HourScale />
        </span>
      </div>
    </section>
  );
}
