import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { GuestOnly } from '../../app/require-auth';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { useFormErrors } from '../../components/use-form-errors';
import { safeNextPath, withNext } from '../../lib/next-path';
import { browserTimeZone } from '../../lib/time';
import { EmailField, PasswordField } from './account-fields';
import { useRegister } from './accounts-api';
import { emailProblem, newPasswordProblem, requiredProblem } from './validation';

const fields = ['name', 'email', 'password', 'timeZone'] as const;

export function SignUpPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const form = useFormErrors('signup', fields);
  const register = useRegister();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);

  function submit(event: FormEvent) {
    event.preventDefault();
    const ok = form.check({
      name: requiredProblem(intl, name, 'validation.nameRequired'),
      email: emailProblem(intl, email),
      password: newPasswordProblem(intl, password),
    });
    if (!ok) return;
    register.mutate(
      { name: name.trim(), email: email.trim(), password, timeZone, locale: intl.locale },
      { onError: (error) => form.fromApi(error, { email_taken: 'email' }) },
    );
  }

  return (
    <GuestOnly next={next}>
      <Page
        title={intl.formatMessage({ id: 'signup.title' })}
        lede={<FormattedMessage id="signup.lede" />}
        width="narrow"
      >
        {form.summary}
        <form onSubmit={submit} noValidate className="form">
          <TextField
            id={form.fieldId('name')}
            label={<FormattedMessage id="field.name" />}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.error('name')}
          />
          <EmailField form={form} value={email} onChange={setEmail} />
          <PasswordField form={form} purpose="new" label="field.password" value={password} onChange={setPassword} />
          <TimeZoneSelect
            id={form.fieldId('timeZone')}
            label={<FormattedMessage id="field.timeZone" />}
            description={<FormattedMessage id="field.timeZoneHint" />}
            value={timeZone}
            onChange={setTimeZone}
            error={form.error('timeZone')}
          />
          <FormActions submitLabel={register.isPending ? 'signup.submitting' : 'signup.submit'} pending={register.isPending} />
        </form>
        <p className="link-line">
          <Link to={withNext('/signin', next)}>
            <FormattedMessage id="signup.haveAccount" />
          </Link>
        </p>
      </Page>
    </GuestOnly>
  );
}
