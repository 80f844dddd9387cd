import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isApiError } from '../../lib/api';
import type { SharedFile } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import { useUploadFile } from './files-api';

const inputId = 'file-upload';

/** Choosing one file and uploading it for the pair. */
export function UploadForm({ partnershipId, onUploaded }: { partnershipId: string; onUploaded: (file: SharedFile) => void }) {
  const intl = useIntl();
  const upload = useUploadFile(partnershipId);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldError = problem ?? (isApiError(upload.error) ? (upload.error.fields.find((f) => f.path === 'file')?.message ?? null) : null);
  const describedBy = [fieldError ? `${inputId}-error` : '', `${inputId}-hint`].filter(Boolean).join(' ');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (upload.isPending) return;
    const file = input.current?.files?.[0];
    if (!file) {
      setProblem(intl.formatMessage({ id: 'files.chooseFirst' }));
      focusAfterRender(inputId);
      return;
    }
    setProblem(null);
    settle(upload.mutateAsync(file), (stored) => {
      if (input.current) input.current.value = '';
      onUploaded(stored);
    });
  }

  return (
    <form className="form upload-form" onSubmit={submit} noValidate aria-labelledby="upload-title">
      <h3 id="upload-title">
        <FormattedMessage id="files.uploadTitle" />
      </h3>
      <div className={`field${fieldError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={inputId}>
          <FormattedMessage id="files.fileLabel" />
        </label>
        <p className="field__hint" id={`${inputId}-hint`}>
          <FormattedMessage id="files.fileHint" />
        </p>
        {fieldError ? (
          <p className="field__error" id={`${inputId}-error`}>
            <span className="visually-hidden">
              <FormattedMessage id="form.errorPrefix" />{' '}
            </span>
            {fieldError}
          </p>
        ) : null}
        <input
          ref={input}
          id={inputId}
          type="file"
          className="field__file"
          aria-describedby={describedBy}
          aria-invalid={fieldError ? true : undefined}
          onChange={() => setProblem(null)}
        />
      </div>
      <div role="alert">{upload.isError && !fieldError ? <p className="notice notice--error">{describeError(intl, upload.error)}</p> : null}</div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={upload.isPending}>
          <FormattedMessage id={upload.isPending ? 'files.uploading' : 'files.upload'} />
        </button>
      </div>
    </form>
  );
}
