import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { CopyButton } from '../../components/copy-button';
import { LoadError, StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { useFormErrors } from '../../components/use-form-errors';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { requiredProblem } from '../accounts/validation';
import { useCreateToken, useRevokeToken, useTokens } from './settings-api';

const fields = ['name'] as const;

/** Personal API tokens: the secret is shown once, right after creation. */
export function TokensSection() {
  const intl = useIntl();
  const form = useFormErrors('token', fields);
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check({ name: requiredProblem(intl, name, 'validation.tokenNameRequired') })) return;
    create.mutate(name.trim(), {
      onSuccess: (result) => {
        setSecret({ name: result.token.name, value: result.secret });
        setName('');
      },
      onError: (error) => form.fromApi(error),
    });
  }

  return (
    <section className="section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">
        <FormattedMessage id="settings.tokens" />
      </h2>
      <p className="muted">
        <FormattedMessage id="settings.tokensHint" />
      </p>
      {form.summary}
      <form onSubmit={submit} noValidate className="form form--inline">
        <TextField
          id={form.fieldId('name')}
          label={<FormattedMessage id="settings.tokenName" />}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            <FormattedMessage id="settings.tokenCreate" />
          </button>
        </div>
      </form>
      {secret ? (
        <div className="link-box" role="status">
          <label className="field__label" htmlFor="token-secret">
            <FormattedMessage id="settings.tokenSecret" values={{ name: secret.name }} />
          </label>
          <p className="field__hint">
            <FormattedMessage id="settings.tokenSecretHint" />
          </p>
          <div className="link-box__row">
            <input id="token-secret" className="field__control link-box__input" readOnly value={secret.value} />
            <CopyButton sourceId="token-secret" text={secret.value} />
          </div>
        </div>
      ) : null}
      <StatusMessage>{message}</StatusMessage>
      {tokens.isError ? <LoadError error={tokens.error} /> : null}
      {tokens.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="settings.tokensNone" />
        </p>
      ) : null}
      {tokens.data && tokens.data.length > 0 ? (
        <ul className="token-list">
          {tokens.data.map((token) => (
            <li key={token.id} className="token">
              <div>
                <p className="token__name">{token.name}</p>
                <p className="token__meta">
                  <FormattedMessage
                    id="settings.tokenMeta"
                    values={{
                      created: <FormattedDate value={token.createdAt} dateStyle="medium" />,
                      used: token.lastUsedAt ? (
                        <FormattedDate value={token.lastUsedAt} dateStyle="medium" timeStyle="short" />
                      ) : (
                        intl.formatMessage({ id: 'settings.tokenNeverUsed' })
                      ),
                    }}
                  />
                </p>
              </div>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                disabled={revoke.isPending}
                onClick={() =>
                  revoke.mutate(token.id, {
                    onSuccess: () => {
                      if (secret?.name === token.name) setSecret(null);
                      focusAfterRender(form.fieldId('name'));
                      setMessage(intl.formatMessage({ id: 'settings.tokenRevoked' }, { name: token.name }));
                    },
                    onError: (error) => setMessage(describeError(intl, error)),
                  })
                }
              >
                <FormattedMessage id="settings.tokenRevoke" values={{ name: token.name, hidden: hiddenTag }} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
