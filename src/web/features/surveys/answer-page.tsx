import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { describeError } from '../../lib/describe-error';
import type { SubmittedAnswers, SurveyRequest } from '../../lib/contracts';
import { useNow } from '../../lib/use-now';
import { AnswerForm } from './answer-form';
import { AnswerThanks } from './answer-thanks';
import { useSurveyRequest } from './surveys-api';

/** /surveys/:requestId — one survey to answer about one partnership. */
export function AnswerPage() {
  const intl = useIntl();
  const { requestId = '' } = useParams();
  const request = useSurveyRequest(requestId);
  const [result, setResult] = useState<SubmittedAnswers | null>(null);
  const [gone, setGone] = useState<string | null>(null);
  const title = request.data?.title ?? intl.formatMessage({ id: 'answerPage.loadingTitle' });

  return (
    <Page title={title} width="narrow" lede={request.data ? <Lede request={request.data} /> : undefined}>
      {request.isPending ? <Loading /> : null}
      {request.isError ? <LoadError error={request.error} /> : null}
      {request.data ? (
        result ? (
          <AnswerThanks request={request.data} result={result} />
        ) : (
          <Answerable request={request.data} gone={gone} onAnswered={setResult} onGone={(error) => setGone(describeError(intl, error))} />
        )
      ) : null}
    </Page>
  );
}

function Lede({ request }: { request: SurveyRequest }) {
  return (
    <>
      {request.intro ? <span className="answer-page__intro">{request.intro} </span> : null}
      <FormattedMessage
        id="answerPage.about"
        values={{
          partner: request.partnerName,
          program: request.programName,
          date: (
            <time dateTime={request.closesAt}>
              <FormattedDate value={request.closesAt} dateStyle="medium" />
            </time>
          ),
        }}
      />
    </>
  );
}

interface AnswerableProps {
  request: SurveyRequest;
  gone: string | null;
  onAnswered: (result: SubmittedAnswers) => void;
  onGone: (error: unknown) => void;
}

/** The form, unless the request is already answered or closed: then why, and the way back. */
function Answerable({ request, gone, onAnswered, onGone }: AnswerableProps) {
  const now = useNow();
  const closed = Date.parse(request.closesAt) <= now.getTime();
  const reason = gone ?? (request.answeredAt ? 'answered' : closed ? 'closed' : null);
  if (reason === null) return <AnswerForm request={request} onAnswered={onAnswered} onGone={onGone} />;
  return (
    <div className="notice notice--info" role="alert">
      <p>
        {reason === 'answered' && request.answeredAt ? (
          <FormattedMessage id="answerPage.answered" values={{ date: <FormattedDate value={request.answeredAt} dateStyle="medium" /> }} />
        ) : reason === 'closed' ? (
          <FormattedMessage id="answerPage.closed" values={{ date: <FormattedDate value={request.closesAt} dateStyle="medium" /> }} />
        ) : (
          reason
        )}
      </p>
      <p>
        <Link to={`/programs/${request.programId}`}>
          <FormattedMessage id="answerThanks.backToProgram" values={{ program: request.programName }} />
        </Link>
      </p>
    </div>
  );
}
