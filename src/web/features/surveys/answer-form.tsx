import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormErrors } from '../../components/use-form-errors';
import { isApiError } from '../../lib/api';
import type { AnswerValue, SubmittedAnswers, SurveyRequest } from '../../lib/contracts';
import { settle } from '../meetings/meetings-api';
import { AnswerControl } from './answer-control';
import { useSubmitAnswers } from './surveys-api';

interface AnswerFormProps {
  request: SurveyRequest;
  onAnswered: (result: SubmittedAnswers) => void;
  /** The request can no longer be answered (409 already_answered or survey_closed). */
  onGone: (error: unknown) => void;
}

const isBlank = (v: AnswerValue | undefined) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** The questions of one survey request, each with its control; required ones are checked before sending. */
export function AnswerForm({ request, onAnswered, onGone }: AnswerFormProps) {
  const intl = useIntl();
  const submitAnswers = useSubmitAnswers(request.id);
  const names = ['answers', ...request.questions.map((_, i) => `answers.${i}.value`)];
  const form = useFormErrors('answer', names);
  const [values, setValues] = useState<Record<string, AnswerValue>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    if (submitAnswers.isPending) return;
    const missing = Object.fromEntries(
      request.questions.map((q, i) => [`answers.${i}.value`, q.required && isBlank(values[q.id]) ? intl.formatMessage({ id: 'answerForm.required' }, { n: i + 1 }) : null]),
    );
    if (!form.check(missing)) return;
    // One answer per question, in question order, so the server's answers.N is question N.
    const answers = request.questions.map((q) => {
      const value = values[q.id];
      return { questionId: q.id, value: isBlank(value) ? null : typeof value === 'string' ? value.trim() : (value ?? null) };
    });
    settle(submitAnswers.mutateAsync({ answers }), onAnswered, (error) => {
      if (isApiError(error, 'already_answered') || isApiError(error, 'survey_closed')) onGone(error);
      else form.fromApi(error);
    });
  }

  return (
    <form className="form answer-form" onSubmit={submit} noValidate aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">
        <FormattedMessage id="answerForm.title" values={{ count: request.questions.length }} />
      </h2>
      <p className="muted">
        <FormattedMessage id="answerForm.private" values={{ partner: request.partnerName }} />
      </p>
      {form.summary}
      {request.questions.map((q, i) => (
        <AnswerControl
          key={q.id}
          question={q}
          id={form.fieldId(`answers.${i}.value`)}
          value={values[q.id] ?? null}
          error={form.error(`answers.${i}.value`)}
          onChange={(value) => setValues((v) => ({ ...v, [q.id]: value }))}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={submitAnswers.isPending}>
          <FormattedMessage id="answerForm.submit" />
        </button>
      </div>
    </form>
  );
}
