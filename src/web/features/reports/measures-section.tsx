import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { MeasureKey, Report, ReportMeasure } from '../../lib/contracts';
import { ReportChart, type ChartRow } from './report-chart';
import { distanceClasses } from './report-filters';
import { differenceSentence, measureValue, signedValue } from './report-format';
import { ReportTable } from './report-table';

/** Each measure's mean per distance class, as chart rows (classes without pairs left out). */
function rowsOf(intl: IntlShape, m: ReportMeasure): ChartRow[] {
  return m.byClass.flatMap((c) =>
    c.mean === null ? [] : [{ label: intl.formatMessage({ id: `distance.${c.distanceClass}` }), value: c.mean, text: measureValue(intl, m.key, c.mean) }],
  );
}

/** "Same-city pairs meet most (2.1 a month); far-zone pairs least (1.2)." */
function finding(intl: IntlShape, m: ReportMeasure, rows: ChartRow[]): string {
  const measure = intl.formatMessage({ id: `report.measure.${m.key}` });
  if (rows.length === 0) return intl.formatMessage({ id: 'report.finding.noMeasure' }, { measure });
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const high = sorted[0]!;
  const low = sorted[sorted.length - 1]!;
  if (high.value === low.value) return intl.formatMessage({ id: 'report.finding.even' }, { measure, value: high.text });
  return intl.formatMessage({ id: 'report.finding.range' }, { measure, high: high.label, highValue: high.text, low: low.label, lowValue: low.text });
}

const charts: { key: MeasureKey; kind: 'bar' | 'dot'; domain?: [number, number] }[] = [
  { key: 'minutesPerMonth', kind: 'bar' },
  { key: 'meetingsPerMonth', kind: 'bar' },
  { key: 'satisfaction', kind: 'dot', domain: [1, 5] },
];

/** Meetings, minutes, satisfaction, fit and recommendation per distance class, and how distance pairs compare with local ones. */
export function MeasuresSection({ report }: { report: Report }) {
  const intl = useIntl();
  const byKey = new Map(report.measures.map((m) => [m.key, m]));

  return (
    <section className="section" aria-labelledby="report-measures-title">
      <h2 id="report-measures-title">
        <FormattedMessage id="report.measuresTitle" />
      </h2>
      <ul className="report-sentences">
        {report.measures.map((m) => (
          <li key={m.key}>{differenceSentence(intl, m)}</li>
        ))}
      </ul>
      <div className="report-charts">
        {charts.map(({ key, kind, domain }) => {
          const m = byKey.get(key);
          if (!m) return null;
          const rows = rowsOf(intl, m);
          return (
            <ReportChart
              key={key}
              id={`chart-${key}`}
              kind={kind}
              rows={rows}
              domain={domain}
              axisLabel={intl.formatMessage({ id: `report.measure.${key}` })}
              label={intl.formatMessage({ id: 'report.chart.measure' }, { measure: intl.formatMessage({ id: `report.measure.${key}` }) })}
              finding={finding(intl, m, rows)}
            />
          );
        })}
      </div>
      <ReportTable
        id="report-measures"
        table="measures"
        caption={intl.formatMessage({ id: 'report.measuresCaption' })}
        columns={['report.col.measure', 'report.col.all', ...distanceClasses.map((c) => `distance.${c}`), 'report.col.difference']}
      >
        {report.measures.map((m) => (
          <tr key={m.key}>
            <th scope="row">{intl.formatMessage({ id: `report.measure.${m.key}` })}</th>
            <td>
              <FormattedMessage id="report.meanOfPairs" values={{ mean: measureValue(intl, m.key, m.overall.mean), pairs: m.overall.pairs }} />
            </td>
            {distanceClasses.map((c) => {
              const stat = m.byClass.find((s) => s.distanceClass === c);
              return (
                <td key={c}>
                  <FormattedMessage id="report.meanOfPairs" values={{ mean: measureValue(intl, m.key, stat?.mean ?? null), pairs: stat?.pairs ?? 0 }} />
                </td>
              );
            })}
            <td>
              {m.difference ? (
                <FormattedMessage
                  id="report.differenceCell"
                  values={{
                    estimate: signedValue(intl, m.key, m.difference.estimate),
                    low: signedValue(intl, m.key, m.difference.low),
                    high: signedValue(intl, m.key, m.difference.high),
                  }}
                />
              ) : (
                <FormattedMessage id="report.noValue" />
              )}
            </td>
          </tr>
        ))}
      </ReportTable>
      <MinutesByChannel report={report} />
    </section>
  );
}

function MinutesByChannel({ report }: { report: Report }) {
  const intl = useIntl();
  return (
    <>
      <h3 id="report-channels-title">
        <FormattedMessage id="report.channelsTitle" />
      </h3>
      <ReportTable
        id="report-channels"
        table="minutes-by-channel"
        caption={intl.formatMessage({ id: 'report.channelsCaption' })}
        columns={['report.col.channel', 'report.col.minutes', 'report.col.preparation', 'report.col.perPair', ...distanceClasses.map((c) => `distance.${c}`)]}
      >
        {report.minutesByChannel.map((row) => (
          <tr key={row.channel}>
            <th scope="row">{intl.formatMessage({ id: `report.channel.${row.channel}` })}</th>
            <td>{intl.formatNumber(row.minutes)}</td>
            <td>{intl.formatNumber(row.preparationMinutes)}</td>
            <td>{intl.formatNumber(row.perPair, { maximumFractionDigits: 0 })}</td>
            {distanceClasses.map((c) => (
              <td key={c}>{intl.formatNumber(row.byClass.find((s) => s.distanceClass === c)?.perPair ?? 0, { maximumFractionDigits: 0 })}</td>
            ))}
          </tr>
        ))}
      </ReportTable>
    </>
  );
}
