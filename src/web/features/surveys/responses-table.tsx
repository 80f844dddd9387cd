import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { SurveyQuestion, SurveyResponse } from '../../lib/contracts';
import { answerText } from './answer-text';

/** Each response as a row: who, which side and pair, when, then one column per question. */
export function ResponsesTable({ questions, responses }: { questions: SurveyQuestion[]; responses: SurveyResponse[] }) {
  const intl = useIntl();
  const fixed = ['surveyAnswers.colRespondent', 'surveyAnswers.colSide', 'surveyAnswers.colPair', 'surveyAnswers.colDistance', 'surveyAnswers.colSubmitted'];
  return (
    <div className="table-scroll" role="region" aria-labelledby="responses-caption" tabIndex={0}>
      <table className="table responses-table">
        <caption id="responses-caption">
          <FormattedMessage id="surveyAnswers.caption" values={{ count: responses.length }} />
        </caption>
        <thead>
          <tr>
            {fixed.map((id) => (
              <th key={id} scope="col">
                <FormattedMessage id={id} />
              </th>
            ))}
            {questions.map((q) => (
              <th key={q.id} scope="col">
                {q.prompt}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => {
            const answers = new Map(r.answers.map((a) => [a.questionId, a.value]));
            return (
              <tr key={r.id}>
                <th scope="row">{r.respondentName}</th>
                <td>{intl.formatMessage({ id: `role.${r.side}` })}</td>
                <td>
                  <FormattedMessage id="surveyAnswers.pair" values={{ mentee: r.menteeName, mentor: r.mentorName }} />
                </td>
                <td>{intl.formatMessage({ id: `distance.${r.distanceClass}` })}</td>
                <td className="cell--nowrap">
                  <time dateTime={r.submittedAt}>
                    <FormattedDate value={r.submittedAt} dateStyle="medium" timeStyle="short" />
                  </time>
                </td>
                {questions.map((q) => (
                  <td key={q.id}>{answerText(intl, answers.get(q.id))}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
