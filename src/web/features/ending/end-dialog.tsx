import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormDialog } from '../../components/form-dialog';
import { TextAreaField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import type { EndReason, EndResult } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import { useEndPartnership } from './ending-api';

// In the order offered; the Record keeps the list complete.
const reasonOrder: Record<EndReason, number> = { completed: 0, 'goals-met': 1, 'no-time': 2, 'not-a-good-fit': 3, other: 4 };
const reasons = Object.keys(reasonOrder) as EndReason[];

interface EndDialogProps {
  isOpen: boolean;
  partnershipId: string;
  partner: string;
  onClose: () => void;
  onEnded: (result: EndResult) => void;
}

/** Why it ends (and a few words to the partner); upcoming meetings are cancelled. */
export function EndDialog({ isOpen, partnershipId, partner, onClose, onEnded }: EndDialogProps) {
  const intl = useIntl();
  const end = useEndPartnership(partnershipId);
  const [reason, setReason] = useState<EndReason>('completed');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const noteError = problem ?? (isApiError(end.error) ? end.error.fields.find((f) => f.path === 'note')?.message : undefined);

  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (open) return;
        end.reset();
        setProblem(undefined);
        onClose();
      }}
      title={<FormattedMessage id="ending.dialogTitle" values={{ name: partner }} />}
      submitLabel={<FormattedMessage id="ending.submit" />}
      pending={end.isPending}
      error={end.isError && !noteError ? describeError(intl, end.error) : null}
      onSubmit={() => {
        if (reason === 'other' && !note.trim()) {
          setProblem(intl.formatMessage({ id: 'ending.noteRequired' }));
          focusAfterRender('end-note');
          return;
        }
        setProblem(undefined);
        settle(end.mutateAsync({ reason, note: note.trim() }), onEnded);
      }}
    >
      <p>
        <FormattedMessage id="ending.dialogBody" values={{ name: partner }} />
      </p>
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="ending.reasonLegend" />
        </legend>
        {reasons.map((r, index) => (
          <label key={r} className="choice choice--block">
            <input type="radio" name="end-reason" checked={reason === r} autoFocus={index === 0} onChange={() => setReason(r)} />
            <span>
              <FormattedMessage id={`ending.reason.${r}`} />
            </span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id="end-note"
        label={<FormattedMessage id="ending.noteLabel" values={{ name: partner }} />}
        description={<FormattedMessage id="ending.noteHint" />}
        optional={reason !== 'other'}
        rows={3}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={noteError}
      />
    </FormDialog>
  );
}
