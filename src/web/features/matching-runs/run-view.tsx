import { useEffect, useRef, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusMessage } from '../../components/status';
import type { Constraint, RunDetail, RunMode, RunPair } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { useNow } from '../../lib/use-now';
import { ConstraintsList } from './constraints-list';
import { useClearConstraint, usePublishRun, useSetConstraint, type PairIds } from './matching-api';
import { PairsTable, pinButtonId } from './pairs-table';
import { RunProgress } from './run-progress';

interface RunViewProps {
  programId: string;
  detail: RunDetail;
  constraints: readonly Constraint[];
  onRunAgain: (mode: RunMode) => void;
  starting: boolean;
}

/** One run: its progress while running; once done, the draft to review, pin, forbid and publish. */
export function RunView({ programId, detail, constraints, onRunAgain, starting }: RunViewProps) {
  const intl = useIntl();
  const now = useNow();
  const { run, pairs, unmatched } = detail;
  const setConstraint = useSetConstraint(programId);
  const clearConstraint = useClearConstraint(programId);
  const publish = usePublishRun(programId);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previous = useRef(run.status);
  const busy = setConstraint.isPending || clearConstraint.isPending;

  // Say once, politely, that a run the person was watching has finished.
  useEffect(() => {
    if (previous.current === 'running' && run.status === 'draft') {
      setMessage(intl.formatMessage({ id: 'run.ready' }, { pairs: pairs.length, unmatched: unmatched.length }));
    } else if (previous.current === 'running' && run.status === 'failed') {
      setMessage(intl.formatMessage({ id: 'run.failedAnnounce' }));
    }
    previous.current = run.status;
  }, [run.status, pairs.length, unmatched.length, intl]);

  function constrain(pair: RunPair, kind: Constraint['kind']) {
    setError(null);
    const names = { mentee: pair.mentee.name, mentor: pair.mentor.name };
    setConstraint.mutate(
      { menteeId: pair.mentee.membershipId, mentorId: pair.mentor.membershipId, kind },
      {
        onSuccess: () => {
          setMessage(intl.formatMessage({ id: kind === 'pin' ? 'run.pinned' : 'run.forbidden' }, names));
          focusAfterRender(pinButtonId(pair));
        },
        onError: (e) => setError(describeError(intl, e)),
      },
    );
  }

  function clear(ids: PairIds, names: { mentee: string; mentor: string }, refocus: string) {
    setError(null);
    clearConstraint.mutate(ids, {
      onSuccess: () => {
        setMessage(intl.formatMessage({ id: 'run.cleared' }, names));
        focusAfterRender(refocus);
      },
      onError: (e) => setError(describeError(intl, e)),
    });
  }

  const isDraft = run.status === 'draft';
  const isDone = run.status === 'draft' || run.status === 'published' || run.status === 'discarded';

  return (
    <section className="section run" aria-labelledby="run-title">
      <h2 id="run-title" tabIndex={-1}>
        <FormattedMessage
          id="run.title"
          values={{ date: <FormattedDate value={run.createdAt} dateStyle="medium" timeStyle="short" /> }}
        />
      </h2>
      <p className="run__meta">
        <span className={`tag run-status run-status--${run.status}`}>
          <FormattedMessage id={`run.status.${run.status}`} />
        </span>{' '}
        <FormattedMessage id="run.aim" values={{ mode: intl.formatMessage({ id: `run.mode.${run.mode}` }) }} />
      </p>
      <div role="alert">{error ? <p className="notice notice--error">{error}</p> : null}</div>
      <StatusMessage>{message}</StatusMessage>
      {run.status === 'running' ? <RunProgress run={run} /> : null}
      {run.status === 'failed' ? (
        <p className="notice notice--error">
          <FormattedMessage id="run.failed" values={{ error: run.error ?? '' }} />
        </p>
      ) : null}
      {isDone ? (
        <>
          <dl className="stats">
            <div className="stat">
              <dt><FormattedMessage id="run.pairs" /></dt>
              <dd>{intl.formatNumber(pairs.length)}</dd>
            </div>
            <div className="stat">
              <dt><FormattedMessage id="run.unmatchedCount" /></dt>
              <dd>{intl.formatNumber(unmatched.length)}</dd>
            </div>
            <div className="stat">
              <dt><FormattedMessage id="run.total" /></dt>
              <dd>{intl.formatNumber(run.totalScore ?? 0, { maximumFractionDigits: 0 })}</dd>
            </div>
          </dl>
          {pairs.length ? (
            <PairsTable
              pairs={pairs}
              constraints={constraints}
              now={now}
              busy={busy}
              editable={isDraft}
              onConstrain={constrain}
              onClear={(ids, names) => clear(ids, names, 'pairs-caption')}
            />
          ) : (
            <p className="muted">
              <FormattedMessage id="run.noPairs" />
            </p>
          )}
          {unmatched.length ? (
            <section className="subsection" aria-labelledby="unmatched-title">
              <h3 id="unmatched-title">
                <FormattedMessage id="run.unmatchedTitle" />
              </h3>
              <ul className="unmatched-list">
                {unmatched.map((u) => (
                  <li key={u.membershipId}>
                    <FormattedMessage
                      id="run.unmatchedItem"
                      values={{
                        name: u.name,
                        role: u.role,
                        reason: u.reason,
                        strong: (chunks) => <strong>{chunks}</strong>,
                      }}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {run.status !== 'running' ? (
        <ConstraintsList
          constraints={constraints}
          busy={busy}
          onRemove={(ids, names) => clear(ids, names, 'constraints-title')}
        />
      ) : null}
      <div className="button-row run__actions">
        {run.status !== 'running' ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => !starting && onRunAgain(run.mode)}
          >
            <FormattedMessage id="run.again" />
          </button>
        ) : null}
        {isDraft && pairs.length ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              publish.reset();
              setConfirming(true);
            }}
          >
            <FormattedMessage id="run.publish" />
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        title={<FormattedMessage id="run.publishTitle" />}
        confirmLabel={<FormattedMessage id="run.publishConfirm" values={{ count: pairs.length }} />}
        pending={publish.isPending}
        error={publish.isError ? describeError(intl, publish.error) : null}
        onConfirm={() =>
          publish.mutate(run.id, {
            onSuccess: ({ partnerships }) => {
              setConfirming(false);
              setMessage(intl.formatMessage({ id: 'run.published' }, { count: partnerships }));
              focusAfterRender('run-title');
            },
          })
        }
      >
        <p>
          <FormattedMessage id="run.publishBody" values={{ count: pairs.length }} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
