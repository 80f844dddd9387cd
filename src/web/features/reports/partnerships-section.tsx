import { FormattedMessage, useIntl } from 'react-intl';
import type { Report } from '../../lib/contracts';
import { ReportChart } from './report-chart';
import { percent } from './report-format';
import { ReportTable } from './report-table';

/** Partnerships by status and distance class, with a chart, and why the ended ones ended. */
export function PartnershipsSection({ report }: { report: Report }) {
  const intl = useIntl();
  const n = (value: number) => intl.formatNumber(value);
  const { partnerships } = report;
  const rows = partnerships.byClass.map((c) => ({ label: intl.formatMessage({ id: `distance.${c.distanceClass}` }), value: c.total, text: n(c.total) }));
  const top = [...rows].sort((a, b) => b.value - a.value)[0];
  const reason = (r: string) => (intl.messages[`ending.reason.${r}`] ? intl.formatMessage({ id: `ending.reason.${r}` }) : r);

  return (
    <section className="section" aria-labelledby="report-partnerships-title">
      <h2 id="report-partnerships-title">
        <FormattedMessage id="report.partnershipsTitle" />
      </h2>
      <p>
        <FormattedMessage
          id="report.partnershipsSummary"
          values={{ total: partnerships.total, active: partnerships.active, completed: partnerships.completed, ended: partnerships.endedEarly }}
        />
      </p>
      <>
        <ReportChart
          id="chart-partnerships"
          kind="bar"
          rows={rows}
          axisLabel={intl.formatMessage({ id: 'report.axis.pairs' })}
          label={intl.formatMessage({ id: 'report.chart.partnerships' })}
          finding={
            top && partnerships.total > 0
              ? intl.formatMessage({ id: 'report.finding.partnerships' }, { top: top.label, count: top.value, total: partnerships.total, share: percent(intl, partnerships.shareAtDistance) })
              : intl.formatMessage({ id: 'report.finding.noPairs' })
          }
        />
        <ReportTable
          id="report-partnerships"
          table="partnerships"
          caption={intl.formatMessage({ id: 'report.partnershipsCaption' })}
          columns={['report.col.distance', 'report.col.total', 'report.col.active', 'report.col.completed', 'report.col.endedEarly', 'report.col.share']}
        >
          {partnerships.byClass.map((c) => (
            <tr key={c.distanceClass}>
              <th scope="row">{intl.formatMessage({ id: `distance.${c.distanceClass}` })}</th>
              <td>{n(c.total)}</td>
              <td>{n(c.active)}</td>
              <td>{n(c.completed)}</td>
              <td>{n(c.endedEarly)}</td>
              <td>{percent(intl, c.share)}</td>
            </tr>
          ))}
        </ReportTable>
      </>
      <h3 id="report-end-reasons-title">
        <FormattedMessage id="report.endReasonsTitle" />
      </h3>
      {partnerships.endReasons.length > 0 ? (
        <ReportTable
          id="report-end-reasons"
          table="end-reasons"
          caption={intl.formatMessage({ id: 'report.endReasonsCaption' })}
          columns={['report.col.reason', 'report.col.count', 'report.col.atDistance']}
        >
          {partnerships.endReasons.map((r) => (
            <tr key={r.reason}>
              <th scope="row">{reason(r.reason)}</th>
              <td>{n(r.count)}</td>
              <td>{n(r.atDistance)}</td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p className="muted">
          <FormattedMessage id="report.noEndReasons" />
        </p>
      )}
    </section>
  );
}
