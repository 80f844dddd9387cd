import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormDialog } from '../../components/form-dialog';
import { TextAreaField } from '../../components/text-field';
import type { DeclineReason, MentorshipRequest } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { useDeclineRequest } from './requests-api';

const reasons: readonly DeclineReason[] = ['no-time', 'expertise-mismatch', 'another-mentor-better', 'other'];

interface DeclineDialogProps {
  programId: string;
  request: MentorshipRequest | null;
  onClose: () => void;
  onDeclined: (request: MentorshipRequest) => void;
}

/** Declining needs a reason (told to the mentee kindly) and may carry a personal note. */
export function DeclineDialog({ programId, request, onClose, onDeclined }: DeclineDialogProps) {
  const intl = useIntl();
  const decline = useDeclineRequest(programId);
  const [reason, setReason] = useState<DeclineReason>('no-time');
  const [note, setNote] = useState('');
  const name = request?.mentee.name ?? '';

  return (
    <FormDialog
      isOpen={request !== null}
      onOpenChange={(open) => {
        if (open) return;
        decline.reset();
        setNote('');
        setReason('no-time');
        onClose();
      }}
      title={<FormattedMessage id="decline.title" values={{ name }} />}
      submitLabel={<FormattedMessage id="decline.submit" />}
      pending={decline.isPending}
      error={decline.isError ? describeError(intl, decline.error) : null}
      onSubmit={() => {
        if (!request) return;
        decline.mutate({ id: request.id, reason, note: note.trim() }, { onSuccess: () => onDeclined(request) });
      }}
    >
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="decline.reasonLegend" />
        </legend>
        <p className="field__hint">
          <FormattedMessage id="decline.reasonHint" values={{ name }} />
        </p>
        {reasons.map((r, index) => (
          <label key={r} className="choice choice--block">
            <input
              type="radio"
              name="decline-reason"
              value={r}
              checked={reason === r}
              autoFocus={index === 0}
              onChange={() => setReason(r)}
            />
            <span>
              <FormattedMessage id={`decline.reason.${r}`} />
            </span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id="decline-note"
        label={<FormattedMessage id="decline.noteLabel" values={{ name }} />}
        description={<FormattedMessage id="decline.noteHint" />}
        optional
        maxLength={1000}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </FormDialog>
  );
}
