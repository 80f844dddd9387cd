import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { isApiError } from '../../lib/api';
import type { MentorshipRequest } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { DeclineDialog } from './decline-dialog';
import { RequestCard } from './request-card';
import { useAcceptRequest, useRequests } from './requests-api';

/** A mentor's inbox: pending requests to answer first, then the ones already closed. */
export function InboxSection({ programId, now }: { programId: string; now: Date }) {
  const intl = useIntl();
  const requests = useRequests(programId, 'mentor');
  const accept = useAcceptRequest(programId);
  const [declining, setDeclining] = useState<MentorshipRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = requests.data?.filter((r) => r.status === 'pending') ?? [];
  const closed = requests.data?.filter((r) => r.status !== 'pending') ?? [];

  function onAccept(request: MentorshipRequest) {
    setError(null);
    accept.mutate(request.id, {
      onSuccess: () => {
        setMessage(intl.formatMessage({ id: 'inbox.accepted' }, { name: request.mentee.name }));
        focusAfterRender('inbox-title');
      },
      onError: (e) =>
        setError(
          isApiError(e, 'mentor_full')
            ? intl.formatMessage({ id: 'inbox.full' }, { name: request.mentee.name })
            : describeError(intl, e),
        ),
    });
  }

  return (
    <section className="section" aria-labelledby="inbox-title">
      <h2 id="inbox-title" tabIndex={-1}>
        <FormattedMessage id="inbox.title" />
      </h2>
      <div role="alert">
        {error ? (
          <p className="notice notice--error">
            {error}{' '}
            {isApiError(accept.error, 'mentor_full') ? (
              <Link to={`/programs/${programId}/profile`}>
                <FormattedMessage id="inbox.raiseCapacity" />
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      <StatusMessage>{message}</StatusMessage>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <LoadError error={requests.error} /> : null}
      {requests.data ? (
        <p className="results-count">
          <FormattedMessage id="inbox.count" values={{ count: pending.length }} />
        </p>
      ) : null}
      <ul className="request-list">
        {pending.map((request) => (
          <li key={request.id}>
            <RequestCard request={request} viewer="mentor" now={now}>
              <button
                type="button"
                className="button button--primary"
                onClick={() => !accept.isPending && onAccept(request)}
              >
                <span>
                  <FormattedMessage id="inbox.accept" values={{ name: request.mentee.name, hidden: hiddenTag }} />
                </span>
              </button>
              <button
                type="button"
                className="button button--danger-quiet"
                onClick={() => {
                  setError(null);
                  setDeclining(request);
                }}
              >
                <span>
                  <FormattedMessage id="inbox.decline" values={{ name: request.mentee.name, hidden: hiddenTag }} />
                </span>
              </button>
            </RequestCard>
          </li>
        ))}
      </ul>
      {closed.length ? (
        <>
          <h3 className="request-list__title">
            <FormattedMessage id="inbox.closedTitle" />
          </h3>
          <ul className="request-list">
            {closed.map((request) => (
              <li key={request.id}>
                <RequestCard request={request} viewer="mentor" now={now} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <DeclineDialog
        programId={programId}
        request={declining}
        onClose={() => setDeclining(null)}
        onDeclined={(request) => {
          setDeclining(null);
          setMessage(intl.formatMessage({ id: 'inbox.declined' }, { name: request.mentee.name }));
          focusAfterRender('inbox-title');
        }}
      />
    </section>
  );
}
