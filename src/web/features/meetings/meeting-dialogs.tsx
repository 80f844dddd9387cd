import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormDialog } from '../../components/form-dialog';
import { TextAreaField, TextField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import type { Meeting } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle, useCancelMeeting, useRecordOutcome } from './meetings-api';

/** Withdraw (my own proposal), decline (a proposal to me) or cancel (a set meeting). */
export function cancelKind(meeting: Meeting): 'withdraw' | 'decline' | 'cancel' {
  if (meeting.status !== 'proposed') return 'cancel';
  return meeting.proposedBy === meeting.viewerSide ? 'withdraw' : 'decline';
}

interface DialogProps {
  meeting: Meeting | null;
  partnershipId: string;
  /** The meeting in words, for the dialog's title. */
  title: string;
  otherName: string;
  onClose: () => void;
  onDone: (meeting: Meeting) => void;
}

/** Cancelling needs a reason, which the other person reads in their email. */
export function CancelDialog({ meeting, partnershipId, title, otherName, onClose, onDone }: DialogProps) {
  const intl = useIntl();
  const cancel = useCancelMeeting(partnershipId);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const kind = meeting ? cancelKind(meeting) : 'cancel';
  const fieldError = problem ?? (isApiError(cancel.error) ? cancel.error.fields.find((f) => f.path === 'reason')?.message : undefined);

  return (
    <FormDialog
      isOpen={meeting !== null}
      onOpenChange={(open) => {
        if (open) return;
        cancel.reset();
        setReason('');
        setProblem(undefined);
        onClose();
      }}
      title={<FormattedMessage id={`cancel.title.${kind}`} values={{ when: title }} />}
      submitLabel={<FormattedMessage id={`cancel.submit.${kind}`} />}
      pending={cancel.isPending}
      error={cancel.isError && !fieldError ? describeError(intl, cancel.error) : null}
      onSubmit={() => {
        if (!meeting) return;
        if (!reason.trim()) {
          setProblem(intl.formatMessage({ id: 'cancel.reasonRequired' }, { name: otherName }));
          focusAfterRender('cancel-reason');
          return;
        }
        setProblem(undefined);
        settle(cancel.mutateAsync({ id: meeting.id, input: { reason: reason.trim() } }), onDone);
      }}
    >
      <TextAreaField
        id="cancel-reason"
        label={<FormattedMessage id="cancel.reason" />}
        description={<FormattedMessage id="cancel.reasonHint" values={{ name: otherName }} />}
        autoFocus
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError}
      />
    </FormDialog>
  );
}

/** After the start: did it take place (and how long it took, preparation included), or was it missed? */
export function OutcomeDialog({ meeting, partnershipId, title, onClose, onDone }: DialogProps) {
  const intl = useIntl();
  const record = useRecordOutcome(partnershipId);
  const [held, setHeld] = useState(true);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const shownMinutes = minutes ?? String(meeting?.durationMinutes ?? 60);

  return (
    <FormDialog
      isOpen={meeting !== null}
      onOpenChange={(open) => {
        if (open) return;
        record.reset();
        setHeld(true);
        setMinutes(null);
        setProblem(undefined);
        onClose();
      }}
      title={<FormattedMessage id="outcome.title" values={{ when: title }} />}
      submitLabel={<FormattedMessage id="outcome.submit" />}
      pending={record.isPending}
      error={record.isError ? describeError(intl, record.error) : null}
      onSubmit={() => {
        if (!meeting) return;
        const value = Number(shownMinutes);
        if (held && (!Number.isInteger(value) || value < 1 || value > 600)) {
          setProblem(intl.formatMessage({ id: 'outcome.minutesInvalid' }));
          focusAfterRender('outcome-minutes');
          return;
        }
        setProblem(undefined);
        settle(record.mutateAsync({ id: meeting.id, input: held ? { held, minutesSpent: value } : { held } }), onDone);
      }}
    >
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="outcome.legend" />
        </legend>
        {[true, false].map((value, index) => (
          <label key={String(value)} className="choice choice--block">
            <input
              type="radio"
              name="outcome-held"
              checked={held === value}
              autoFocus={index === 0}
              onChange={() => setHeld(value)}
            />
            <span>
              <FormattedMessage id={value ? 'outcome.held' : 'outcome.missed'} />
            </span>
          </label>
        ))}
      </fieldset>
      {held ? (
        <TextField
          id="outcome-minutes"
          label={<FormattedMessage id="outcome.minutes" />}
          description={<FormattedMessage id="outcome.minutesHint" />}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={shownMinutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={problem}
        />
      ) : null}
    </FormDialog>
  );
}
