import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { GuestOnly } from '../../app/require-auth';
import { Page } from '../../components/page';
import { StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { safeNextPath, withNext } from '../../lib/next-path';
import { useSignIn } from './accounts-api';
import { emailProblem, requiredProblem } from './validation';

const fields = ['email', 'password'] as const;

export function SignInPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const form = useFormErrors('signin', fields);
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const ok = form.check({
      email: emailProblem(intl, email),
      password: requiredProblem(intl, password, 'validation.passwordRequired'),
    });
    if (!ok) return;
    // On success the session query fills in and GuestOnly moves on to `next`.
    signIn.mutate({ email: email.trim(), password }, { onError: (error) => form.fromApi(error) });
  }

  return (
    <GuestOnly next={next}>
      <Page title={intl.formatMessage({ id: 'signin.title' })} width="narrow">
        <StatusMessage>
          {params.get('reset') === 'done' ? <FormattedMessage id="signin.passwordChanged" /> : null}
        </StatusMessage>
        {form.summary}
        <form onSubmit={submit} noValidate className="form">
          <TextField
            id={form.fieldId('email')}
            label={<FormattedMessage id="field.email" />}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.error('email')}
          />
          <TextField
            id={form.fieldId('password')}
            label={<FormattedMessage id="field.password" />}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={form.error('password')}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={signIn.isPending}>
              <FormattedMessage id={signIn.isPending ? 'signin.submitting' : 'signin.submit'} />
            </button>
          </div>
        </form>
        <ul className="link-list">
          <li>
            <Link to="/reset-password">
              <FormattedMessage id="signin.forgot" />
            </Link>
          </li>
          <li>
            <Link to={withNext('/signup', next)}>
              <FormattedMessage id="signin.noAccount" />
            </Link>
          </li>
        </ul>
      </Page>
    </GuestOnly>
  );
}
