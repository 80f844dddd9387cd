import type { ReactNode } from 'react';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { PersonTime } from '../../components/person-time';
import { RelativeTime } from '../../components/relative-time';
import type { MentorshipRequest } from '../../lib/contracts';
import type { RequestRole } from './requests-api';

interface RequestCardProps {
  request: MentorshipRequest;
  /** Whose requests these are: a mentor reads about the mentee, a mentee about the mentor. */
  viewer: RequestRole;
  now: Date;
  children?: ReactNode;
}

export const requestHeadingId = (request: Pick<MentorshipRequest, 'id'>) => `request-${request.id}-title`;

/** One request: the other person and their time now, its status, when it was sent and expires, the message. */
export function RequestCard({ request, viewer, now, children }: RequestCardProps) {
  const other = viewer === 'mentor' ? request.mentee : request.mentor;
  const pending = request.status === 'pending';
  return (
    <article className="request-card" aria-labelledby={requestHeadingId(request)}>
      <header className="request-card__header">
        <h3 id={requestHeadingId(request)} className="request-card__name" tabIndex={-1}>
          {other.name}
        </h3>
        <span className={`request-status request-status--${request.status}`}>
          <FormattedMessage id={`requests.status.${request.status}`} values={{ viewer }} />
        </span>
      </header>
      <p className="request-card__meta">
        <PersonTime zone={other.timeZone} now={now} />
      </p>
      <dl className="facts">
        <div>
          <dt><FormattedMessage id="requests.sent" /></dt>
          <dd>
            <FormattedDate value={request.createdAt} dateStyle="medium" timeStyle="short" />
          </dd>
        </div>
        {pending ? (
          <div>
            <dt><FormattedMessage id="requests.expires" /></dt>
            <dd>
              <RelativeTime value={request.expiresAt} now={now} />
            </dd>
          </div>
        ) : request.decidedAt ? (
          <div>
            <dt><FormattedMessage id="requests.decided" /></dt>
            <dd>
              <FormattedDate value={request.decidedAt} dateStyle="medium" timeStyle="short" />
            </dd>
          </div>
        ) : null}
      </dl>
      <figure className="request-card__message">
        <figcaption>
          <FormattedMessage id={viewer === 'mentor' ? 'requests.theirMessage' : 'requests.yourMessage'} />
        </figcaption>
        <blockquote>{request.message}</blockquote>
      </figure>
      {request.declineReason ? (
        <p className="request-card__decline">
          <FormattedMessage id={`decline.said.${request.declineReason}`} />
          {request.declineNote ? (
            <>
              {' '}
              <FormattedMessage id="decline.note" values={{ note: request.declineNote }} />
            </>
          ) : null}
        </p>
      ) : null}
      {children ? <div className="button-row request-card__actions">{children}</div> : null}
    </article>
  );
}
