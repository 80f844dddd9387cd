import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { SlotSearch } from './meetings-api';
import { daysBetween } from './meeting-time';

export const DURATIONS = [30, 45, 60, 90, 120] as const;
/** The server searches at most this many days after the first. */
export const MAX_SPAN_DAYS = 56;

const fields = ['duration', 'from', 'to'] as const;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

interface SlotSearchFormProps {
  value: SlotSearch;
  onSearch: (search: SlotSearch) => void;
  pending: boolean;
}

/** How long, and between which days: the search behind the list of times. */
export function SlotSearchForm({ value, onSearch, pending }: SlotSearchFormProps) {
  const intl = useIntl();
  const form = useFormErrors('slot-search', fields);
  const [duration, setDuration] = useState(String(value.duration));
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fromOk = isDate(from);
    const toOk = isDate(to);
    const ok = form.check({
      from: fromOk ? null : intl.formatMessage({ id: 'slots.dateInvalid' }),
      to: !toOk
        ? intl.formatMessage({ id: 'slots.dateInvalid' })
        : fromOk && to < from
          ? intl.formatMessage({ id: 'slots.toBeforeFrom' })
          : fromOk && daysBetween(from, to) > MAX_SPAN_DAYS
            ? intl.formatMessage({ id: 'slots.spanTooLong' }, { weeks: MAX_SPAN_DAYS / 7 })
            : null,
    });
    if (ok) onSearch({ from, to, duration: Number(duration) });
  }

  return (
    <form className="slot-search" onSubmit={submit} noValidate aria-labelledby="slot-search-title">
      <h3 id="slot-search-title" className="visually-hidden">
        <FormattedMessage id="slots.searchTitle" />
      </h3>
      {form.summary}
      <div className="slot-search__fields">
        <FieldShell id={form.fieldId('duration')} label={<FormattedMessage id="slots.duration" />} error={form.error('duration')}>
          {(describedBy) => (
            <select
              id={form.fieldId('duration')}
              className="field__control"
              value={duration}
              onChange={(event) => setDuration(event.target.value)}
              aria-describedby={describedBy}
            >
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {intl.formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <TextField
          id={form.fieldId('from')}
          label={<FormattedMessage id="slots.from" />}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={form.error('from')}
        />
        <TextField
          id={form.fieldId('to')}
          label={<FormattedMessage id="slots.to" />}
          type="date"
          min={from}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={form.error('to')}
        />
        <div className="slot-search__submit">
          <button type="submit" className="button button--secondary" disabled={pending}>
            <FormattedMessage id="slots.search" />
          </button>
        </div>
      </div>
    </form>
  );
}
