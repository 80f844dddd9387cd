import { useState, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import type { Meeting, Note } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { meetingTitle } from '../meetings/meeting-card';
import { settle, usePartnershipMeetings } from '../meetings/meetings-api';
import { partnerName, useHub, type Hub } from '../partnerships/hub-context';
import { NoteForm } from './note-form';
import { useDeleteNote, useNotes } from './notes-api';

const noteHeadingId = (note: Pick<Note, 'id'>) => `note-${note.id}-title`;
const editButtonId = (note: Pick<Note, 'id'>) => `note-${note.id}-edit-button`;

/** Notes after meetings, shared with the partner, and private notes only the writer ever reads. */
export function NotesPage() {
  const hub = useHub();
  const intl = useIntl();
  const partner = partnerName(hub);
  const notes = useNotes(hub.partnership.id);
  const meetings = usePartnershipMeetings(hub.partnership.id);
  const remove = useDeleteNote(hub.partnership.id);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Note | null>(null);
  const all = [...(meetings.data?.upcoming ?? []), ...(meetings.data?.past ?? [])];
  // A shared note about a meeting waits until the meeting has begun.
  const begun = all.filter((m) => m.start !== null && Date.parse(m.start) <= hub.now.getTime() && m.status !== 'cancelled');

  return (
    <section className="section" aria-labelledby="notes-title">
      <h2 id="notes-title" tabIndex={-1}>
        <FormattedMessage id="notes.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="notes.lede" values={{ name: partner }} />
      </p>
      <StatusMessage>{status}</StatusMessage>
      {hub.active ? (
        <NoteForm
          hub={hub}
          partner={partner}
          meetings={begun}
          onDone={(note) => {
            if (!note) return;
            setStatus(intl.formatMessage({ id: 'notes.added' }, { visibility: note.visibility, name: partner }));
            focusAfterRender(noteHeadingId(note));
          }}
        />
      ) : null}
      <h3 id="note-list-title" tabIndex={-1}>
        <FormattedMessage id="notes.listTitle" />
      </h3>
      {notes.isPending ? <Loading /> : null}
      {notes.isError ? <LoadError error={notes.error} /> : null}
      {notes.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="notes.none" />
        </p>
      ) : null}
      {notes.data?.length ? (
        <ul className="note-list" aria-labelledby="note-list-title">
          {notes.data.map((note) => (
            <li key={note.id}>
              <NoteCard note={note} hub={hub} meetings={all}>
                {editing === note.id ? (
                  <NoteForm
                    hub={hub}
                    partner={partner}
                    meetings={begun}
                    note={note}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) setStatus(intl.formatMessage({ id: 'notes.saved' }));
                      focusAfterRender(editButtonId(note));
                    }}
                  />
                ) : note.mine && hub.active ? (
                  <div className="button-row">
                    <button id={editButtonId(note)} type="button" className="button button--secondary button--small" onClick={() => setEditing(note.id)}>
                      <FormattedMessage id="notes.edit" values={{ hidden: hiddenTag }} />
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      onClick={() => {
                        remove.reset();
                        setDeleting(note);
                      }}
                    >
                      <FormattedMessage id="notes.delete" values={{ hidden: hiddenTag }} />
                    </button>
                  </div>
                ) : null}
              </NoteCard>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={<FormattedMessage id="notes.deleteTitle" />}
        confirmLabel={<FormattedMessage id="notes.deleteConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!deleting) return;
          settle(remove.mutateAsync(deleting.id), () => {
            setDeleting(null);
            setStatus(intl.formatMessage({ id: 'notes.deleted' }));
            focusAfterRender('note-list-title');
          });
        }}
      >
        <p>
          <FormattedMessage id="notes.deleteBody" />
        </p>
      </ConfirmDialog>
    </section>
  );
}

function NoteCard({ note, hub, meetings, children }: { note: Note; hub: Hub; meetings: readonly Meeting[]; children: ReactNode }) {
  const intl = useIntl();
  const meeting = note.meetingId ? meetings.find((m) => m.id === note.meetingId) : undefined;
  return (
    <article className={`note note--${note.visibility}`} aria-labelledby={noteHeadingId(note)}>
      <h4 id={noteHeadingId(note)} className="note__title" tabIndex={-1}>
        <FormattedMessage
          id="notes.byline"
          values={{
            who: note.mine ? 'you' : 'other',
            name: note.authorName,
            date: <FormattedDate value={note.createdAt} dateStyle="medium" timeStyle="short" />,
          }}
        />
      </h4>
      <p className={`note__visibility note__visibility--${note.visibility}`}>
        <FormattedMessage id={`notes.visibilityShort.${note.visibility}`} />
        {meeting ? (
          <>
            {' · '}
            <FormattedMessage id="notes.about" values={{ meeting: meetingTitle(intl, meeting, hub.pair) }} />
          </>
        ) : null}
      </p>
      <p className="prose" dir="auto">
        {note.body}
      </p>
      {children}
    </article>
  );
}
