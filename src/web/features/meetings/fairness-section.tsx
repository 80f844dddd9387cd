import { FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../components/data-table';
import type { Fairness, MeetingSide } from '../../lib/contracts';
import type { Pair } from './pair';

const kinds = ['early', 'late', 'weekend', 'night', 'total'] as const;
const sides: readonly MeetingSide[] = ['mentee', 'mentor'];

/**
 * Who met outside their usual hours, and whose turn it is next: one person should not
 * always be the one up at dawn. The counts are a table, so they read the same to everyone.
 */
export function FairnessSection({ fairness, pair }: { fairness: Fairness | undefined; pair: Pair }) {
  const intl = useIntl();
  return (
    <section className="section" aria-labelledby="fairness-title">
      <h2 id="fairness-title">
        <FormattedMessage id="fairness.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="fairness.lede" />
      </p>
      {fairness ? (
        <>
          <p className="fairness__summary">
            {fairness.summary ?? <FormattedMessage id="fairness.noneYet" />}
          </p>
          {fairness.nextBearer ? (
            <p>
              <FormattedMessage
                id="fairness.next"
                values={{ who: fairness.nextBearer === pair.side ? 'you' : 'other', name: pair.names[fairness.nextBearer] }}
              />
            </p>
          ) : null}
          <DataTable
            labelledBy="fairness-caption"
            caption={<FormattedMessage id="fairness.caption" />}
            columns={['fairness.person', ...kinds.map((k) => `fairness.column.${k}`)]}
            className="fairness-table"
          >
            {sides.map((side) => (
              <tr key={side}>
                <th scope="row">
                  {side === pair.side
                    ? intl.formatMessage({ id: 'fairness.you' }, { name: pair.names[side] })
                    : pair.names[side]}
                </th>
                {kinds.map((kind) => (
                  <td key={kind}>{intl.formatNumber(fairness[side][kind])}</td>
                ))}
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}
