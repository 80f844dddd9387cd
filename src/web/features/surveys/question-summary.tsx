import { FormattedMessage, useIntl } from 'react-intl';
import type { QuestionSummary, SurveyQuestion } from '../../lib/contracts';
import { summaryValueText } from './answer-text';

/** One question's answers in short: how many answered, the mean of numbers, and a count per value. */
export function QuestionSummaryView({ question, summary, index }: { question: SurveyQuestion; summary: QuestionSummary; index: number }) {
  const intl = useIntl();
  const captionId = `summary-${question.id}`;
  return (
    <li className="question-summary">
      <h3 className="question-summary__prompt">
        <FormattedMessage id="surveyAnswers.questionHeading" values={{ n: index + 1, prompt: question.prompt }} />
      </h3>
      <p>
        <FormattedMessage id="surveyAnswers.answeredCount" values={{ count: summary.answered }} />
        {summary.mean !== null ? (
          <>
            {' '}
            <FormattedMessage id="surveyAnswers.mean" values={{ mean: intl.formatNumber(summary.mean, { maximumFractionDigits: 2 }) }} />
          </>
        ) : null}
      </p>
      {summary.counts.length > 0 ? (
        <div className="table-scroll table-scroll--compact" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact">
            <caption id={captionId}>
              <FormattedMessage id="surveyAnswers.countsCaption" values={{ n: index + 1 }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="surveyAnswers.colAnswer" />
                </th>
                <th scope="col">
                  <FormattedMessage id="surveyAnswers.colCount" />
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.counts.map((c) => (
                <tr key={c.value}>
                  <th scope="row">{summaryValueText(intl, c.value)}</th>
                  <td>{intl.formatNumber(c.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
