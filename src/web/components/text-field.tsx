import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { FormattedMessage } from 'react-intl';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  description?: ReactNode;
  optional?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A field's or group's error, read with an "Error:" prefix; nothing when there is none. */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">
        <FormattedMessage id="form.errorPrefix" />{' '}
      </span>
      {error}
    </p>
  );
}

/** Label, hint and error for one control, tied together with aria-describedby. */
export function FieldShell({ id, label, error, description, optional, children }: FieldShellProps) {
  const hintId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label id={`${id}-label`} className="field__label" htmlFor={id}>
        {label}
        {optional ? (
          <span className="field__optional">
            {' '}
            <FormattedMessage id="form.optional" />
          </span>
        ) : null}
      </label>
      {description ? (
        <p className="field__hint" id={hintId}>
          {description}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      {children(describedBy)}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  description?: ReactNode;
  optional?: boolean;
};

export function TextField({ id, label, error, description, optional, className, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} description={description} optional={optional}>
      {(describedBy) => (
        <input
          {...input}
          id={id}
          className={`field__control ${className ?? ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  description?: ReactNode;
  optional?: boolean;
};

export function TextAreaField({ id, label, error, description, optional, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} description={description} optional={optional}>
      {(describedBy) => (
        <textarea
          rows={5}
          {...textarea}
          id={id}
          className="field__control"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
