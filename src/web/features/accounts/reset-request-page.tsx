import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { StatusMessage } from '../../components/status';
import { useFormErrors } from '../../components/use-form-errors';
import { EmailField } from './account-fields';
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
        <EmailField form={form} value={email} onChange={setEmail} />
        <FormActions submitLabel="resetRequest.submit" pending={request.isPending} />
      </form>
      <p className="link-line">
        <Link to="/signin">
          <FormattedMessage id="resetRequest.backToSignIn" />
        </Link>
      </p>
    </Page>
  );
}
