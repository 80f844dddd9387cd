import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../components/data-table';
import { hiddenTag } from '../../components/visually-hidden';
import type { Run } from '../../lib/contracts';

interface RunsListProps {
  runs: readonly Run[];
  currentId: string | null;
  onView: (run: Run) => void;
}

/** Earlier runs, newest first; any of them can be opened below. */
export function RunsList({ runs, currentId, onView }: RunsListProps) {
  const intl = useIntl();
  return (
    <section className="section" aria-labelledby="runs-title">
      <h2 id="runs-title">
        <FormattedMessage id="runs.title" />
      </h2>
      {runs.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="runs.none" />
        </p>
      ) : (
        <DataTable
          labelledBy="runs-caption"
          caption={<FormattedMessage id="runs.caption" values={{ count: runs.length }} />}
          columns={['runs.started', 'runs.mode', 'runs.status', 'runs.matched', 'runs.total', 'runs.actions']}
        >
          {runs.map((run) => {
            const started = intl.formatDate(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
            return (
              <tr key={run.id} aria-current={run.id === currentId ? 'true' : undefined}>
                <th scope="row" className="cell--nowrap">
                  <FormattedDate value={run.createdAt} dateStyle="medium" timeStyle="short" />
                </th>
                <td><FormattedMessage id={`run.mode.${run.mode}`} /></td>
                <td><FormattedMessage id={`run.status.${run.status}`} /></td>
                <td>{run.matched === null ? <FormattedMessage id="runs.notYet" /> : intl.formatNumber(run.matched)}</td>
                <td>{run.totalScore === null ? <FormattedMessage id="runs.notYet" /> : intl.formatNumber(run.totalScore, { maximumFractionDigits: 0 })}</td>
                <td className="cell--actions">
                  {run.id === currentId ? (
                    <span className="muted"><FormattedMessage id="runs.shown" /></span>
                  ) : (
                    <button type="button" className="button button--small button--secondary" onClick={() => onView(run)}>
                      <span>
                        <FormattedMessage id="runs.view" values={{ started, hidden: hiddenTag }} />
                      </span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
