import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { useRequestPasswordReset } from './accounts-api';
import { emailProblem } from './validation';

const fields = ['email'] as const;

export function ResetRequestPage() {
  const intl = useIntl();
  const form = useFormErrors('reset-request', fields);
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check({ email: emailProblem(intl, email) })) return;
    const address = email.trim();
    request.mutate(address, {
      onSuccess: () => setSentTo(address),
      onError: (error) => form.fromApi(error),
    });
  }

  return (
    <Page
      title={intl.formatMessage({ id: 'resetRequest.title' })}
      lede={<FormattedMessage id="resetRequest.lede" />}
      width="narrow"
    >
      <StatusMessage>
        {sentTo ? <FormattedMessage id="resetRequest.sent" values={{ email: sentTo }} /> : null}
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
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={request.isPending}>
            <FormattedMessage id="resetRequest.submit" />
          </button>
        </div>
      </form>
      <p className="link-line">
        <Link to="/signin">
          <FormattedMessage id="resetRequest.backToSignIn" />
        </Link>
      </p>
    </Page>
  );
}
