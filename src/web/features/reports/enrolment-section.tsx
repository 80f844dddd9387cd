import { FormattedMessage, useIntl } from 'react-intl';
import type { Report } from '../../lib/contracts';
import { decimal, percent } from './report-format';
import { ReportTable } from './report-table';

/** Who is enrolled, by role; then how quickly mentees are matched, and the requests still open (also by the class their pair would have). */
export function EnrolmentSection({ report }: { report: Report }) {
  const intl = useIntl();
  const n = (value: number) => intl.formatNumber(value);
  const { matching, requests } = report;
  return (
    <section className="section" aria-labelledby="report-enrolment-title">
      <h2 id="report-enrolment-title">
        <FormattedMessage id="report.enrolmentTitle" />
      </h2>
      <ReportTable
        id="report-enrolment"
        table="enrolment"
        caption={intl.formatMessage({ id: 'report.enrolmentCaption' })}
        columns={['report.col.role', 'report.col.active', 'report.col.paused', 'report.col.removed', 'report.col.joinedInRange', 'report.col.inPartnership']}
      >
        {report.enrolment.map((row) => (
          <tr key={row.role}>
            <th scope="row">{intl.formatMessage({ id: `role.${row.role}` })}</th>
            <td>{n(row.active)}</td>
            <td>{n(row.paused)}</td>
            <td>{n(row.removed)}</td>
            <td>{n(row.joinedInRange)}</td>
            <td>{n(row.inPartnership)}</td>
          </tr>
        ))}
      </ReportTable>
      <h2 id="report-matching-title">
        <FormattedMessage id="report.matchingTitle" />
      </h2>
      <p>
        <FormattedMessage
          id="report.matchingSummary"
          values={{ mentees: matching.mentees, matched: matching.matched, days: decimal(intl, matching.medianDaysToMatch), within: percent(intl, matching.matchedWithin14Days) }}
        />
      </p>
      <ReportTable
        id="report-matching"
        table="matching"
        caption={intl.formatMessage({ id: 'report.matchingCaption' })}
        columns={['report.col.distance', 'report.col.matched', 'report.col.medianDays']}
      >
        {matching.byClass.map((row) => (
          <tr key={row.distanceClass}>
            <th scope="row">{intl.formatMessage({ id: `distance.${row.distanceClass}` })}</th>
            <td>{n(row.matched)}</td>
            <td>{decimal(intl, row.medianDaysToMatch)}</td>
          </tr>
        ))}
      </ReportTable>
      <ReportTable
        id="report-requests"
        table="requests"
        caption={intl.formatMessage({ id: 'report.requestsCaption' })}
        columns={['report.col.open', 'report.col.medianAge', 'report.col.olderThanWeek', 'report.col.oldest']}
      >
        <tr>
          <td>{n(requests.open)}</td>
          <td>{decimal(intl, requests.medianAgeDays)}</td>
          <td>{n(requests.olderThan7Days)}</td>
          <td>{decimal(intl, requests.oldestDays, 0)}</td>
        </tr>
      </ReportTable>
      <ReportTable
        id="report-requests-by-class"
        table="requests"
        caption={intl.formatMessage({ id: 'report.requestsByClassCaption' })}
        columns={['report.col.distance', 'report.col.open', 'report.col.medianAge']}
      >
        {requests.byClass.map((row) => (
          <tr key={row.distanceClass}>
            <th scope="row">{intl.formatMessage({ id: `distance.${row.distanceClass}` })}</th>
            <td>{n(row.open)}</td>
            <td>{decimal(intl, row.medianAgeDays)}</td>
          </tr>
        ))}
      </ReportTable>
    </section>
  );
}
