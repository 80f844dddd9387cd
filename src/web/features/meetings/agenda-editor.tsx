import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextAreaField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import type { Meeting } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { settle, useUpdateMeeting } from './meetings-api';

interface AgendaEditorProps {
  meeting: Meeting;
  partnershipId: string;
  /** Names the field ("Agenda for Tuesday 1 December, 7:00 PM–8:00 PM"). */
  when: string;
  onDone: (saved: boolean) => void;
}

/** The mentee's agenda, edited in place until the meeting ends. */
export function AgendaEditor({ meeting, partnershipId, when, onDone }: AgendaEditorProps) {
  const intl = useIntl();
  const update = useUpdateMeeting(partnershipId);
  const [text, setText] = useState(meeting.agenda);
  const fieldError = isApiError(update.error) ? update.error.fields.find((f) => f.path === 'agenda')?.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    settle(update.mutateAsync({ id: meeting.id, input: { agenda: text.trim() } }), () => onDone(true));
  }

  return (
    <form className="form agenda-editor" onSubmit={submit} noValidate>
      <TextAreaField
        id={`meeting-${meeting.id}-agenda`}
        label={<FormattedMessage id="agenda.label" values={{ when }} />}
        description={<FormattedMessage id="agenda.hint" />}
        autoFocus
        rows={5}
        maxLength={5000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError}
      />
      <div role="alert">
        {update.isError && !fieldError ? <p className="notice notice--error">{describeError(intl, update.error)}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          <FormattedMessage id="agenda.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          <FormattedMessage id="form.cancel" />
        </button>
      </div>
    </form>
  );
}
