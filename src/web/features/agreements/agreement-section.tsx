import { useState } from 'react';
import { FormattedDate, FormattedList, FormattedMessage, useIntl } from 'react-intl';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { Agreement, AgreementVersion } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import type { Hub } from '../partnerships/hub-context';
import { AgreementForm } from './agreement-form';
import { AgreementState, AgreementTerms, currentVersionHeadingId } from './agreement-view';
import { useAgreement, useAgreementVersions, useConfirmAgreement } from './agreements-api';

const editButtonId = 'agreement-edit';

/** The pair's agreement: the mentee drafts it, both confirm each version, earlier versions stay on record. */
export function AgreementSection({ hub }: { hub: Hub }) {
  const intl = useIntl();
  const id = hub.partnership.id;
  const agreement = useAgreement(id);
  const confirm = useConfirmAgreement(id);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const data = agreement.data;
  const current = data?.current ?? null;
  const mentee = hub.pair.side === 'mentee';
  const canConfirm = hub.active && current !== null && data?.awaiting.includes(hub.pair.side);

  function saved(next: Agreement) {
    setEditing(false);
    const version = next.current?.version ?? 1;
    setStatus(intl.formatMessage({ id: 'agreement.saved' }, { version, name: hub.pair.names.mentor }));
    focusAfterRender(currentVersionHeadingId);
  }

  return (
    <section className="section" aria-labelledby="agreement-title">
      <h2 id="agreement-title" tabIndex={-1}>
        <FormattedMessage id="agreement.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="agreement.lede" values={{ mentee: hub.pair.names.mentee }} />
      </p>
      <StatusMessage>{status}</StatusMessage>
      {agreement.isPending ? <Loading /> : null}
      {agreement.isError ? <LoadError error={agreement.error} /> : null}
      {data && editing ? (
        <AgreementForm
          partnershipId={id}
          current={current}
          mentor={hub.pair.names.mentor}
          onSaved={saved}
          onCancel={() => {
            setEditing(false);
            focusAfterRender(editButtonId);
          }}
        />
      ) : null}
      {data && !editing ? (
        <>
          {current ? (
            <article className="agreement" aria-labelledby={currentVersionHeadingId}>
              <h3 id={currentVersionHeadingId} tabIndex={-1}>
                <FormattedMessage id="agreement.version" values={{ version: current.version }} />
              </h3>
              <AgreementState agreement={data} hub={hub} />
              {data.agreed && data.agreed.version !== current.version ? (
                <p className="notice notice--info">
                  <FormattedMessage id="agreement.inForce" values={{ agreed: data.agreed.version, current: current.version }} />
                </p>
              ) : null}
              <AgreementTerms version={current} />
            </article>
          ) : (
            <p className="muted">
              <FormattedMessage id={mentee ? 'agreement.noneMentee' : 'agreement.noneMentor'} values={{ name: hub.pair.names.mentee }} />
            </p>
          )}
          <div role="alert">{confirm.isError ? <p className="notice notice--error">{describeError(intl, confirm.error)}</p> : null}</div>
          <div className="button-row">
            {canConfirm && current ? (
              <button
                type="button"
                className="button button--primary"
                disabled={confirm.isPending}
                onClick={() => {
                  setStatus(null);
                  settle(confirm.mutateAsync(current.version), (next) => {
                    const both = next.current?.agreed ?? false;
                    setStatus(intl.formatMessage({ id: 'agreement.confirmed' }, { both: both ? 'yes' : 'no', name: otherName(hub) }));
                    focusAfterRender(currentVersionHeadingId);
                  });
                }}
              >
                <FormattedMessage id="agreement.confirm" values={{ version: current.version }} />
              </button>
            ) : null}
            {mentee && hub.active ? (
              <button
                id={editButtonId}
                type="button"
                className={`button ${current ? 'button--secondary' : 'button--primary'}`}
                onClick={() => {
                  setStatus(null);
                  setEditing(true);
                }}
              >
                <FormattedMessage id={current ? 'agreement.change' : 'agreement.draft'} />
              </button>
            ) : null}
          </div>
          {current && current.version > 1 ? <VersionHistory partnershipId={id} hub={hub} /> : null}
        </>
      ) : null}
    </section>
  );
}

const otherName = (hub: Hub) => hub.pair.names[hub.pair.side === 'mentee' ? 'mentor' : 'mentee'];

/** Every version, loaded when opened: what changed in each and who confirmed it. */
function VersionHistory({ partnershipId, hub }: { partnershipId: string; hub: Hub }) {
  const [open, setOpen] = useState(false);
  const versions = useAgreementVersions(partnershipId, open);
  return (
    <details className="agreement-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <FormattedMessage id="agreement.history" />
      </summary>
      {versions.isPending && open ? <Loading /> : null}
      {versions.isError ? <LoadError error={versions.error} /> : null}
      {versions.data ? (
        <ol className="agreement-history__list">
          {versions.data.map((v) => (
            <VersionEntry key={v.version} version={v} hub={hub} />
          ))}
        </ol>
      ) : null}
    </details>
  );
}

function VersionEntry({ version, hub }: { version: AgreementVersion; hub: Hub }) {
  const intl = useIntl();
  const confirmedBy = (['mentee', 'mentor'] as const).filter((side) => version.confirmedAt[side]).map((side) => hub.pair.names[side]);
  return (
    <li>
      <p>
        <strong>
          <FormattedMessage id="agreement.version" values={{ version: version.version }} />
        </strong>{' '}
        <FormattedDate value={version.createdAt} dateStyle="medium" />
      </p>
      <p>
        <FormattedMessage
          id="agreement.changed"
          values={{ fields: <FormattedList type="conjunction" value={version.changed.map((f) => intl.formatMessage({ id: `agreement.field.${f}` }))} /> }}
        />
      </p>
      <p>
        {confirmedBy.length ? (
          <FormattedMessage id="agreement.confirmedBy" values={{ names: <FormattedList type="conjunction" value={confirmedBy} /> }} />
        ) : (
          <FormattedMessage id="agreement.confirmedByNobody" />
        )}
      </p>
    </li>
  );
}
