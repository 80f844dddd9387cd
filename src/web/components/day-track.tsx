import { useIntl } from 'react-intl';
import { MINUTES_PER_DAY } from '../lib/clock';

export type TrackKind = 'mine' | 'theirs' | 'shared';

const percent = (minutes: number) => `${(100 * minutes) / MINUTES_PER_DAY}%`;

/**
 * One day as a 24-hour track with its ranges filled in. Purely visual (hidden from assistive
 * technology): every use puts the same ranges beside it in words. Each kind has its own
 * pattern as well as its own colour, so colour is never the only cue.
 */
export function DayTrack({ ranges, kind }: { ranges: readonly (readonly [number, number])[]; kind: TrackKind }) {
  return (
    <span className={`track track--${kind}`} aria-hidden="true">
      {ranges.map(([start, end]) => (
        <span
          key={start}
          className="track__segment"
          style={{ insetInlineStart: percent(start), inlineSize: percent(end - start) }}
        />
      ))}
    </span>
  );
}

/** Hour marks under a column of tracks (midnight, 6, noon, 18, midnight). */
export function HourScale() {
  const intl = useIntl();
  return (
    <span className="hour-scale" aria-hidden="true">
      {[0, 6, 12, 18].map((hour) => (
        <span key={hour} className="hour-scale__mark" style={{ insetInlineStart: percent(hour * 60) }}>
          {intl.formatTime(Date.UTC(2024, 0, 1, hour), { timeZone: 'UTC', hour: 'numeric' })}
        </span>
      ))}
    </span>
  );
}

/** Visible sample of a track kind, for legends. */
export function TrackSwatch({ kind }: { kind: TrackKind }) {
  return <span className={`track-swatch track--${kind}`} aria-hidden="true" />;
}

