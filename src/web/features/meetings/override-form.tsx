import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { FieldShell, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { clockChoices, clockToMinutes } from '../../lib/clock';
import { formatMinuteOfDay } from '../../lib/format';
import { useAddOverride } from './calendar-api';

export type OverrideKind = 'away-day' | 'away-hours' | 'extra';
const kinds: readonly OverrideKind[] = ['away-day', 'away-hours', 'extra'];
const fields = ['date', 'start', 'end', 'note'] as const;
const STEP = 30;

/** One change to one date: away all day, away some hours, or extra hours. */
export function OverrideForm() {
  const intl = useIntl();
  const form = useFormErrors('override', fields);
  const add = useAddOverride();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<OverrideKind>('away-day');
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const clock = (value: string) => formatMinuteOfDay(intl, clockToMinutes(value) ?? 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const ok = form.check({
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : intl.formatMessage({ id: 'timeAway.dateRequired' }),
      end: kind !== 'away-day' && end <= start ? intl.formatMessage({ id: 'timeAway.endBeforeStart' }) : null,
    });
    if (!ok) return;
    add.mutate(
      { date, available: kind === 'extra', windows: kind === 'away-day' ? [] : [{ start, end }], note: note.trim() },
      {
        onSuccess: () => {
          setMessage(intl.formatMessage({ id: 'timeAway.overrideAdded' }));
          setDate('');
          setNote('');
        },
        onError: (error) => form.fromApi(error),
      },
    );
  }

  const timeSelect = (part: 'start' | 'end', value: string, set: (v: string) => void) => (
    <FieldShell id={form.fieldId(part)} label={<FormattedMessage id={`timeAway.${part}`} />} error={form.error(part)}>
      {(describedBy) => (
        <select
          id={form.fieldId(part)}
          className="field__control"
          value={value}
          onChange={(event) => set(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={form.error(part) ? true : undefined}
        >
          {clockChoices(part, STEP, value).map((c) => (
            <option key={c} value={c}>
              {clock(c)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );

  return (
    <form className="form change-form" onSubmit={submit} noValidate>
      {form.summary}
      <TextField
        id={form.fieldId('date')}
        label={<FormattedMessage id="timeAway.date" />}
        type="date"
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={form.error('date')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="timeAway.kindLegend" />
        </legend>
        <div className="choice-row">
          {kinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="override-kind" checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <FormattedMessage id={`timeAway.kind.${k}`} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind !== 'away-day' ? (
        <div className="change-form__row">
          {timeSelect('start', start, setStart)}
          {timeSelect('end', end, setEnd)}
        </div>
      ) : null}
      <TextField
        id={form.fieldId('note')}
        label={<FormattedMessage id="timeAway.note" />}
        optional
        maxLength={200}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={form.error('note')}
      />
      <StatusMessage>{message}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={add.isPending}>
          <FormattedMessage id="timeAway.addOverride" />
        </button>
      </div>
    </form>
  );
}
