import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextAreaField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Meeting, Note, NoteVisibility } from '../../lib/contracts';
import { settle } from '../meetings/meetings-api';
import { meetingTitle } from '../meetings/meeting-card';
import type { Hub } from '../partnerships/hub-context';
import { useCreateNote, useUpdateNote } from './notes-api';

const fields = ['body', 'visibility', 'meetingId'] as const;

interface NoteFormProps {
  hub: Hub;
  partner: string;
  /** Meetings that have begun, which a note may be about. */
  meetings: readonly Meeting[];
  /** A note to change; without it the form writes a new one. */
  note?: Note;
  onDone: (note: Note | null) => void;
}

/** A note: shared with the partner or private to the writer, about the partnership or one meeting. */
export function NoteForm({ hub, partner, meetings, note, onDone }: NoteFormProps) {
  const intl = useIntl();
  const formId = note ? `note-${note.id}-edit` : 'note-new';
  const form = useFormErrors(formId, fields);
  const create = useCreateNote(hub.partnership.id);
  const update = useUpdateNote(hub.partnership.id);
  const [body, setBody] = useState(note?.body ?? '');
  const [visibility, setVisibility] = useState<NoteVisibility>(note?.visibility ?? 'private');
  const [meetingId, setMeetingId] = useState('');
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!form.check({ body: body.trim() ? null : intl.formatMessage({ id: 'notes.bodyRequired' }) })) return;
    const failed = (error: unknown) => form.fromApi(error);
    if (note) {
      settle(update.mutateAsync({ id: note.id, input: { body: body.trim(), visibility } }), onDone, failed);
      return;
    }
    settle(
      create.mutateAsync({ body: body.trim(), visibility, meetingId: meetingId || null }),
      (created) => {
        setBody('');
        setMeetingId('');
        onDone(created);
      },
      failed,
    );
  }

  return (
    <form className="form note-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className={note ? 'visually-hidden' : undefined}>
        <FormattedMessage id={note ? 'notes.editTitle' : 'notes.newTitle'} />
      </h3>
      {form.summary}
      <TextAreaField
        id={form.fieldId('body')}
        label={<FormattedMessage id="notes.bodyLabel" />}
        rows={note ? 4 : 5}
        maxLength={10_000}
        autoFocus={Boolean(note)}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={form.error('body')}
      />
      <fieldset className="fieldset" id={form.fieldId('visibility')}>
        <legend className="field__label">
          <FormattedMessage id="notes.visibilityLegend" />
        </legend>
        {(['private', 'shared'] as const).map((v) => (
          <label key={v} className="choice choice--block">
            <input type="radio" name={`${formId}-visibility`} checked={visibility === v} onChange={() => setVisibility(v)} />
            <span>
              <FormattedMessage id={`notes.visibility.${v}`} values={{ name: partner }} />
            </span>
          </label>
        ))}
      </fieldset>
      {!note && meetings.length > 0 ? (
        <div className="field">
          <label className="field__label" htmlFor={form.fieldId('meetingId')}>
            <FormattedMessage id="notes.meetingLabel" />{' '}
            <span className="field__optional">
              <FormattedMessage id="form.optional" />
            </span>
          </label>
          <select id={form.fieldId('meetingId')} className="field__control" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">{intl.formatMessage({ id: 'notes.noMeeting' })}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {meetingTitle(intl, m, hub.pair)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          <FormattedMessage id={note ? 'notes.save' : 'notes.add'} />
        </button>
        {note ? (
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            <FormattedMessage id="form.cancel" />
          </button>
        ) : null}
      </div>
    </form>
  );
}
