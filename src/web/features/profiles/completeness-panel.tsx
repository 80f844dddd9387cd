import type { MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CompletenessItem } from '../../lib/contracts';

interface CompletenessPanelProps {
  percent: number;
  missing: readonly CompletenessItem[];
  /** Where each missing item is filled in (the id of its first control). */
  fieldFor: (item: CompletenessItem) => string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/** How complete the profile is (a progress bar with its number in words) and links to what is missing. */
export function CompletenessPanel({ percent, missing, fieldFor }: CompletenessPanelProps) {
  return (
    <section className="panel completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="completeness__title">
        <FormattedMessage id="profile.completeness" values={{ percent: percent / 100 }} />
      </h2>
      <progress className="completeness__bar" max={100} value={percent} aria-labelledby="completeness-title" />
      {missing.length ? (
        <>
          <p className="completeness__lead">
            <FormattedMessage id="profile.missingLead" />
          </p>
          <ul className="completeness__list">
            {missing.map((item) => (
              <li key={item}>
                <a href={`#${fieldFor(item)}`} onClick={(event) => focusField(event, fieldFor(item))}>
                  <FormattedMessage id={`profile.missing.${item}`} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <FormattedMessage id="profile.completeAll" />
        </p>
      )}
    </section>
  );
}
