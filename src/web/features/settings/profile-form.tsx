import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { FieldShell, TextField } from '../../components/text-field';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { useFormErrors } from '../../components/use-form-errors';
import { localeNames, supportedLocales, toSupported } from '../../i18n/locales';
import type { Accessibility, User } from '../../lib/types';
import { MAX_MEETING_REMINDERS } from '../../../shared/meeting-reminders';
import { requiredProblem } from '../accounts/validation';
import { ReminderChoices } from './reminder-choices';
import { MESSAGE_EMAIL_CHOICES, type MessageEmails } from './settings-api';
import { useUpdateSettings } from './settings-api';

const fields = ['name', 'timeZone', 'locale', 'meetingReminders', 'messageEmails'] as const;
const accessibilityKeys = ['screenReader', 'reducedMotion', 'captions', 'prefersAsync'] as const;

/** Name, time zone, language, accessibility preferences and meeting reminders, saved together. */
export function ProfileForm({ user }: { user: User }) {
  const intl = useIntl();
  const form = useFormErrors('profile', fields);
  const update = useUpdateSettings();
  const [name, setName] = useState(user.name);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [locale, setLocale] = useState<string>(toSupported(user.locale) ?? 'en');
  const [accessibility, setAccessibility] = useState<Accessibility>(user.accessibility);
  const [meetingReminders, setMeetingReminders] = useState<number[]>(user.meetingReminders);
  const [messageEmails, setMessageEmails] = useState<MessageEmails>(user.messageEmails);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    const problems = {
      name: requiredProblem(intl, name, 'validation.nameRequired'),
      meetingReminders:
        meetingReminders.length > MAX_MEETING_REMINDERS
          ? intl.formatMessage({ id: 'validation.tooManyReminders' }, { max: MAX_MEETING_REMINDERS })
          : null,
    };
    if (!form.check(problems)) return;
    update.mutate({ name: name.trim(), timeZone, locale, accessibility, meetingReminders, messageEmails }, { onError: (e) => form.fromApi(e) });
  }

  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">
        <FormattedMessage id="settings.profile" />
      </h2>
      {form.summary}
      <StatusMessage>{update.isSuccess ? <FormattedMessage id="settings.saved" /> : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id={form.fieldId('name')}
          label={<FormattedMessage id="field.name" />}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <p className="field__static">
          <FormattedMessage id="settings.emailIs" values={{ email: user.email }} />
        </p>
        <TimeZoneSelect
          id={form.fieldId('timeZone')}
          label={<FormattedMessage id="field.timeZone" />}
          description={<FormattedMessage id="field.timeZoneHint" />}
          value={timeZone}
          onChange={setTimeZone}
          error={form.error('timeZone')}
        />
        <FieldShell
          id={form.fieldId('locale')}
          label={<FormattedMessage id="field.locale" />}
          error={form.error('locale')}
        >
          {(describedBy) => (
            <select
              id={form.fieldId('locale')}
              className="field__control"
              value={locale}
              onChange={(e) => setLocale(e.target.value)}
              aria-describedby={describedBy}
            >
              {supportedLocales.map((l) => (
                <option key={l} value={l} lang="en" dir="ltr">
                  {localeNames[l]}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <fieldset className="fieldset">
          <legend className="field__label">
            <FormattedMessage id="settings.accessibility" />
          </legend>
          <p className="field__hint">
            <FormattedMessage id="settings.accessibilityHint" />
          </p>
          {accessibilityKeys.map((key) => (
            <label key={key} className="choice choice--block">
              <input
                type="checkbox"
                checked={accessibility[key]}
                onChange={(e) => setAccessibility({ ...accessibility, [key]: e.target.checked })}
              />
              <span>
                <FormattedMessage id={`settings.a11y.${key}`} />
              </span>
            </label>
          ))}
        </fieldset>
        <ReminderChoices
          id={form.fieldId('meetingReminders')}
          value={meetingReminders}
          onChange={setMeetingReminders}
          error={form.error('meetingReminders')}
        />
        <fieldset className="fieldset">
          <legend className="field__label">
            <FormattedMessage id="settings.messageEmails" />
          </legend>
          {MESSAGE_EMAIL_CHOICES.map((choice, i) => (
            <label key={choice} className="choice">
              <input
                id={i === 0 ? form.fieldId('messageEmails') : `${form.fieldId('messageEmails')}-${choice}`}
                type="radio"
                name="messageEmails"
                value={choice}
                checked={messageEmails === choice}
                onChange={() => setMessageEmails(choice)}
              />
              <span>
                <FormattedMessage id={`settings.messageEmails.${choice}`} />
              </span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            <FormattedMessage id="settings.save" />
          </button>
        </div>
      </form>
    </section>
  );
}
