import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { FormattedMessage, FormattedTime, useIntl } from 'react-intl';
import { hiddenTag } from '../../components/visually-hidden';
import { TextAreaField } from '../../components/text-field';
import { isApiError } from '../../lib/api';
import type { Message, MeetingSide } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { formatBytes } from '../files/file-format';
import { settle } from '../meetings/meetings-api';
import { useEditMessage } from './messages-api';

export const messageItemId = (id: string) => `message-${id}`;
const editButtonId = (id: string) => `message-${id}-edit-button`;

/** Ctrl+Enter (⌘+Enter on a Mac) sends; a plain Enter is a new line. */
export const isSendKey = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);

interface MessageItemProps {
  message: Message;
  side: MeetingSide;
  partnershipId: string;
  /** The writer may still change it (their own, not deleted, inside the edit window). */
  canChange: boolean;
  onDelete: (message: Message) => void;
}

/** One message: who and when on the reader's clock, the words (or that they were deleted), files, and the author's changes. */
export function MessageItem({ message, side, partnershipId, canChange, onDelete }: MessageItemProps) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const mine = message.author.side === side;
  const time = <FormattedTime value={message.createdAt} hour="numeric" minute="2-digit" />;
  const at = intl.formatTime(message.createdAt, { hour: 'numeric', minute: '2-digit' });

  return (
    <li id={messageItemId(message.id)} tabIndex={-1} className={`message message--${mine ? 'mine' : 'theirs'}`}>
      <p className="message__meta">
        <span className="message__author">{mine ? <FormattedMessage id="messages.you" /> : message.author.name}</span>{' '}
        <time dateTime={message.createdAt}>{time}</time>
        {message.editedAt && !message.deleted ? (
          <span className="message__edited">
            {' '}
            <FormattedMessage id="messages.edited" />
          </span>
        ) : null}
      </p>
      {message.deleted ? (
        <p className="message__deleted">
          <FormattedMessage id="messages.deleted" />
        </p>
      ) : editing ? (
        <EditForm
          message={message}
          partnershipId={partnershipId}
          at={at}
          onDone={() => {
            setEditing(false);
            focusAfterRender(editButtonId(message.id));
          }}
        />
      ) : (
        // Sanitised by the server to a small safe subset (paragraphs, emphasis, lists, code, links).
        <div className="message__body" dir="auto" dangerouslySetInnerHTML={{ __html: message.html }} />
      )}
      {message.attachments.length > 0 ? (
        <ul className="message__files" aria-label={intl.formatMessage({ id: 'messages.filesLabel' })}>
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a href={file.url} download dir="auto">
                {file.name}
              </a>{' '}
              <span className="muted">({formatBytes(intl, file.size)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {canChange && !editing ? (
        <div className="message__actions">
          <button id={editButtonId(message.id)} type="button" className="button button--small button--secondary" onClick={() => setEditing(true)}>
            <FormattedMessage id="messages.edit" values={{ at, hidden: hiddenTag }} />
          </button>
          <button type="button" className="button button--small button--danger-quiet" onClick={() => onDelete(message)}>
            <FormattedMessage id="messages.delete" values={{ at, hidden: hiddenTag }} />
          </button>
        </div>
      ) : null}
    </li>
  );
}

function EditForm({ message, partnershipId, at, onDone }: { message: Message; partnershipId: string; at: string; onDone: () => void }) {
  const intl = useIntl();
  const edit = useEditMessage(partnershipId);
  const [text, setText] = useState(message.text);
  const [problem, setProblem] = useState<string | undefined>();
  const fieldError = problem ?? (isApiError(edit.error) ? edit.error.fields.find((f) => f.path === 'body')?.message : undefined);
  const id = `message-${message.id}-edit`;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (edit.isPending) return;
    if (!text.trim()) {
      setProblem(intl.formatMessage({ id: 'messages.empty' }));
      return;
    }
    setProblem(undefined);
    settle(edit.mutateAsync({ id: message.id, text }), onDone);
  }

  return (
    <form className="form message__edit" onSubmit={submit} noValidate>
      <TextAreaField
        id={id}
        label={<FormattedMessage id="messages.editLabel" values={{ at }} />}
        description={<FormattedMessage id="messages.editHint" />}
        autoFocus
        rows={3}
        maxLength={10_000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isSendKey(event)) submit();
          if (event.key === 'Escape') onDone();
        }}
        error={fieldError}
      />
      <div role="alert">{edit.isError && !fieldError ? <p className="notice notice--error">{describeError(intl, edit.error)}</p> : null}</div>
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={edit.isPending}>
          <FormattedMessage id="messages.save" />
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          <FormattedMessage id="form.cancel" />
        </button>
      </div>
    </form>
  );
}
