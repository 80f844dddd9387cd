import { FormattedMessage, useIntl } from 'react-intl';
import type { SurveyQuestion } from '../../lib/contracts';

/** A survey's questions once it has answers: read-only, with why and what to do instead. */
export function LockedQuestions({ questions, answered }: { questions: SurveyQuestion[]; answered: number }) {
  const intl = useIntl();
  return (
    <section className="section" aria-labelledby="locked-questions-title">
      <h2 id="locked-questions-title">
        <FormattedMessage id="surveyForm.questionsTitle" />
      </h2>
      <p className="notice notice--info">
        <FormattedMessage id="surveyForm.locked" values={{ count: answered }} />
      </p>
      <ol className="locked-questions">
        {questions.map((q) => (
          <li key={q.id}>
            <p className="locked-questions__prompt">{q.prompt}</p>
            <p className="muted">
              {intl.formatList(
                [
                  intl.formatMessage({ id: `survey.kind.${q.kind}` }),
                  intl.formatMessage({ id: q.required ? 'surveyForm.isRequired' : 'surveyForm.isOptional' }),
                  ...(q.measure ? [intl.formatMessage({ id: 'surveyForm.feeds' }, { measure: intl.formatMessage({ id: `survey.measure.${q.measure}` }) })] : []),
                ],
                { type: 'unit' },
              )}
            </p>
            {q.options.length ? (
              <ul className="locked-questions__options">
                {q.options.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
