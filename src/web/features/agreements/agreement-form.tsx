import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell, TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Agreement, AgreementChannel, AgreementInput, MeetingFrequency } from '../../lib/contracts';
import { addDays, localDate } from '../meetings/meeting-time';
import { settle } from '../meetings/meetings-api';
import { agreementChannels, frequencies, meetingLengths } from './agreement-options';
import { useSaveAgreement } from './agreements-api';

const fields = ['goals', 'meetingFrequency', 'meetingLengthMinutes', 'channels', 'confidentiality', 'endsOn'] as const;

interface AgreementFormProps {
  partnershipId: string;
  current: Agreement['current'];
  mentor: string;
  onSaved: (agreement: Agreement) => void;
  onCancel: () => void;
}

/** The mentee writes the agreement, or changes it (each save is a version both confirm). */
export function AgreementForm({ partnershipId, current, mentor, onSaved, onCancel }: AgreementFormProps) {
  const intl = useIntl();
  const save = useSaveAgreement(partnershipId);
  const form = useFormErrors('agreement', fields);
  const [values, setValues] = useState<AgreementInput>(() => ({
    goals: current?.goals ?? '',
    meetingFrequency: current?.meetingFrequency ?? 'fortnightly',
    meetingLengthMinutes: current?.meetingLengthMinutes ?? 60,
    channels: current?.channels ?? ['video'],
    confidentiality: current?.confidentiality ?? intl.formatMessage({ id: 'agreement.confidentialityDefault' }),
    endsOn: current?.endsOn ?? addDays(localDate(new Date(), intl.timeZone ?? 'UTC'), 182),
  }));
  const set = <K extends keyof AgreementInput>(key: K, value: AgreementInput[K]) => setValues((v) => ({ ...v, [key]: value }));

  function toggleChannel(channel: AgreementChannel, on: boolean) {
    set('channels', on ? agreementChannels.filter((c) => c === channel || values.channels.includes(c)) : values.channels.filter((c) => c !== channel));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const ok = form.check({
      goals: values.goals.trim() ? null : intl.formatMessage({ id: 'agreement.goalsRequired' }),
      channels: values.channels.length ? null : intl.formatMessage({ id: 'agreement.channelsRequired' }),
      confidentiality: values.confidentiality.trim() ? null : intl.formatMessage({ id: 'agreement.confidentialityRequired' }),
      endsOn: /^\d{4}-\d{2}-\d{2}$/.test(values.endsOn) ? null : intl.formatMessage({ id: 'agreement.endsOnRequired' }),
    });
    if (!ok) return;
    settle(save.mutateAsync(values), onSaved, (error) => form.fromApi(error));
  }

  return (
    <form className="form agreement-form" onSubmit={submit} noValidate aria-labelledby="agreement-form-title">
      <h3 id="agreement-form-title" tabIndex={-1}>
        <FormattedMessage id={current ? 'agreement.changeTitle' : 'agreement.draftTitle'} />
      </h3>
      <p className="muted">
        <FormattedMessage id="agreement.formLede" values={{ name: mentor }} />
      </p>
      {form.summary}
      <TextAreaField
        id={form.fieldId('goals')}
        label={<FormattedMessage id="agreement.field.goals" />}
        description={<FormattedMessage id="agreement.goalsHint" />}
        rows={5}
        maxLength={5000}
        autoFocus
        value={values.goals}
        onChange={(e) => set('goals', e.target.value)}
        error={form.error('goals')}
      />
      <FieldShell id={form.fieldId('meetingFrequency')} label={<FormattedMessage id="agreement.field.meetingFrequency" />} error={form.error('meetingFrequency')}>
        {(describedBy) => (
          <select
            id={form.fieldId('meetingFrequency')}
            className="field__control"
            aria-describedby={describedBy}
            value={values.meetingFrequency}
            onChange={(e) => set('meetingFrequency', e.target.value as MeetingFrequency)}
          >
            {frequencies.map((f) => (
              <option key={f} value={f}>
                {intl.formatMessage({ id: `agreement.frequency.${f}` })}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell
        id={form.fieldId('meetingLengthMinutes')}
        label={<FormattedMessage id="agreement.field.meetingLengthMinutes" />}
        error={form.error('meetingLengthMinutes')}
      >
        {(describedBy) => (
          <select
            id={form.fieldId('meetingLengthMinutes')}
            className="field__control"
            aria-describedby={describedBy}
            value={values.meetingLengthMinutes}
            onChange={(e) => set('meetingLengthMinutes', Number(e.target.value))}
          >
            {meetingLengths.map((m) => (
              <option key={m} value={m}>
                {intl.formatMessage({ id: 'agreement.minutes' }, { minutes: m })}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <fieldset
        className={`fieldset${form.error('channels') ? ' field--invalid' : ''}`}
        id={form.fieldId('channels')}
        tabIndex={-1}
        aria-describedby={form.error('channels') ? `${form.fieldId('channels')}-error` : undefined}
      >
        <legend className="field__label">
          <FormattedMessage id="agreement.field.channels" />
        </legend>
        {form.error('channels') ? (
          <p className="field__error" id={`${form.fieldId('channels')}-error`}>
            {form.error('channels')}
          </p>
        ) : null}
        <div className="choice-row">
          {agreementChannels.map((channel) => (
            <label key={channel} className="choice">
              <input type="checkbox" checked={values.channels.includes(channel)} onChange={(e) => toggleChannel(channel, e.target.checked)} />
              <span>
                <FormattedMessage id={`channel.${channel}`} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={form.fieldId('confidentiality')}
        label={<FormattedMessage id="agreement.field.confidentiality" />}
        description={<FormattedMessage id="agreement.confidentialityHint" />}
        rows={3}
        maxLength={2000}
        value={values.confidentiality}
        onChange={(e) => set('confidentiality', e.target.value)}
        error={form.error('confidentiality')}
      />
      <TextField
        id={form.fieldId('endsOn')}
        label={<FormattedMessage id="agreement.field.endsOn" />}
        description={<FormattedMessage id="agreement.endsOnHint" />}
        type="date"
        value={values.endsOn}
        onChange={(e) => set('endsOn', e.target.value)}
        error={form.error('endsOn')}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          <FormattedMessage id="agreement.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          <FormattedMessage id="form.cancel" />
        </button>
      </div>
    </form>
  );
}
