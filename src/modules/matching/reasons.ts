import type { Reason } from '../../core/matching/types';
import type { OverlapSummary, WeekdayRange } from '../../core/time/types';
import { intlFor } from '../../server/i18n';

export interface ReasonView {
  kind: Reason['kind'] | 'pinned';
  text: string;
}

export interface Viewer {
  locale: string;
  timeZone: string;
  /** The mentee reads "your goals"; an admin or mentor reads "the mentee’s goals". */
  who: 'mentee' | 'other';
}

const weekdayNames = new Map<string, string[]>();
function weekdayName(locale: string, weekday: number): string {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday, so ISO weekday n is 2024-01-0n.
    names = [1, 2, 3, 4, 5, 6, 7].map((d) => format.format(Date.UTC(2024, 0, d)));
    weekdayNames.set(locale, names);
  }
  return names[weekday - 1]!;
}

function rangeText(locale: string, r: WeekdayRange): string {
  return r.from === r.to ? weekdayName(locale, r.from) : `${weekdayName(locale, r.from)}–${weekdayName(locale, r.to)}`;
}

/** "Tue–Thu 16:00–18:00", the largest shared piece (and a note when there are more). */
export function describeWhen(locale: string, summary: OverlapSummary): string {
  const intl = intlFor(locale, summary.timeZone);
  const [first, ...rest] = summary.groups;
  if (!first) return '';
  const days = first.weekdayRanges.map((r) => rangeText(locale, r)).join(', ');
  const text = `${days} ${first.start}–${first.end}`;
  return rest.length ? intl.formatMessage({ id: 'reason.overlap.more' }, { first: text }) : text;
}

const hoursText = (locale: string, hours: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: hours < 10 ? 1 : 0 }).format(hours);

function distanceText(
  r: Extract<Reason, { kind: 'distance' }>,
  viewer: Viewer,
  t: (id: string, values?: Record<string, string | number>) => string,
): string {
  const gap = new Intl.NumberFormat(viewer.locale, { maximumFractionDigits: 2 }).format(r.zoneGapHours);
  switch (r.distanceClass) {
    case 'same-city':
      return t('reason.distance.sameCity', { city: r.city ?? '', inPerson: r.inPerson ? 'yes' : 'no' });
    case 'same-country': {
      const country = r.country ? (new Intl.DisplayNames([viewer.locale], { type: 'region' }).of(r.country) ?? r.country) : '';
      return t('reason.distance.sameCountry', { country });
    }
    case 'near-zone':
      return t('reason.distance.nearZone', { count: r.zoneGapHours, gap });
    case 'far-zone':
      return t('reason.distance.farZone', { gap });
  }
}

/** Words each structured reason in the viewer's language; times in the summary are already in their zone. */
export function renderReasons(reasons: readonly Reason[], viewer: Viewer): ReasonView[] {
  const intl = intlFor(viewer.locale, viewer.timeZone);
  const t = (id: string, values: Record<string, string | number> = {}) =>
    intl.formatMessage({ id }, { who: viewer.who, ...values }) as string;
  const languageNames = new Intl.DisplayNames([viewer.locale], { type: 'language' });
  return reasons.map((r): ReasonView => {
    switch (r.kind) {
      case 'overlap': {
        const hours = r.minutesPerWeek / 60;
        return {
          kind: r.kind,
          text: t('reason.overlap', { count: hours, hours: hoursText(viewer.locale, hours), when: describeWhen(viewer.locale, r.summary) }),
        };
      }
      case 'no-overlap':
        return { kind: r.kind, text: t('reason.noOverlap') };
      case 'languages':
        return {
          kind: r.kind,
          text: t('reason.languages', {
            languages: intl.formatList(r.languages.map((l) => languageNames.of(l) ?? l), { type: 'conjunction' }) as string,
          }),
        };
      case 'topics':
        return {
          kind: r.kind,
          text:
            r.covered === 0
              ? t('reason.topics.none')
              : t('reason.topics', {
                  covered: r.covered,
                  total: r.total,
                  labels: r.labels.length ? (intl.formatList(r.labels, { type: 'conjunction' }) as string) : 'none',
                }),
        };
      case 'no-topics':
        return { kind: r.kind, text: t('reason.noTopics') };
      case 'distance':
        return { kind: r.kind, text: distanceText(r, viewer, t) };
      case 'capacity':
        return { kind: r.kind, text: t('reason.capacity', { remaining: r.remaining }) };
    }
  });
}
