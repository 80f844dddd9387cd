import { FormattedMessage, useIntl } from 'react-intl';
import type { Breakdown } from '../../lib/contracts';

const parts = ['topics', 'language', 'overlap', 'distance', 'capacity'] as const;

/** The parts of a match score (each 0–100 %), in a disclosure so cards stay short. */
export function ScoreBreakdown({ breakdown }: { breakdown: Breakdown }) {
  const intl = useIntl();
  return (
    <details className="breakdown">
      <summary>
        <FormattedMessage id="mentors.breakdown" />
      </summary>
      <p className="field__hint">
        <FormattedMessage id="mentors.breakdownHint" />
      </p>
      <dl className="breakdown__list">
        {parts.map((part) => (
          <div key={part} className="breakdown__item">
            <dt>
              <FormattedMessage id={`breakdown.${part}`} />
            </dt>
            <dd>
              <span className="breakdown__bar" aria-hidden="true">
                <span style={{ inlineSize: `${Math.round(breakdown[part] * 100)}%` }} />
              </span>
              {intl.formatNumber(breakdown[part], { style: 'percent', maximumFractionDigits: 0 })}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
