import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { useFormErrors } from '../../components/use-form-errors';
import { isApiError } from '../../lib/api';
import { PasswordField } from './account-fields';
import { useConfirmPasswordReset } from './accounts-api';
import { newPasswordProblem } from './validation';

const fields = ['password'] as const;

export function ResetConfirmPage() {
  const intl = useIntl();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const form = useFormErrors('reset-confirm', fields);
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const tokenRejected = isApiError(confirm.error, 'invalid_token');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check({ password: newPasswordProblem(intl, password) })) return;
    confirm.mutate(
      { token, password },
      {
        onSuccess: () => void navigate('/signin?reset=done', { replace: true }),
        onError: (error) => form.fromApi(error),
      },
    );
  }

  return (
    <Page title={intl.formatMessage({ id: 'resetConfirm.title' })} width="narrow">
      {form.summary}
      {tokenRejected ? (
        <p className="link-line">
          <Link to="/reset-password">
            <FormattedMessage id="resetConfirm.requestAgain" />
          </Link>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <PasswordField form={form} purpose="new" label="field.newPassword" value={password} onChange={setPassword} />
        <FormActions submitLabel="resetConfirm.submit" pending={confirm.isPending} />
      </form>
    </Page>
  );
}
