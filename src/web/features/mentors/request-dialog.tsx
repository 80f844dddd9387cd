import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormDialog } from '../../components/form-dialog';
import { TextAreaField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import type { MentorCard } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { useCreateRequest } from './mentors-api';

interface RequestDialogProps {
  programId: string;
  mentor: MentorCard | null;
  onClose: () => void;
  onSent: (mentor: MentorCard) => void;
}

/** Asks a mentor for mentoring with a short message; refusals (too many open requests, no place) stay in the dialog. */
export function RequestDialog({ programId, mentor, onClose, onSent }: RequestDialogProps) {
  const intl = useIntl();
  const create = useCreateRequest(programId);
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const first = mentor?.name.split(' ')[0] ?? '';

  function submit() {
    if (!mentor) return;
    setFieldError(undefined);
    if (!message.trim()) {
      setFieldError(intl.formatMessage({ id: 'request.messageRequired' }, { name: first }));
      return;
    }
    create.mutate(
      { mentorId: mentor.mentorId, message: message.trim() },
      {
        onSuccess: () => {
          setMessage('');
          onSent(mentor);
        },
        onError: (error) => {
          const onMessage = isApiError(error) ? error.fields.find((f) => f.path === 'message') : undefined;
          if (onMessage) setFieldError(onMessage.message);
        },
      },
    );
  }

  const general =
    create.isError && !(isApiError(create.error) && create.error.fields.some((f) => f.path === 'message'))
      ? describeError(intl, create.error)
      : null;

  return (
    <FormDialog
      isOpen={mentor !== null}
      onOpenChange={(open) => {
        if (!open) {
          create.reset();
          setFieldError(undefined);
          onClose();
        }
      }}
      title={<FormattedMessage id="request.title" values={{ name: mentor?.name ?? '' }} />}
      submitLabel={<FormattedMessage id="request.send" />}
      onSubmit={submit}
      pending={create.isPending}
      error={general}
    >
      <TextAreaField
        id="request-message"
        label={<FormattedMessage id="request.message" values={{ name: first }} />}
        description={<FormattedMessage id="request.messageHint" values={{ name: first }} />}
        autoFocus
        maxLength={2000}
        rows={6}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={fieldError}
      />
    </FormDialog>
  );
}
