import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError } from '../../lib/describe-error';
import type { Meeting } from '../../lib/contracts';
import { settle, useConfirmMeeting } from './meetings-api';
import type { Pair } from './pair';
import { formatWhen, When } from './when';

interface ConfirmChoiceProps {
  meeting: Meeting;
  pair: Pair;
  onConfirmed: (meeting: Meeting, message: string) => void;
  onProposeOther: () => void;
}

/**
 * For the person asked to choose: the proposed times as radio buttons (arrow keys move
 * between them), then Confirm, or a way to answer with other times.
 */
export function ConfirmChoice({ meeting, pair, onConfirmed, onProposeOther }: ConfirmChoiceProps) {
  const intl = useIntl();
  const confirm = useConfirmMeeting(pair.partnershipId);
  const [start, setStart] = useState<string | null>(meeting.proposals.length === 1 ? (meeting.proposals[0]?.start ?? null) : null);
  const [problem, setProblem] = useState<string | null>(null);
  const groupId = `meeting-${meeting.id}-choice`;
  const errorId = `${groupId}-error`;
  const error = problem ?? (confirm.isError ? describeError(intl, confirm.error) : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    if (!start) {
      setProblem(intl.formatMessage({ id: 'confirm.chooseOne' }));
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`#${groupId} input`)?.focus());
      return;
    }
    setProblem(null);
    settle(confirm.mutateAsync({ id: meeting.id, input: { start } }), (next) => {
      const when = formatWhen(intl, next.start ?? start, next.end ?? start);
      onConfirmed(next, intl.formatMessage({ id: 'confirm.done' }, { when, name: pair.names[next.proposedBy] }));
    });
  }

  return (
    <form className="confirm-choice" onSubmit={submit} noValidate>
      <fieldset
        id={groupId}
        className={`fieldset${error ? ' field--invalid' : ''}`}
        aria-describedby={error ? errorId : undefined}
      >
        <legend className="field__label">
          <FormattedMessage id="confirm.legend" values={{ name: pair.names[meeting.proposedBy] }} />
        </legend>
        <ul className="proposal-list proposal-list--choices">
          {meeting.proposals.map((p) => (
            <li key={p.start}>
              <label className="slot__choice">
                <input
                  type="radio"
                  name={groupId}
                  value={p.start}
                  checked={start === p.start}
                  onChange={() => {
                    setStart(p.start);
                    setProblem(null);
                  }}
                />
                <span className="slot__body">
                  <When start={p.start} end={p.end} people={p} pair={pair} withDay />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div role="alert">
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={confirm.isPending}>
          <FormattedMessage id="confirm.submit" />
        </button>
        <button type="button" className="button button--secondary" onClick={onProposeOther}>
          <FormattedMessage id="confirm.proposeOther" />
        </button>
      </div>
    </form>
  );
}
