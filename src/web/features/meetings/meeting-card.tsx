import type { ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { Meeting } from '../../lib/contracts';
import type { Pair } from './pair';
import { formatWhen, When } from './when';

export const meetingHeadingId = (meeting: Pick<Meeting, 'id'>) => `meeting-${meeting.id}-title`;

/** One word for where a meeting stands, from the viewer's side. */
export function statusKey(meeting: Meeting): 'answer' | 'waiting' | Meeting['status'] {
  if (meeting.status !== 'proposed') return meeting.status;
  return meeting.awaiting !== null && meeting.awaiting === meeting.viewerSide ? 'answer' : 'waiting';
}

/** "Tuesday 1 December, 7:00 PM–8:00 PM", or "2 times proposed by Maya" while none is chosen. */
export function meetingTitle(intl: IntlShape, meeting: Meeting, pair: Pair): string {
  if (meeting.status === 'proposed' || !meeting.start || !meeting.end) {
    return intl.formatMessage(
      { id: 'meeting.proposedTitle' },
      {
        count: meeting.proposals.length,
        by: meeting.proposedBy === pair.side ? 'you' : 'other',
        name: pair.names[meeting.proposedBy],
      },
    );
  }
  return formatWhen(intl, meeting.start, meeting.end);
}

interface MeetingCardProps {
  meeting: Meeting;
  pair: Pair;
  /** The actions open to the viewer; the confirm choice replaces the plain list of proposals. */
  children?: ReactNode;
  /** True when `children` already show the proposals (as choices to confirm). */
  proposalsShown?: boolean;
}

/** A meeting: when (on both clocks), where it stands, how to meet, the agenda; then what the viewer can do. */
export function MeetingCard({ meeting, pair, children, proposalsShown = false }: MeetingCardProps) {
  const intl = useIntl();
  const status = statusKey(meeting);
  const awaitingName = meeting.awaiting ? pair.names[meeting.awaiting] : '';
  return (
    <article className={`meeting-card meeting-card--${meeting.status}`} aria-labelledby={meetingHeadingId(meeting)}>
      <header className="meeting-card__header">
        <h3 id={meetingHeadingId(meeting)} className="meeting-card__title" tabIndex={-1}>
          {meetingTitle(intl, meeting, pair)}
        </h3>
        <span className={`meeting-status meeting-status--${status}`}>
          <FormattedMessage id="meeting.status" values={{ status, name: awaitingName }} />
        </span>
      </header>
      {meeting.status !== 'proposed' && meeting.start && meeting.end ? (
        <p className="meeting-card__when">
          <When start={meeting.start} end={meeting.end} people={meeting} pair={pair} />
        </p>
      ) : null}
      {meeting.status === 'proposed' && !proposalsShown ? (
        <ul className="proposal-list" aria-label={intl.formatMessage({ id: 'meeting.proposalsLabel' })}>
          {meeting.proposals.map((p) => (
            <li key={p.start}>
              <When start={p.start} end={p.end} people={p} pair={pair} withDay />
            </li>
          ))}
        </ul>
      ) : null}
      <MeetingFacts meeting={meeting} pair={pair} />
      {children ? <div className="meeting-card__actions">{children}</div> : null}
    </article>
  );
}

/** How to meet, the agenda, and why it changed or was cancelled. */
function MeetingFacts({ meeting, pair }: { meeting: Meeting; pair: Pair }) {
  return (
    <dl className="facts meeting-facts">
      <div>
        <dt>
          <FormattedMessage id="meeting.how" />
        </dt>
        <dd>
          <FormattedMessage id={`channel.short.${meeting.channel}`} />
          {meeting.location ? (
            <span className="cell__sub" dir="auto">
              {meeting.location}
            </span>
          ) : null}
          {meeting.url ? (
            <span className="cell__sub meeting-card__url" dir="ltr">
              {meeting.url}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="meeting-facts__wide">
        <dt>
          <FormattedMessage id="meeting.agenda" />
        </dt>
        <dd className="meeting-card__agenda" dir={meeting.agenda ? 'auto' : undefined}>
          {meeting.agenda ? meeting.agenda : <FormattedMessage id="meeting.noAgenda" values={{ name: pair.names.mentee }} />}
        </dd>
      </div>
      {meeting.status === 'cancelled' && meeting.changeReason ? (
        <div className="meeting-facts__wide">
          <dt>
            <FormattedMessage
              id="meeting.cancelledBy"
              values={{ who: meeting.cancelledBy === pair.side ? 'you' : 'other', name: meeting.cancelledBy ? pair.names[meeting.cancelledBy] : '' }}
            />
          </dt>
          <dd dir="auto">{meeting.changeReason}</dd>
        </div>
      ) : meeting.changeReason ? (
        <div className="meeting-facts__wide">
          <dt>
            <FormattedMessage id="meeting.changeReason" />
          </dt>
          <dd dir="auto">{meeting.changeReason}</dd>
        </div>
      ) : null}
      {meeting.minutesSpent !== null ? (
        <div>
          <dt>
            <FormattedMessage id="meeting.minutesSpent" />
          </dt>
          <dd>
            <FormattedMessage id="meeting.minutes" values={{ minutes: meeting.minutesSpent }} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
