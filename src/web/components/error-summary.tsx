import type { MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';

export interface SummaryItem {
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  general: string | null;
}

/** The list of problems shown above a form after a failed submit; each links to its field. */
export function ErrorSummary({ items, general }: ErrorSummaryProps) {
  const hasErrors = items.length > 0 || general !== null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }

  return (
    <div role="alert" className={hasErrors ? 'error-summary' : undefined}>
      {hasErrors ? (
        <>
          <h2 className="error-summary__title">
            <FormattedMessage id="form.summaryTitle" />
          </h2>
          {general ? <p className="error-summary__general">{general}</p> : null}
          {items.length > 0 ? (
            <ul className="error-summary__list">
              {items.map((item) => (
                <li key={item.fieldId}>
                  <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId)}>
                    {item.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
