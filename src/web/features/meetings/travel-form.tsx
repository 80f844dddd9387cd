import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { useFormErrors } from '../../components/use-form-errors';
import { useAddTravel } from './calendar-api';

const fields = ['startsOn', 'endsOn', 'timeZone', 'note'] as const;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A trip: the days, and the zone the weekly hours follow the person to. */
export function TravelForm({ homeZone }: { homeZone: string }) {
  const intl = useIntl();
  const form = useFormErrors('travel', fields);
  const add = useAddTravel();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [timeZone, setTimeZone] = useState(homeZone);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const ok = form.check({
      startsOn: isDate(startsOn) ? null : intl.formatMessage({ id: 'timeAway.dateRequired' }),
      endsOn: !isDate(endsOn)
        ? intl.formatMessage({ id: 'timeAway.dateRequired' })
        : isDate(startsOn) && endsOn < startsOn
          ? intl.formatMessage({ id: 'timeAway.lastBeforeFirst' })
          : null,
    });
    if (!ok) return;
    add.mutate(
      { startsOn, endsOn, timeZone, note: note.trim() },
      {
        onSuccess: () => {
          setMessage(intl.formatMessage({ id: 'timeAway.travelAdded' }, { zone: timeZone.replaceAll('_', ' ') }));
          setStartsOn('');
          setEndsOn('');
          setNote('');
        },
        onError: (error) => form.fromApi(error),
      },
    );
  }

  return (
    <form className="form change-form" onSubmit={submit} noValidate>
      {form.summary}
      <div className="change-form__row">
        <TextField
          id={form.fieldId('startsOn')}
          label={<FormattedMessage id="timeAway.startsOn" />}
          type="date"
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={form.error('startsOn')}
        />
        <TextField
          id={form.fieldId('endsOn')}
          label={<FormattedMessage id="timeAway.endsOn" />}
          type="date"
          min={startsOn || undefined}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={form.error('endsOn')}
        />
      </div>
      <TimeZoneSelect
        id={form.fieldId('timeZone')}
        label={<FormattedMessage id="timeAway.zone" />}
        description={<FormattedMessage id="timeAway.zoneHint" />}
        value={timeZone}
        onChange={setTimeZone}
        error={form.error('timeZone')}
      />
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
          <FormattedMessage id="timeAway.addTravel" />
        </button>
      </div>
    </form>
  );
}
