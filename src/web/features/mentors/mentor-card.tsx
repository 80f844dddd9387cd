import { FormattedMessage, useIntl } from 'react-intl';
import { PersonTime } from '../../components/person-time';
import { hiddenTag } from '../../components/visually-hidden';
import type { MentorCard as Card } from '../../lib/contracts';
import { languageName, regionName } from '../../lib/format';
import type { Mark } from './mentors-api';
import { ScoreBreakdown } from './score-breakdown';
import { WeekBand } from './week-band';

interface MentorCardProps {
  card: Card;
  now: Date;
  busy: boolean;
  onRequest: (card: Card) => void;
  onOpenRequests: () => void;
  onMark: (card: Card, mark: Mark) => void;
}

export const cardHeadingId = (card: Pick<Card, 'mentorId'>) => `mentor-${card.mentorId}-name`;
export const requestButtonId = (card: Pick<Card, 'mentorId'>) => `mentor-${card.mentorId}-request`;

/** One mentor as a mentee sees them: who, where and their time now, the score and why, the week, and actions. */
export function MentorCard({ card, now, busy, onRequest, onOpenRequests, onMark }: MentorCardProps) {
  const intl = useIntl();
  const place = [card.city, card.country ? regionName(intl.locale, card.country) : null].filter(Boolean).join(', ');
  const list = (items: string[]) => intl.formatList(items, { type: 'conjunction' });
  const name = { name: card.name, hidden: hiddenTag };

  return (
    <article className="mentor-card" aria-labelledby={cardHeadingId(card)}>
      <header className="mentor-card__header">
        <div>
          <h3 id={cardHeadingId(card)} className="mentor-card__name" tabIndex={-1}>
            {card.name}
          </h3>
          {card.headline ? <p className="mentor-card__headline">{card.headline}</p> : null}
        </div>
        {card.score !== null ? (
          <p className="score">
            <FormattedMessage id="mentors.score" values={{ score: Math.round(card.score), strong: (c) => <strong>{c}</strong> }} />
          </p>
        ) : null}
      </header>
      {card.excludedBy ? (
        <p className="notice notice--warning mentor-card__excluded">
          <FormattedMessage id={`exclusion.${card.excludedBy}`} />
        </p>
      ) : null}
      <p className="mentor-card__meta">
        {place ? (
          <FormattedMessage id="mentors.placeAndTime" values={{ place, time: <PersonTime zone={card.timeZone} now={now} /> }} />
        ) : (
          <PersonTime zone={card.timeZone} now={now} />
        )}
      </p>
      <dl className="facts">
        {card.topics.length ? (
          <div>
            <dt><FormattedMessage id="mentors.topics" /></dt>
            <dd>{list(card.topics)}</dd>
          </div>
        ) : null}
        <div>
          <dt><FormattedMessage id="mentors.languages" /></dt>
          <dd>{list(card.languages.map((l) => languageName(intl.locale, l)))}</dd>
        </div>
        {card.channels.length ? (
          <div>
            <dt><FormattedMessage id="mentors.channels" /></dt>
            <dd>{list(card.channels.map((c) => intl.formatMessage({ id: `channel.${c}` })))}</dd>
          </div>
        ) : null}
        <div>
          <dt><FormattedMessage id="mentors.places" /></dt>
          <dd><FormattedMessage id="mentors.placesLeft" values={{ count: card.remainingCapacity }} /></dd>
        </div>
      </dl>
      {card.reasons.length ? (
        <>
          <h4 className="mentor-card__subtitle">
            <FormattedMessage id="mentors.why" />
          </h4>
          <ul className="reasons">
            {card.reasons.map((reason) => (
              <li key={reason.kind} className={`reason reason--${reason.kind}`}>
                {reason.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ScoreBreakdown breakdown={card.breakdown} />
      <WeekBand id={`mentor-${card.mentorId}-week`} week={card.week} overlapMinutesPerWeek={card.overlapMinutesPerWeek} />
      <div className="button-row mentor-card__actions">
        {card.requested ? (
          <button id={requestButtonId(card)} type="button" className="button button--secondary" onClick={onOpenRequests}>
            <span>
              <FormattedMessage id="mentors.requested" values={name} />
            </span>
          </button>
        ) : card.excludedBy === null ? (
          <button id={requestButtonId(card)} type="button" className="button button--primary" onClick={() => onRequest(card)}>
            <span>
              <FormattedMessage id="mentors.request" values={name} />
            </span>
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary toggle-button"
          aria-pressed={card.bookmarked}
          onClick={() => !busy && onMark(card, card.bookmarked ? null : 'bookmark')}
        >
          <svg className="toggle-button__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 2h8v12l-4-3-4 3z" fill={card.bookmarked ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          <span>
            <FormattedMessage id="mentors.bookmark" values={name} />
          </span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => !busy && onMark(card, card.hidden ? null : 'hide')}
        >
          <span>
            <FormattedMessage id={card.hidden ? 'mentors.unhide' : 'mentors.hide'} values={name} />
          </span>
        </button>
      </div>
    </article>
  );
}
