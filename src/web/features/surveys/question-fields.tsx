import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell, TextField } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import type { QuestionKind, SurveyMeasure } from '../../lib/contracts';
import { OptionsEditor } from './options-editor';
import { hasOptions, measureKind, questionKinds, surveyMeasures, withKind, type QuestionDraft } from './survey-draft';

interface QuestionFieldsProps {
  question: QuestionDraft;
  index: number;
  count: number;
  fieldId: (name: string) => string;
  error: (name: string) => string | undefined;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One question of the survey editor: kind, wording, choices, whether it must be answered and what it measures. */
export function QuestionFields({ question, index, count, fieldId, error, onChange, onMove, onRemove }: QuestionFieldsProps) {
  const intl = useIntl();
  const name = (field: string) => `questions.${index}.${field}`;
  const label = intl.formatMessage({ id: 'surveyForm.questionN' }, { n: index + 1 });
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...question, ...patch });

  return (
    <fieldset className="fieldset question-fields" id={`${question.key}-fieldset`} tabIndex={-1}>
      <legend className="question-fields__legend">{label}</legend>
      <div className="question-fields__row">
        <FieldShell id={fieldId(name('kind'))} label={<FormattedMessage id="surveyForm.kind" />} error={error(name('kind'))}>
          {(describedBy) => (
            <select
              id={fieldId(name('kind'))}
              className="field__control"
              aria-describedby={describedBy}
              value={question.kind}
              onChange={(e) => onChange(withKind(question, e.target.value as QuestionKind))}
            >
              {questionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {intl.formatMessage({ id: `survey.kind.${kind}` })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell
          id={fieldId(name('measure'))}
          label={<FormattedMessage id="surveyForm.measure" />}
          description={<FormattedMessage id="surveyForm.measureHint" />}
          error={error(name('measure'))}
        >
          {(describedBy) => (
            <select
              id={fieldId(name('measure'))}
              className="field__control"
              aria-describedby={describedBy}
              value={question.measure ?? ''}
              onChange={(e) => {
                const measure = surveyMeasures.find((m) => m === e.target.value) ?? null;
                onChange(measure ? withKind({ ...question, measure }, measureKind[measure]) : { ...question, measure });
              }}
            >
              <option value="">{intl.formatMessage({ id: 'survey.measure.none' })}</option>
              {surveyMeasures.map((measure: SurveyMeasure) => (
                <option key={measure} value={measure}>
                  {intl.formatMessage({ id: `survey.measure.${measure}` })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      </div>
      <TextField
        id={fieldId(name('prompt'))}
        label={<FormattedMessage id="surveyForm.prompt" />}
        maxLength={300}
        value={question.prompt}
        onChange={(e) => set({ prompt: e.target.value })}
        error={error(name('prompt'))}
      />
      {hasOptions(question.kind) ? (
        <OptionsEditor
          id={fieldId(name('options'))}
          questionLabel={label}
          options={question.options}
          error={error(name('options'))}
          onChange={(options) => set({ options })}
        />
      ) : null}
      <label className="choice">
        <input id={fieldId(name('required'))} type="checkbox" checked={question.required} onChange={(e) => set({ required: e.target.checked })} />
        <span>
          <FormattedMessage id="surveyForm.required" />
        </span>
      </label>
      <div className="button-row question-fields__actions">
        {index > 0 ? (
          <button type="button" id={`${question.key}-up`} className="button button--secondary button--small" onClick={() => onMove(-1)}>
            <FormattedMessage id="surveyForm.moveUp" values={{ question: label, hidden: hiddenTag }} />
          </button>
        ) : null}
        {index < count - 1 ? (
          <button type="button" id={`${question.key}-down`} className="button button--secondary button--small" onClick={() => onMove(1)}>
            <FormattedMessage id="surveyForm.moveDown" values={{ question: label, hidden: hiddenTag }} />
          </button>
        ) : null}
        {count > 1 ? (
          <button type="button" className="button button--danger-quiet button--small" onClick={onRemove}>
            <FormattedMessage id="surveyForm.removeQuestion" values={{ question: label, hidden: hiddenTag }} />
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
