import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell, TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Survey, SurveyTrigger } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import { LockedQuestions } from './locked-questions';
import { QuestionFields } from './question-fields';
import {
  draftOf,
  emptyDraft,
  fieldNames,
  inputOf,
  moveQuestion,
  newQuestion,
  problemsOf,
  surveyAudiences,
  surveyTriggers,
  toFormFields,
  type QuestionDraft,
  type SurveyDraft,
} from './survey-draft';
import { useSaveSurvey } from './surveys-api';

interface SurveyFormProps {
  programId: string;
  /** The survey being changed; null for a new one. */
  survey: Survey | null;
  onSaved: (survey: Survey) => void;
}

const MAX_QUESTIONS = 30;

/** A survey's editor. Once anyone has answered, its questions are locked and only the rest changes. */
export function SurveyForm({ programId, survey, onSaved }: SurveyFormProps) {
  const intl = useIntl();
  const save = useSaveSurvey(programId, survey?.id ?? null);
  const [draft, setDraft] = useState<SurveyDraft>(() => (survey ? draftOf(survey) : emptyDraft()));
  const locked = (survey?.answered ?? 0) > 0;
  const names = fieldNames(draft.questions.length);
  const form = useFormErrors('survey', names);
  const set = <K extends keyof SurveyDraft>(key: K, value: SurveyDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setQuestions = (questions: QuestionDraft[]) => set('questions', questions);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const problems = Object.fromEntries(Object.entries(problemsOf(draft)).map(([field, id]) => [field, intl.formatMessage({ id })]));
    if (!form.check(locked ? { title: problems.title, everyWeeks: problems.everyWeeks } : problems)) return;
    // Locked questions go back exactly as they are: the server refuses any change to them.
    const input = locked && survey ? { ...inputOf(draft), questions: inputOf(draftOf(survey)).questions } : inputOf(draft);
    settle(save.mutateAsync(input), onSaved, (error) => form.fromApi(toFormFields(error, names), { survey_has_answers: 'questions' }));
  }

  function move(index: number, by: -1 | 1) {
    const question = draft.questions[index]!;
    setQuestions(moveQuestion(draft.questions, index, by));
    // Focus stays on the button just used, or on its opposite once the question reaches an end.
    const to = index + by;
    const hasUp = to > 0;
    const hasDown = to < draft.questions.length - 1;
    const button = by === -1 ? (hasUp ? 'up' : 'down') : hasDown ? 'down' : 'up';
    focusAfterRender(`${question.key}-${button}`);
  }

  function remove(index: number) {
    const next = draft.questions.filter((_, i) => i !== index);
    setQuestions(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfterRender(neighbour ? `${neighbour.key}-fieldset` : 'survey-add-question');
  }

  function add() {
    const question = newQuestion();
    setQuestions([...draft.questions, question]);
    focusAfterRender(form.fieldId(`questions.${draft.questions.length}.prompt`));
  }

  return (
    <form className="form survey-form" onSubmit={submit} noValidate aria-labelledby="survey-form-title">
      <h2 id="survey-form-title">
        <FormattedMessage id="surveyForm.aboutTitle" />
      </h2>
      {form.summary}
      <TextField
        id={form.fieldId('title')}
        label={<FormattedMessage id="surveyForm.title" />}
        maxLength={120}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={form.error('title')}
      />
      <TextAreaField
        id={form.fieldId('intro')}
        label={<FormattedMessage id="surveyForm.intro" />}
        description={<FormattedMessage id="surveyForm.introHint" />}
        optional
        rows={3}
        maxLength={1000}
        value={draft.intro}
        onChange={(e) => set('intro', e.target.value)}
        error={form.error('intro')}
      />
      <div className="survey-form__row">
        <FieldShell id={form.fieldId('trigger')} label={<FormattedMessage id="surveyForm.trigger" />} error={form.error('trigger')}>
          {(describedBy) => (
            <select
              id={form.fieldId('trigger')}
              className="field__control"
              aria-describedby={describedBy}
              value={draft.trigger}
              onChange={(e) => set('trigger', e.target.value as SurveyTrigger)}
            >
              {surveyTriggers.map((t) => (
                <option key={t} value={t}>
                  {intl.formatMessage({ id: `surveyForm.triggerOption.${t}` })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        {draft.trigger === 'every-n-weeks' ? (
          <TextField
            id={form.fieldId('everyWeeks')}
            label={<FormattedMessage id="surveyForm.everyWeeks" />}
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={draft.everyWeeks}
            onChange={(e) => set('everyWeeks', e.target.value)}
            error={form.error('everyWeeks')}
          />
        ) : null}
        <FieldShell id={form.fieldId('audience')} label={<FormattedMessage id="surveyForm.audience" />} error={form.error('audience')}>
          {(describedBy) => (
            <select
              id={form.fieldId('audience')}
              className="field__control"
              aria-describedby={describedBy}
              value={draft.audience}
              onChange={(e) => set('audience', surveyAudiences.find((a) => a === e.target.value) ?? 'both')}
            >
              {surveyAudiences.map((a) => (
                <option key={a} value={a}>
                  {intl.formatMessage({ id: `survey.audience.${a}` })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      </div>
      <label className="choice switch">
        <input id={form.fieldId('active')} type="checkbox" role="switch" checked={draft.active} onChange={(e) => set('active', e.target.checked)} />
        <span>
          <FormattedMessage id="surveyForm.active" />
        </span>
      </label>
      {locked && survey ? (
        <LockedQuestions questions={survey.questions} answered={survey.answered} />
      ) : (
        <section className="section" aria-labelledby="survey-questions-title">
          <h2 id="survey-questions-title" tabIndex={-1}>
            <FormattedMessage id="surveyForm.questionsTitle" />
          </h2>
          {form.error('questions') ? (
            <p className="field__error" id={form.fieldId('questions')} tabIndex={-1}>
              {form.error('questions')}
            </p>
          ) : null}
          <ol className="question-list">
            {draft.questions.map((question, index) => (
              <li key={question.key}>
                <QuestionFields
                  question={question}
                  index={index}
                  count={draft.questions.length}
                  fieldId={form.fieldId}
                  error={form.error}
                  onChange={(q) => setQuestions(draft.questions.map((x) => (x.key === q.key ? q : x)))}
                  onMove={(by) => move(index, by)}
                  onRemove={() => remove(index)}
                />
              </li>
            ))}
          </ol>
          {draft.questions.length < MAX_QUESTIONS ? (
            <button type="button" id="survey-add-question" className="button button--secondary" onClick={add}>
              <FormattedMessage id="surveyForm.addQuestion" />
            </button>
          ) : null}
        </section>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          <FormattedMessage id={survey ? 'surveyForm.save' : 'surveyForm.create'} />
        </button>
      </div>
    </form>
  );
}
