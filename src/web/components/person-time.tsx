import { FormattedMessage, FormattedTime, useIntl } from 'react-intl';
import { zoneDifferenceMinutes, zoneLabel } from '../lib/clock';

/** "6 hours ahead of you", "same time as you", from the two zones' offsets right now. */
export function ZoneGap({ zone, now }: { zone: string; now: Date }) {
  const intl = useIntl();
  const difference = zoneDifferenceMinutes(zone, intl.timeZone ?? 'UTC', now);
  const hours = Math.abs(difference) / 60;
  if (difference === 0) return <FormattedMessage id="time.same" />;
  return <FormattedMessage id={difference > 0 ? 'time.ahead' : 'time.behind'} values={{ hours }} />;
}

interface PersonTimeProps {
  zone: string;
  now: Date;
  /** `line`: "Their time now: 4:05 PM (Asia/Tokyo), 6 hours ahead of you"; `cell`: a short line under a name in a table. */
  variant?: 'line' | 'cell';
}

/** Another person's local time now, next to the viewer's own clock (every time on screen is the viewer's). */
export function PersonTime({ zone, now, variant = 'line' }: PersonTimeProps) {
  const time = <FormattedTime value={now} timeZone={zone} hour="numeric" minute="2-digit" weekday="short" />;
  if (variant === 'cell') {
    return (
      <span className="cell__sub">
        <FormattedMessage id="time.theirTimeShort" values={{ time, zone: zoneLabel(zone) }} />
      </span>
    );
  }
  return (
    <span className="person-time">
      <FormattedMessage
        id="time.theirTimeNow"
        values={{ time, zone: zoneLabel(zone), gap: <ZoneGap zone={zone} now={now} /> }}
      />
    </span>
  );
}
