import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextAreaField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import { isSendKey } from './message-item';
import { useSendMessage } from './messages-api';

export const composerId = 'message-compose';
const filesId = 'message-files';

/** Writing to the partner: Enter is a new line; Ctrl+Enter (⌘+Enter) or the button sends. Files may go along. */
export function Composer({ partnershipId, partner }: { partnershipId: string; partner: string }) {
  const intl = useIntl();
  const send = useSendMessage(partnershipId);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const apiFields = isApiError(send.error) ? send.error.fields : [];
  const bodyError = problem ?? apiFields.find((f) => f.path === 'body')?.message;
  const filesError = apiFields.find((f) => f.path === 'file' || f.path.startsWith('attachments'))?.message;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (send.isPending) return;
    if (!text.trim()) {
      setProblem(intl.formatMessage({ id: 'messages.empty' }));
      focusAfterRender(composerId);
      return;
    }
    setProblem(undefined);
    setSent(null);
    settle(send.mutateAsync({ text, files }), () => {
      setText('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setSent(intl.formatMessage({ id: 'messages.sent' }, { files: files.length }));
    });
  }

  return (
    <form className="form composer" onSubmit={submit} noValidate aria-labelledby="composer-title">
      <h3 id="composer-title" className="visually-hidden">
        <FormattedMessage id="messages.composerTitle" values={{ name: partner }} />
      </h3>
      <TextAreaField
        id={composerId}
        label={<FormattedMessage id="messages.composeLabel" values={{ name: partner }} />}
        description={<FormattedMessage id="messages.composeHint" />}
        rows={4}
        maxLength={10_000}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSent(null);
        }}
        onKeyDown={(event) => {
          if (!isSendKey(event)) return;
          event.preventDefault();
          submit();
        }}
        error={bodyError}
      />
      <div className={`field${filesError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={filesId}>
          <FormattedMessage id="messages.attachLabel" />{' '}
          <span className="field__optional">
            <FormattedMessage id="form.optional" />
          </span>
        </label>
        <p className="field__hint" id={`${filesId}-hint`}>
          <FormattedMessage id="messages.attachHint" />
        </p>
        {filesError ? (
          <p className="field__error" id={`${filesId}-error`}>
            {filesError}
          </p>
        ) : null}
        <input
          ref={fileInput}
          id={filesId}
          type="file"
          multiple
          className="field__file"
          aria-describedby={[filesError ? `${filesId}-error` : '', `${filesId}-hint`].filter(Boolean).join(' ')}
          aria-invalid={filesError ? true : undefined}
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </div>
      <div role="alert">
        {send.isError && !bodyError && !filesError ? <p className="notice notice--error">{describeError(intl, send.error)}</p> : null}
      </div>
      <StatusMessage>{sent}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          <FormattedMessage id={send.isPending ? 'messages.sending' : 'messages.send'} />
        </button>
      </div>
    </form>
  );
}
