import { FormattedMessage, useIntl } from 'react-intl';
import { DayTrack, HourScale, TrackSwatch } from '../../components/day-track';
import { zoneLabel } from '../../lib/clock';
import type { BandDay, WeekBand as WeekBandData } from '../../lib/contracts';
import { formatMinuteRanges, roundedHours, weekdayName } from '../../lib/format';

interface WeekBandProps {
  /** Unique per card, for the heading id. */
  id: string;
  week: WeekBandData;
  overlapMinutesPerWeek: number;
}

/**
 * A week on the viewer's own clock: for each day, my hours, theirs and the time we share, as
 * three patterned 24-hour tracks (visual only), with the same in words in a disclosure.
 */
export function WeekBand({ id, week, overlapMinutesPerWeek }: WeekBandProps) {
  const intl = useIntl();
  const ranges = (list: BandDay['mine'], none: string) =>
    list.length ? formatMinuteRanges(intl, list) : intl.formatMessage({ id: none });

  return (
    <section className="band" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="band__title">
        <FormattedMessage
          id="band.title"
          values={{ hours: roundedHours(overlapMinutesPerWeek) }}
        />
      </h4>
      <p className="band__zone">
        <FormattedMessage id="band.zone" values={{ zone: zoneLabel(week.timeZone) }} />
      </p>
      <div className="band__visual" aria-hidden="true">
        <p className="band__legend">
          {(['mine', 'theirs', 'shared'] as const).map((kind) => (
            <span key={kind} className="band__key">
              <TrackSwatch kind={kind} /> <FormattedMessage id={`band.key.${kind}`} />
            </span>
          ))}
        </p>
        <div className="band__days">
          {week.days.map((day) => (
            <div key={day.weekday} className="band__day">
              <span className="band__day-name">{weekdayName(intl, day.weekday, 'short')}</span>
              <span className="band__lanes">
                <DayTrack ranges={day.mine} kind="mine" />
                <DayTrack ranges={day.theirs} kind="theirs" />
                <DayTrack ranges={day.shared} kind="shared" />
              </span>
            </div>
          ))}
          <div className="band__day">
            <span className="band__day-name" />
            <HourScale />
          </div>
        </div>
      </div>
      <details className="band__text">
        <summary>
          <FormattedMessage id="band.asText" />
        </summary>
        <ul>
          {week.days.map((day) => (
            <li key={day.weekday}>
              <FormattedMessage
                id="band.day"
                values={{
                  day: weekdayName(intl, day.weekday),
                  mine: ranges(day.mine, 'band.notFree'),
                  theirs: ranges(day.theirs, 'band.notFree'),
                  shared: ranges(day.shared, 'band.noShared'),
                }}
              />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
