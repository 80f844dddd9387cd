import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { clockToMinutes } from '../../lib/clock';
import type { DateOverride, TravelPeriod } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { formatMinuteRanges } from '../../lib/format';
import { calendarDate } from '../../lib/time';
import { useAvailabilityChanges, useRemoveChange } from './calendar-api';
import { OverrideForm } from './override-form';
import { TravelForm } from './travel-form';
import '../../styles/meetings.css';

const day = (intl: IntlShape, iso: string) => intl.formatDate(calendarDate(iso), { timeZone: 'UTC', dateStyle: 'full' });

function overrideText(intl: IntlShape, o: DateOverride): string {
  const ranges = o.windows.map((w) => [clockToMinutes(w.start) ?? 0, clockToMinutes(w.end) ?? 0] as const);
  const kind = o.available ? 'extra' : ranges.length ? 'hours' : 'day';
  return intl.formatMessage(
    { id: 'timeAway.overrideText' },
    { date: day(intl, o.date), kind, hours: formatMinuteRanges(intl, ranges) },
  );
}

function travelText(intl: IntlShape, t: TravelPeriod): string {
  return intl.formatMessage(
    { id: 'timeAway.travelText' },
    { from: day(intl, t.startsOn), to: day(intl, t.endsOn), zone: t.timeZone.replaceAll('_', ' ') },
  );
}

interface ChangeListProps<T> {
  items: readonly T[];
  textOf: (item: T) => string;
  noteOf: (item: T) => string;
  empty: string;
  onRemove: (item: T, text: string) => void;
}

function ChangeList<T extends { id: string }>({ items, textOf, noteOf, empty, onRemove }: ChangeListProps<T>) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="change-list">
      {items.map((item) => {
        const text = textOf(item);
        return (
          <li key={item.id} className="change">
            <p className="change__text">
              {text}
              {noteOf(item) ? <span className="change__note">{noteOf(item)}</span> : null}
            </p>
            <button type="button" className="button button--small button--danger-quiet" onClick={() => onRemove(item, text)}>
              <FormattedMessage id="timeAway.remove" values={{ what: text, hidden: hiddenTag }} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Days away or with extra hours, and trips to another zone: they change the times offered
 * to meet in every program, while the weekly hours stay as they are.
 */
export function TimeAwaySection({ homeZone }: { homeZone: string }) {
  const intl = useIntl();
  const changes = useAvailabilityChanges();
  const remove = useRemoveChange();
  const [message, setMessage] = useState<string | null>(null);

  function removeChange(kind: 'override' | 'travel', id: string, text: string, headingId: string) {
    setMessage(null);
    remove.mutate(
      { kind, id },
      {
        onSuccess: () => {
          setMessage(intl.formatMessage({ id: 'timeAway.removed' }, { what: text }));
          focusAfterRender(headingId);
        },
        onError: (error) => setMessage(describeError(intl, error)),
      },
    );
  }

  return (
    <section className="section" aria-labelledby="time-away-title">
      <h2 id="time-away-title">
        <FormattedMessage id="timeAway.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="timeAway.lede" />
      </p>
      <StatusMessage>{message}</StatusMessage>
      {changes.isPending ? <Loading /> : null}
      {changes.isError ? <LoadError error={changes.error} /> : null}
      <h3 id="overrides-title" tabIndex={-1}>
        <FormattedMessage id="timeAway.overridesTitle" />
      </h3>
      {changes.data ? (
        <ChangeList
          items={[...changes.data.overrides].sort((a, b) => a.date.localeCompare(b.date))}
          textOf={(o) => overrideText(intl, o)}
          noteOf={(o) => o.note}
          empty={intl.formatMessage({ id: 'timeAway.noOverrides' })}
          onRemove={(o, text) => removeChange('override', o.id, text, 'overrides-title')}
        />
      ) : null}
      <details className="change-add">
        <summary className="button button--secondary">
          <FormattedMessage id="timeAway.overrideFormTitle" />
        </summary>
        <OverrideForm />
      </details>
      <h3 id="travel-title" tabIndex={-1}>
        <FormattedMessage id="timeAway.travelTitle" />
      </h3>
      {changes.data ? (
        <ChangeList
          items={[...changes.data.travel].sort((a, b) => a.startsOn.localeCompare(b.startsOn))}
          textOf={(t) => travelText(intl, t)}
          noteOf={(t) => t.note}
          empty={intl.formatMessage({ id: 'timeAway.noTravel' })}
          onRemove={(t, text) => removeChange('travel', t.id, text, 'travel-title')}
        />
      ) : null}
      <details className="change-add">
        <summary className="button button--secondary">
          <FormattedMessage id="timeAway.travelFormTitle" />
        </summary>
        <TravelForm homeZone={homeZone} />
      </details>
    </section>
  );
}
