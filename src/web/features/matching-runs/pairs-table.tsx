import { Fragment, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../components/data-table';
import { PersonTime } from '../../components/person-time';
import { hiddenTag } from '../../components/visually-hidden';
import type { Constraint, RunPair } from '../../lib/contracts';
import { roundedHours } from '../../lib/format';
import type { PairIds } from './matching-api';

interface PairsTableProps {
  pairs: readonly RunPair[];
  constraints: readonly Constraint[];
  now: Date;
  busy: boolean;
  /** False once the run is published: its pairs are history, not proposals. */
  editable: boolean;
  onConstrain: (pair: RunPair, kind: Constraint['kind']) => void;
  onClear: (ids: PairIds, names: { mentee: string; mentor: string }) => void;
}

export const pairKey = (pair: RunPair) => `${pair.mentee.membershipId}-${pair.mentor.membershipId}`;
export const pinButtonId = (pair: RunPair) => `pair-${pairKey(pair)}-pin`;

/**
 * The proposed pairs, one row each, with each pair's reasons in a row that opens below it.
 * Pin and forbid act on the next runs; the constraints list says what is set.
 */
export function PairsTable({ pairs, constraints, now, busy, editable, onConstrain, onClear }: PairsTableProps) {
  const intl = useIntl();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const constraintOf = (pair: RunPair) =>
    constraints.find((c) => c.mentee.membershipId === pair.mentee.membershipId && c.mentor.membershipId === pair.mentor.membershipId);

  function toggle(key: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  return (
    <DataTable
      labelledBy="pairs-caption"
      className="pairs-table"
      caption={<FormattedMessage id="pairs.caption" values={{ count: pairs.length }} />}
      columns={['pairs.mentee', 'pairs.mentor', 'pairs.score', 'pairs.distance', 'pairs.shared', 'pairs.actions']}
    >
      {pairs.map((pair) => {
        const key = pairKey(pair);
        const constraint = constraintOf(pair);
        const names = { mentee: pair.mentee.name, mentor: pair.mentor.name, hidden: hiddenTag };
        const ids = { menteeId: pair.mentee.membershipId, mentorId: pair.mentor.membershipId };
        const reasonsId = `pair-${key}-reasons`;
        return (
          <Fragment key={key}>
            <tr>
              <th scope="row">
                {pair.mentee.name}
                <PersonTime zone={pair.mentee.timeZone} now={now} variant="cell" />
              </th>
              <td>
                {pair.mentor.name}
                <PersonTime zone={pair.mentor.timeZone} now={now} variant="cell" />
              </td>
              <td className="cell--nowrap">
                {intl.formatNumber(pair.score, { maximumFractionDigits: 0 })}
                {pair.pinned ? (
                  <span className="tag tag--pin">
                    <FormattedMessage id="pairs.pinnedTag" />
                  </span>
                ) : null}
              </td>
              <td>
                <FormattedMessage id={`distance.${pair.distanceClass}`} />
                {pair.zoneGapHours > 0 ? (
                  <span className="cell__sub">
                    <FormattedMessage id="partnership.zoneGap" values={{ hours: pair.zoneGapHours }} />
                  </span>
                ) : null}
              </td>
              <td className="cell--nowrap">
                <FormattedMessage
                  id="partnership.sharedHours"
                  values={{ hours: roundedHours(pair.overlapMinutesPerWeek) }}
                />
              </td>
              <td className="cell--actions">
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-expanded={open.has(key)}
                    aria-controls={reasonsId}
                    onClick={() => toggle(key)}
                  >
                    <span>
                      <FormattedMessage id="pairs.reasons" values={names} />
                    </span>
                  </button>
                  {editable && constraint ? (
                    <button
                      id={pinButtonId(pair)}
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => !busy && onClear(ids, { mentee: pair.mentee.name, mentor: pair.mentor.name })}
                    >
                      <span>
                        <FormattedMessage id={constraint.kind === 'pin' ? 'pairs.unpin' : 'pairs.unforbid'} values={names} />
                      </span>
                    </button>
                  ) : null}
                  {editable && !constraint ? (
                    <>
                      <button
                        id={pinButtonId(pair)}
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => !busy && onConstrain(pair, 'pin')}
                      >
                        <span>
                          <FormattedMessage id="pairs.pin" values={names} />
                        </span>
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-quiet"
                        onClick={() => !busy && onConstrain(pair, 'forbid')}
                      >
                        <span>
                          <FormattedMessage id="pairs.forbid" values={names} />
                        </span>
                      </button>
                    </>
                  ) : null}
                </div>
                {editable && constraint ? (
                  <span className="cell__sub">
                    <FormattedMessage id={constraint.kind === 'pin' ? 'pairs.willPin' : 'pairs.willForbid'} />
                  </span>
                ) : null}
              </td>
            </tr>
            <tr id={reasonsId} className="pairs-table__reasons" hidden={!open.has(key)}>
              <td colSpan={6}>
                <ul className="reasons">
                  {pair.reasons.map((reason, i) => (
                    <li key={`${reason.kind}-${i}`} className={`reason reason--${reason.kind}`}>
                      {reason.text}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          </Fragment>
        );
      })}
    </DataTable>
  );
}
