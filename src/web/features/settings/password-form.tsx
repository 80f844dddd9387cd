import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { minPasswordLength, newPasswordProblem, requiredProblem } from '../accounts/validation';
import { useChangePassword } from './settings-api';

const fields = ['currentPassword', 'newPassword'] as const;

export function PasswordForm() {
  const intl = useIntl();
  const form = useFormErrors('password', fields);
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    change.reset();
    const ok = form.check({
      currentPassword: requiredProblem(intl, currentPassword, 'validation.passwordRequired'),
      newPassword: newPasswordProblem(intl, newPassword),
    });
    if (!ok) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
        },
        onError: (error) => form.fromApi(error, { invalid_credentials: 'currentPassword' }),
      },
    );
  }

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">
        <FormattedMessage id="settings.password" />
      </h2>
      {form.summary}
      <StatusMessage>{change.isSuccess ? <FormattedMessage id="settings.passwordChanged" /> : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id={form.fieldId('currentPassword')}
          label={<FormattedMessage id="field.currentPassword" />}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.error('currentPassword')}
        />
        <TextField
          id={form.fieldId('newPassword')}
          label={<FormattedMessage id="field.newPassword" />}
          description={<FormattedMessage id="field.passwordHint" values={{ min: minPasswordLength }} />}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={form.error('newPassword')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            <FormattedMessage id="settings.changePassword" />
          </button>
        </div>
      </form>
    </section>
  );
}
