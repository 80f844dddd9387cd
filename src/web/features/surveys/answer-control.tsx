import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldError, TextAreaField } from '../../components/text-field';
import type { AnswerValue, SurveyQuestion } from '../../lib/contracts';

interface AnswerControlProps {
  question: SurveyQuestion;
  /** The id the error summary links to (the fieldset, or the text area). */
  id: string;
  value: AnswerValue;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}

const scale = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The control a question's kind asks for: a scale or yes/no as radios, choices as radios or checkboxes, text as a text area. */
export function AnswerControl({ question, id, value, error, onChange }: AnswerControlProps) {
  const intl = useIntl();
  const need = <FormattedMessage id={question.required ? 'form.required' : 'form.optional'} />;

  switch (question.kind) {
    case 'text':
      return (
        <TextAreaField
          id={id}
          label={
            <>
              {question.prompt} <span className="field__optional">{need}</span>
            </>
          }
          rows={4}
          maxLength={5000}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          error={error}
        />
      );
    case 'rating':
    case 'recommend': {
      const [from, to] = question.kind === 'rating' ? [1, 5] : [0, 10];
      return (
        <ChoiceGroup id={id} prompt={question.prompt} need={need} error={error} hint={<FormattedMessage id={`answerForm.scaleHint.${question.kind}`} />} scale>
          {scale(from, to).map((n) => (
            <Choice key={n} type="radio" name={id} checked={value === n} onChange={() => onChange(n)}>
              <FormattedMessage id={`answerForm.scaleValue.${question.kind}`} values={{ n }} />
            </Choice>
          ))}
        </ChoiceGroup>
      );
    }
    case 'yes-no':
      return (
        <ChoiceGroup id={id} prompt={question.prompt} need={need} error={error}>
          {[true, false].map((yes) => (
            <Choice key={String(yes)} type="radio" name={id} checked={value === yes} onChange={() => onChange(yes)}>
              {intl.formatMessage({ id: yes ? 'surveyAnswers.yes' : 'surveyAnswers.no' })}
            </Choice>
          ))}
        </ChoiceGroup>
      );
    case 'single':
      return (
        <ChoiceGroup id={id} prompt={question.prompt} need={need} error={error}>
          {question.options.map((option) => (
            <Choice key={option} type="radio" name={id} checked={value === option} onChange={() => onChange(option)}>
              {option}
            </Choice>
          ))}
        </ChoiceGroup>
      );
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <ChoiceGroup id={id} prompt={question.prompt} need={need} error={error} hint={<FormattedMessage id="answerForm.multipleHint" />}>
          {question.options.map((option) => (
            <Choice
              key={option}
              type="checkbox"
              name={id}
              checked={chosen.includes(option)}
              onChange={(on) => onChange(question.options.filter((o) => (o === option ? on : chosen.includes(o))))}
            >
              {option}
            </Choice>
          ))}
        </ChoiceGroup>
      );
    }
  }
}

interface ChoiceGroupProps {
  id: string;
  prompt: string;
  need: ReactNode;
  error: string | undefined;
  hint?: ReactNode;
  /** A numeric scale: its choices sit in one row that wraps. */
  scale?: boolean;
  children: ReactNode;
}

/** A fieldset whose legend is the question, with its hint and error tied to it. */
function ChoiceGroup({ id, prompt, need, error, hint, scale: isScale, children }: ChoiceGroupProps) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} tabIndex={-1} className={`fieldset answer-group${error ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="field__label">
        {prompt} <span className="field__optional">{need}</span>
      </legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <div className={isScale ? 'choice-row answer-scale' : 'choice-column'}>{children}</div>
    </fieldset>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
}

function Choice({ type, name, checked, onChange, children }: ChoiceProps) {
  return (
    <label className="choice">
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
