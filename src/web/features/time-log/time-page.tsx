import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import type { TimeEntry, TimeTotals } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { calendarDate } from '../../lib/time';
import { settle } from '../meetings/meetings-api';
import { partnerName, useHub, type Hub } from '../partnerships/hub-context';
import { formatDuration, timeEntryKinds } from './duration';
import { TimeForm } from './time-form';
import { useDeleteTimeEntry, useTimeLog } from './time-log-api';

/** The time the pair invested: totals by side and by kind, every contact, and a way to log more. */
export function TimePage() {
  const hub = useHub();
  const intl = useIntl();
  const log = useTimeLog(hub.partnership.id);
  const remove = useDeleteTimeEntry(hub.partnership.id);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <>
      <section className="section" aria-labelledby="time-log-title">
        <h2 id="time-log-title" tabIndex={-1}>
          <FormattedMessage id="timeLog.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="timeLog.lede" />
        </p>
        <StatusMessage>{status}</StatusMessage>
        {log.isPending ? <Loading /> : null}
        {log.isError ? <LoadError error={log.error} /> : null}
        {log.data ? <Totals totals={log.data.totals} hub={hub} /> : null}
        {hub.active ? (
          <TimeForm
            partnershipId={hub.partnership.id}
            onLogged={(entry) => {
              setStatus(intl.formatMessage({ id: 'timeLog.logged' }, { time: formatDuration(intl, entry.minutes + entry.preparationMinutes) }));
              focusAfterRender('time-entries-title');
            }}
          />
        ) : null}
      </section>
      <section className="section" aria-labelledby="time-entries-title">
        <h2 id="time-entries-title" tabIndex={-1}>
          <FormattedMessage id="timeLog.entriesTitle" />
        </h2>
        <div role="alert">{remove.isError ? <p className="notice notice--error">{describeError(intl, remove.error)}</p> : null}</div>
        {log.data?.entries.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="timeLog.none" />
          </p>
        ) : null}
        {log.data?.entries.length ? (
          <ul className="time-entries">
            {log.data.entries.map((entry) => (
              <EntryRow
                key={`${entry.source}-${entry.id}`}
                entry={entry}
                hub={hub}
                pending={remove.isPending}
                onDelete={() =>
                  settle(remove.mutateAsync(entry.id), () => {
                    setStatus(intl.formatMessage({ id: 'timeLog.deleted' }));
                    focusAfterRender('time-entries-title');
                  })
                }
              />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

function Totals({ totals, hub }: { totals: TimeTotals; hub: Hub }) {
  const intl = useIntl();
  const other = hub.pair.side === 'mentee' ? 'mentor' : 'mentee';
  const kinds = timeEntryKinds.filter((kind) => totals.byKind[kind].count > 0);
  return (
    <>
      <dl className="stats time-totals">
        <div className="stat">
          <dt>
            <FormattedMessage id="timeLog.total" />
          </dt>
          <dd>{formatDuration(intl, totals.minutes)}</dd>
        </div>
        <div className="stat">
          <dt>
            <FormattedMessage id="timeLog.contacts" />
          </dt>
          <dd>{intl.formatNumber(totals.count)}</dd>
        </div>
        <div className="stat">
          <dt>
            <FormattedMessage id="timeLog.preparation" />
          </dt>
          <dd>{formatDuration(intl, totals.preparationMinutes)}</dd>
        </div>
        <div className="stat">
          <dt>
            <FormattedMessage id="timeLog.byYou" />
          </dt>
          <dd>{formatDuration(intl, totals.bySide[hub.pair.side].minutes)}</dd>
        </div>
        <div className="stat">
          <dt>
            <FormattedMessage id="timeLog.byPartner" values={{ name: partnerName(hub) }} />
          </dt>
          <dd>{formatDuration(intl, totals.bySide[other].minutes)}</dd>
        </div>
      </dl>
      {kinds.length ? (
        <div className="table-scroll">
          <table className="table time-by-kind">
            <caption>
              <FormattedMessage id="timeLog.byKindCaption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="timeLog.kindColumn" />
                </th>
                <th scope="col">
                  <FormattedMessage id="timeLog.contacts" />
                </th>
                <th scope="col">
                  <FormattedMessage id="timeLog.timeColumn" />
                </th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row">
                    <FormattedMessage id={`timeLog.kind.${kind}`} />
                  </th>
                  <td>{intl.formatNumber(totals.byKind[kind].count)}</td>
                  <td>{formatDuration(intl, totals.byKind[kind].minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function EntryRow({ entry, hub, pending, onDelete }: { entry: TimeEntry; hub: Hub; pending: boolean; onDelete: () => void }) {
  const intl = useIntl();
  const date = <FormattedDate value={calendarDate(entry.occurredOn)} dateStyle="medium" timeZone="UTC" />;
  const kind = intl.formatMessage({ id: entry.source === 'meeting' ? 'timeLog.fromMeeting' : `timeLog.kind.${entry.kind}` });
  return (
    <li className="time-entry">
      <p className="time-entry__line">
        <strong>{date}</strong> · {kind} · {formatDuration(intl, entry.minutes)}
        {entry.preparationMinutes > 0 ? (
          <>
            {' '}
            <FormattedMessage id="timeLog.withPreparation" values={{ time: formatDuration(intl, entry.preparationMinutes) }} />
          </>
        ) : null}
      </p>
      <p className="cell__sub">
        <FormattedMessage id="timeLog.loggedBy" values={{ who: entry.by === hub.pair.side ? 'you' : 'other', name: entry.byName }} />
      </p>
      {entry.note ? (
        <p className="prose" dir="auto">
          {entry.note}
        </p>
      ) : null}
      {entry.mine && entry.source === 'log' && hub.active ? (
        <button type="button" className="button button--danger-quiet button--small" disabled={pending} onClick={onDelete}>
          <FormattedMessage id="timeLog.delete" values={{ hidden: hiddenTag, kind, date: intl.formatDate(calendarDate(entry.occurredOn), { dateStyle: 'medium', timeZone: 'UTC' }) }} />
        </button>
      ) : null}
    </li>
  );
}
