import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { SubmittedAnswers, SurveyRequest } from '../../lib/contracts';

/** After answering: thanks, who sees the answers, and for a mentee who said "not a good fit", the way to a new match. */
export function AnswerThanks({ request, result }: { request: SurveyRequest; result: SubmittedAnswers }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const offerNewMatch = result.notAFit && request.side === 'mentee';

  return (
    <section className="panel answer-thanks" aria-labelledby="answer-thanks-title">
      <h2 id="answer-thanks-title" ref={heading} tabIndex={-1}>
        <FormattedMessage id="answerThanks.title" />
      </h2>
      <p>
        <FormattedMessage id="answerThanks.private" values={{ partner: request.partnerName }} />
      </p>
      {offerNewMatch ? (
        <>
          <h3>
            <FormattedMessage id="answerThanks.newMatchTitle" />
          </h3>
          <p>
            <FormattedMessage id="answerThanks.newMatchBody" values={{ partner: request.partnerName }} />
          </p>
          <ul className="action-links">
            <li>
              <Link to={`/partnerships/${request.partnershipId}/ending`} className="button button--secondary">
                <FormattedMessage id="answerThanks.endLink" values={{ partner: request.partnerName }} />
              </Link>
            </li>
            <li>
              <Link to={`/programs/${request.programId}/mentors`} className="button button--primary">
                <FormattedMessage id="answerThanks.mentorsLink" />
              </Link>
            </li>
          </ul>
        </>
      ) : null}
      {result.notAFit && !offerNewMatch ? (
        <p>
          <FormattedMessage id="answerThanks.teamTold" />
        </p>
      ) : null}
      <p className="answer-thanks__back">
        <Link to={`/programs/${request.programId}`}>
          <FormattedMessage id="answerThanks.backToProgram" values={{ program: request.programName }} />
        </Link>
      </p>
    </section>
  );
}
