import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { describeError } from '../../lib/describe-error';
import type { Report } from '../../lib/contracts';
import { useReportContext } from './report-context';
import { useNudge } from './report-api';
import { ReportTable } from './report-table';

type Stalled = Report['stalled'][number];

/** Active pairs quiet for 30 days or more, with a nudge each (an email to both, at most once a week). */
export function StalledSection({ report }: { report: Report }) {
  const intl = useIntl();
  const { programId } = useReportContext();
  const nudge = useNudge(programId);
  const [nudged, setNudged] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function send(pair: Stalled) {
    if (nudged.has(pair.partnershipId) || nudge.isPending) return;
    setError(null);
    nudge.mutate(pair.partnershipId, {
      onSuccess: () => {
        setNudged((s) => new Set(s).add(pair.partnershipId));
        setMessage(intl.formatMessage({ id: 'report.nudged' }, { mentee: pair.menteeName, mentor: pair.mentorName }));
      },
      onError: (e) => setError(describeError(intl, e)),
    });
  }

  return (
    <section className="section" aria-labelledby="report-stalled-title">
      <h2 id="report-stalled-title">
        <FormattedMessage id="report.stalledTitle" />
      </h2>
      <StatusMessage>{message}</StatusMessage>
      <div role="alert">{error ? <p className="notice notice--error">{error}</p> : null}</div>
      {report.stalled.length > 0 ? (
        <ReportTable
          id="report-stalled"
          table="stalled"
          caption={intl.formatMessage({ id: 'report.stalledCaption' }, { count: report.stalled.length })}
          columns={['report.col.pair', 'report.col.distance', 'report.col.started', 'report.col.lastContact', 'report.col.daysQuiet', 'report.col.lastNudged', 'report.col.nudge']}
        >
          {report.stalled.map((pair) => {
            const done = nudged.has(pair.partnershipId);
            return (
              <tr key={pair.partnershipId}>
                <th scope="row">
                  <FormattedMessage id="surveyAnswers.pair" values={{ mentee: pair.menteeName, mentor: pair.mentorName }} />
                </th>
                <td>{intl.formatMessage({ id: `distance.${pair.distanceClass}` })}</td>
                <td className="cell--nowrap">
                  <FormattedDate value={pair.startedAt} dateStyle="medium" />
                </td>
                <td className="cell--nowrap">
                  {pair.lastContactAt ? <FormattedDate value={pair.lastContactAt} dateStyle="medium" /> : <FormattedMessage id="report.never" />}
                </td>
                <td>{intl.formatNumber(pair.daysQuiet)}</td>
                <td className="cell--nowrap">
                  {pair.lastNudgedAt ? <FormattedDate value={pair.lastNudgedAt} dateStyle="medium" /> : <FormattedMessage id="report.never" />}
                </td>
                <td>
                  {/* aria-disabled, not disabled: focus stays on the button once it has done its work. */}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={done || undefined}
                    onClick={() => send(pair)}
                  >
                    <FormattedMessage
                      id={done ? 'report.nudgeDone' : 'report.nudge'}
                      values={{ mentee: pair.menteeName, mentor: pair.mentorName, hidden: hiddenTag }}
                    />
                  </button>
                </td>
              </tr>
            );
          })}
        </ReportTable>
      ) : (
        <p className="muted">
          <FormattedMessage id="report.noStalled" />
        </p>
      )}
    </section>
  );
}
