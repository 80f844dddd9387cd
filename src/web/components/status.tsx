import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError } from '../lib/describe-error';

/** A polite live region that is always in the DOM, so changes to it are announced. */
export function StatusMessage({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div role="status" className={children ? `notice notice--${tone}` : 'notice--empty'}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: ReactNode }) {
  return (
    <p className="loading" role="status">
      {label ?? <FormattedMessage id="app.loading" />}
    </p>
  );
}

/** What went wrong while loading a page's data, as an alert. */
export function LoadError({ error }: { error: unknown }) {
  const intl = useIntl();
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeError(intl, error)}</p>
    </div>
  );
}
