import type { IntlShape } from 'react-intl';
import type { TimeEntryKind } from '../../lib/contracts';

/** Minutes as "1 hour 30 minutes", "45 minutes", "2 hours" in the reader's language. */
export function formatDuration(intl: IntlShape, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(intl.formatNumber(hours, { style: 'unit', unit: 'hour', unitDisplay: 'long' }));
  if (rest > 0 || hours === 0) parts.push(intl.formatNumber(rest, { style: 'unit', unit: 'minute', unitDisplay: 'long' }));
  return intl.formatList(parts, { type: 'unit', style: 'long' });
}

// In the order the form offers them; the Record keeps the list complete.
const kindOrder: Record<TimeEntryKind, number> = { phone: 0, 'in-person': 1, chat: 2, email: 3, meeting: 4, other: 5 };
export const timeEntryKinds = Object.keys(kindOrder) as TimeEntryKind[];
