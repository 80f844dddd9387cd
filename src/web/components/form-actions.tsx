import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface FormActionsProps {
  /** Message id of the submit button's text. */
  submitLabel: string;
  /** True while the form's request is in flight: the submit button is disabled. */
  pending: boolean;
  /** Further actions after the submit button (a cancel link, say). */
  children?: ReactNode;
}

/** The button row at the foot of a form: its primary submit button, then any other actions. */
export function FormActions({ submitLabel, pending, children }: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={pending}>
        <FormattedMessage id={submitLabel} />
      </button>
      {children}
    </div>
  );
}
