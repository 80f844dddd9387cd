import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { GuestOnly } from '../../app/require-auth';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { StatusMessage } from '../../components/status';
import { useFormErrors } from '../../components/use-form-errors';
import { safeNextPath, withNext } from '../../lib/next-path';
import { EmailField, PasswordField } from './account-fields';
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
          <EmailField form={form} value={email} onChange={setEmail} />
          <PasswordField form={form} label="field.password" purpose="current" value={password} onChange={setPassword} />
          <FormActions submitLabel={signIn.isPending ? 'signin.submitting' : 'signin.submit'} pending={signIn.isPending} />
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
