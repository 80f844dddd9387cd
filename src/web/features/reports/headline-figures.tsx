import { FormattedMessage, useIntl } from 'react-intl';
import type { Report } from '../../lib/contracts';
import { decimal, percent } from './report-format';

/** The five figures an admin looks at first. */
export function HeadlineFigures({ report }: { report: Report }) {
  const intl = useIntl();
  const figures = [
    { id: 'pairs', value: intl.formatNumber(report.partnerships.total) },
    { id: 'atDistance', value: percent(intl, report.partnerships.shareAtDistance) },
    { id: 'medianDays', value: decimal(intl, report.matching.medianDaysToMatch) },
    { id: 'matchedSoon', value: percent(intl, report.matching.matchedWithin14Days) },
    { id: 'openRequests', value: intl.formatNumber(report.requests.open) },
    { id: 'responseRate', value: percent(intl, report.surveys.responseRate) },
  ];
  return (
    <section className="section" aria-labelledby="report-headline-title">
      <h2 id="report-headline-title">
        <FormattedMessage id="report.headlineTitle" />
      </h2>
      <dl className="stats report-figures">
        {figures.map((f) => (
          <div key={f.id} className="stat">
            <dt>
              <FormattedMessage id={`report.figure.${f.id}`} />
            </dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
