import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { describeError } from '../../lib/describe-error';
import type { Report } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { useReportContext } from './report-context';
import { useRematch } from './report-api';
import { percent } from './report-format';
import { ReportTable } from './report-table';

type Alert = Report['fitChecks']['alerts'][number];

/** Fit checks: how many said "good fit", each "not a good fit" with the offer of a new match, and how many answer surveys. */
export function FitChecksSection({ report }: { report: Report }) {
  const intl = useIntl();
  const { programId } = useReportContext();
  const rematch = useRematch(programId);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { fitChecks, surveys } = report;

  function offer(alert: Alert) {
    setError(null);
    rematch.mutate(alert.responseId, {
      onSuccess: () => {
        setMessage(intl.formatMessage({ id: 'report.rematchDone' }, { mentee: alert.menteeName }));
        focusAfterRender(`offered-${alert.responseId}`);
      },
      onError: (e) => setError(describeError(intl, e)),
    });
  }

  return (
    <section className="section" aria-labelledby="report-fit-title">
      <h2 id="report-fit-title">
        <FormattedMessage id="report.fitTitle" />
      </h2>
      <p>
        <FormattedMessage id="report.fitSummary" values={{ answered: fitChecks.answered, good: fitChecks.goodFit, notAFit: fitChecks.notAFit }} />{' '}
        <FormattedMessage id="report.surveyRate" values={{ sent: surveys.sent, answered: surveys.answered, rate: percent(intl, surveys.responseRate) }} />
      </p>
      <StatusMessage>{message}</StatusMessage>
      <div role="alert">{error ? <p className="notice notice--error">{error}</p> : null}</div>
      {fitChecks.alerts.length > 0 ? (
        <ReportTable
          id="report-fit-alerts"
          table="fit-checks"
          caption={intl.formatMessage({ id: 'report.alertsCaption' }, { count: fitChecks.alerts.length })}
          columns={['report.col.pair', 'report.col.saidBy', 'report.col.submitted', 'report.col.status', 'report.col.newMatch']}
        >
          {fitChecks.alerts.map((alert) => (
            <tr key={alert.responseId}>
              <th scope="row">
                <FormattedMessage id="surveyAnswers.pair" values={{ mentee: alert.menteeName, mentor: alert.mentorName }} />
              </th>
              <td>{intl.formatMessage({ id: `role.${alert.side}` })}</td>
              <td className="cell--nowrap">
                <time dateTime={alert.submittedAt}>
                  <FormattedDate value={alert.submittedAt} dateStyle="medium" timeStyle="short" />
                </time>
              </td>
              <td>{intl.formatMessage({ id: `partnership.status.${alert.partnershipStatus}` })}</td>
              <td>
                {alert.rematchOfferedAt ? (
                  <span id={`offered-${alert.responseId}`} tabIndex={-1}>
                    <FormattedMessage id="report.rematchOffered" values={{ date: <FormattedDate value={alert.rematchOfferedAt} dateStyle="medium" /> }} />
                  </span>
                ) : alert.partnershipStatus === 'active' ? (
                  <button
                    type="button"
                    id={`rematch-${alert.responseId}`}
                    className="button button--secondary button--small"
                    disabled={rematch.isPending} onClick={() => offer(alert)}>
                    <FormattedMessage id="report.offerRematch" values={{ mentee: alert.menteeName, hidden: hiddenTag }} />
                  </button>
                ) : (
                  <FormattedMessage id="report.noValue" />
                )}
              </td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p className="muted">
          <FormattedMessage id="report.noAlerts" />
        </p>
      )}
    </section>
  );
}
