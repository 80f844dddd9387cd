import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { TextAreaField } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { isApiError } from '../../lib/api';
import type { MentorshipRequest } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { RequestCard, requestHeadingId } from './request-card';
import { useEditRequest, useRequests, useWithdrawRequest } from './requests-api';

const editButtonId = (r: MentorshipRequest) => `request-${r.id}-edit`;

/** The message of a pending request, edited in place. */
function EditForm({ programId, request, onDone }: { programId: string; request: MentorshipRequest; onDone: (saved: boolean) => void }) {
  const intl = useIntl();
  const edit = useEditRequest(programId);
  const [text, setText] = useState(request.message);
  const fieldError = isApiError(edit.error) ? edit.error.fields.find((f) => f.path === 'message')?.message : undefined;
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(intl.formatMessage({ id: 'request.messageRequired' }, { name: request.mentor.name.split(' ')[0] }));
      return;
    }
    setProblem(undefined);
    edit.mutate({ id: request.id, message: text.trim() }, { onSuccess: () => onDone(true) });
  }

  return (
    <form className="form request-edit" onSubmit={submit} noValidate>
      <TextAreaField
        id={`request-${request.id}-message`}
        label={<FormattedMessage id="outbox.editLabel" values={{ name: request.mentor.name }} />}
        autoFocus
        maxLength={2000}
        rows={5}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem ?? fieldError}
      />
      <div role="alert">
        {edit.isError && !fieldError ? <p className="notice notice--error">{describeError(intl, edit.error)}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={edit.isPending}>
          <FormattedMessage id="outbox.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          <FormattedMessage id="form.cancel" />
        </button>
      </div>
    </form>
  );
}

/** A mentee's sent requests with their status; pending ones can be reworded or withdrawn. */
export function OutboxSection({ programId, now }: { programId: string; now: Date }) {
  const intl = useIntl();
  const requests = useRequests(programId, 'mentee');
  const withdraw = useWithdrawRequest(programId);
  const [editing, setEditing] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<MentorshipRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const open = requests.data?.filter((r) => r.status === 'pending').length ?? 0;

  return (
    <section className="section" aria-labelledby="outbox-title">
      <h2 id="outbox-title" tabIndex={-1}>
        <FormattedMessage id="outbox.title" />
      </h2>
      <StatusMessage>{message}</StatusMessage>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <LoadError error={requests.error} /> : null}
      {requests.data ? (
        <p className="results-count">
          {requests.data.length === 0 ? (
            <FormattedMessage
              id="outbox.none"
              values={{ link: (chunks) => <Link to={`/programs/${programId}/mentors`}>{chunks}</Link> }}
            />
          ) : (
            <FormattedMessage id="outbox.count" values={{ count: requests.data.length, open }} />
          )}
        </p>
      ) : null}
      <ul className="request-list">
        {requests.data?.map((request) => (
          <li key={request.id}>
            <RequestCard request={request} viewer="mentee" now={now}>
              {request.status === 'pending' && editing !== request.id ? (
                <>
                  <button
                    id={editButtonId(request)}
                    type="button"
                    className="button button--secondary"
                    onClick={() => setEditing(request.id)}
                  >
                    <span>
                      <FormattedMessage id="outbox.edit" values={{ name: request.mentor.name, hidden: hiddenTag }} />
                    </span>
                  </button>
                  <button type="button" className="button button--danger-quiet" onClick={() => setWithdrawing(request)}>
                    <span>
                      <FormattedMessage id="outbox.withdraw" values={{ name: request.mentor.name, hidden: hiddenTag }} />
                    </span>
                  </button>
                </>
              ) : null}
            </RequestCard>
            {editing === request.id ? (
              <EditForm
                programId={programId}
                request={request}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) setMessage(intl.formatMessage({ id: 'outbox.saved' }, { name: request.mentor.name }));
                  focusAfterRender(editButtonId(request));
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={withdrawing !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) {
            setWithdrawing(null);
            withdraw.reset();
          }
        }}
        title={<FormattedMessage id="outbox.withdrawTitle" values={{ name: withdrawing?.mentor.name ?? '' }} />}
        confirmLabel={<FormattedMessage id="outbox.withdrawConfirm" />}
        pending={withdraw.isPending}
        error={withdraw.isError ? describeError(intl, withdraw.error) : null}
        onConfirm={() => {
          if (!withdrawing) return;
          const request = withdrawing;
          withdraw.mutate(request.id, {
            onSuccess: () => {
              setWithdrawing(null);
              setMessage(intl.formatMessage({ id: 'outbox.withdrawn' }, { name: request.mentor.name }));
              focusAfterRender(requestHeadingId(request));
            },
          });
        }}
      >
        <p>
          <FormattedMessage id="outbox.withdrawBody" values={{ name: withdrawing?.mentor.name ?? '' }} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
