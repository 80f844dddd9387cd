import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell, TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { TimeEntry, TimeEntryKind } from '../../lib/contracts';
import { localDate } from '../meetings/meeting-time';
import { settle } from '../meetings/meetings-api';
import { timeEntryKinds } from './duration';
import { useLogTime } from './time-log-api';

const fields = ['kind', 'occurredOn', 'minutes', 'preparationMinutes', 'note'] as const;

const wholeMinutes = (text: string, min: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= 600;

/** Logging contact outside Meridian's meetings: what kind, when, how long, and the preparation around it. */
export function TimeForm({ partnershipId, onLogged }: { partnershipId: string; onLogged: (entry: TimeEntry) => void }) {
  const intl = useIntl();
  const log = useLogTime(partnershipId);
  const form = useFormErrors('time-entry', fields);
  const today = localDate(new Date(), intl.timeZone ?? 'UTC');
  const [kind, setKind] = useState<TimeEntryKind>('phone');
  const [occurredOn, setOccurredOn] = useState(today);
  const [minutes, setMinutes] = useState('30');
  const [preparation, setPreparation] = useState('0');
  const [note, setNote] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (log.isPending) return;
    const ok = form.check({
      occurredOn: /^\d{4}-\d{2}-\d{2}$/.test(occurredOn) ? null : intl.formatMessage({ id: 'timeLog.dateRequired' }),
      minutes: wholeMinutes(minutes, 1) ? null : intl.formatMessage({ id: 'timeLog.minutesInvalid' }),
      preparationMinutes: wholeMinutes(preparation || '0', 0) ? null : intl.formatMessage({ id: 'timeLog.preparationInvalid' }),
    });
    if (!ok) return;
    settle(
      log.mutateAsync({ kind, occurredOn, minutes: Number(minutes), preparationMinutes: Number(preparation || '0'), note: note.trim() }),
      (entry) => {
        setNote('');
        onLogged(entry);
      },
      (error) => form.fromApi(error),
    );
  }

  return (
    <form className="form time-form" onSubmit={submit} noValidate aria-labelledby="time-form-title">
      <h3 id="time-form-title">
        <FormattedMessage id="timeLog.formTitle" />
      </h3>
      <p className="muted">
        <FormattedMessage id="timeLog.formLede" />
      </p>
      {form.summary}
      <div className="time-form__fields">
        <FieldShell id={form.fieldId('kind')} label={<FormattedMessage id="timeLog.kindLabel" />} error={form.error('kind')}>
          {(describedBy) => (
            <select
              id={form.fieldId('kind')}
              className="field__control"
              aria-describedby={describedBy}
              value={kind}
              onChange={(e) => setKind(e.target.value as TimeEntryKind)}
            >
              {timeEntryKinds.map((k) => (
                <option key={k} value={k}>
                  {intl.formatMessage({ id: `timeLog.kind.${k}` })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <TextField
          id={form.fieldId('occurredOn')}
          label={<FormattedMessage id="timeLog.dateLabel" />}
          type="date"
          max={today}
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.target.value)}
          error={form.error('occurredOn')}
        />
        <TextField
          id={form.fieldId('minutes')}
          label={<FormattedMessage id="timeLog.minutesLabel" />}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={form.error('minutes')}
        />
        <TextField
          id={form.fieldId('preparationMinutes')}
          label={<FormattedMessage id="timeLog.preparationLabel" />}
          description={<FormattedMessage id="timeLog.preparationHint" />}
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          value={preparation}
          onChange={(e) => setPreparation(e.target.value)}
          error={form.error('preparationMinutes')}
        />
      </div>
      <TextAreaField
        id={form.fieldId('note')}
        label={<FormattedMessage id="timeLog.noteLabel" />}
        optional
        rows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={form.error('note')}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          <FormattedMessage id="timeLog.add" />
        </button>
      </div>
    </form>
  );
}
