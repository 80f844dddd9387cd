import { FormattedMessage } from 'react-intl';
import { MAX_MEETING_REMINDERS, MEETING_REMINDER_CHOICES } from '../../../shared/meeting-reminders';

/** "10 minutes", "1 hour", "1 day": the largest whole unit. */
function ChoiceLabel({ minutes }: { minutes: number }) {
  if (minutes % 1440 === 0) return <FormattedMessage id="settings.reminders.days" values={{ count: minutes / 1440 }} />;
  if (minutes % 60 === 0) return <FormattedMessage id="settings.reminders.hours" values={{ count: minutes / 60 }} />;
  return <FormattedMessage id="settings.reminders.minutes" values={{ count: minutes }} />;
}

interface ReminderChoicesProps {
  /** Id of the first checkbox, so the error summary can move focus to the group. */
  id: string;
  value: number[];
  onChange(value: number[]): void;
  error?: string | undefined;
}

/** Checkboxes for how long before a meeting to be emailed; none ticked turns reminders off. */
export function ReminderChoices({ id, value, onChange, error }: ReminderChoicesProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const choices = [...MEETING_REMINDER_CHOICES].sort((a, b) => b - a);
  return (
    <fieldset className={`fieldset${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${errorId} ${hintId}` : hintId}>
      <legend className="field__label">
        <FormattedMessage id="settings.reminders" />
      </legend>
      <p className="field__hint" id={hintId}>
        <FormattedMessage id="settings.remindersHint" values={{ max: MAX_MEETING_REMINDERS }} />
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">
            <FormattedMessage id="form.errorPrefix" />{' '}
          </span>
          {error}
        </p>
      ) : null}
      <div className="choice-row">
        {choices.map((minutes, i) => (
          <label key={minutes} className="choice">
            <input
              id={i === 0 ? id : `${id}-${minutes}`}
              type="checkbox"
              checked={value.includes(minutes)}
              aria-invalid={error ? true : undefined}
              onChange={(e) =>
                onChange(e.target.checked ? choices.filter((c) => c === minutes || value.includes(c)) : value.filter((c) => c !== minutes))
              }
            />
            <span>
              <ChoiceLabel minutes={minutes} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
