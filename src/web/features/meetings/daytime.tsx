import { FormattedMessage } from 'react-intl';
import type { Daytime } from './meeting-time';

const paths: Record<Daytime, string> = {
  // A sun with rays.
  day: 'M12 7a5 5 0 1 1 0 10a5 5 0 1 1 0-10zM12 1v3M12 20v3M1 12h3M20 12h3M4.2 4.2l2.1 2.1M17.7 17.7l2.1 2.1M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1',
  // The sun half below the horizon.
  evening: 'M6 17a6 6 0 0 1 12 0M2 17h20M12 5v4M4.9 9.9l2 2M19.1 9.9l-2 2M5 21h14',
  // A crescent moon.
  night: 'M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z',
};

/**
 * Day, evening or night on someone's clock: an icon for a quick look and the word beside it,
 * so the meaning never rests on the picture (the icon is hidden from screen readers).
 */
export function DaytimeLabel({ daytime }: { daytime: Daytime }) {
  return (
    <span className={`daytime daytime--${daytime}`}>
      <svg className="daytime__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path d={paths[daytime]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>
        <FormattedMessage id={`daytime.${daytime}`} />
      </span>
    </span>
  );
}
