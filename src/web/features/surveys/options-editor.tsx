import { FormattedMessage } from 'react-intl';
import { FieldError } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { focusAfterRender } from '../../lib/focus';

interface OptionsEditorProps {
  /** The fieldset's id (the field errors link to it). */
  id: string;
  /** Which question, in words, for the buttons' names ("Question 2"). */
  questionLabel: string;
  options: string[];
  error: string | undefined;
  onChange: (options: string[]) => void;
}

const MAX_OPTIONS = 12;

/** The choices of a single- or multiple-choice question: one text field each, added and removed in place. */
export function OptionsEditor({ id, questionLabel, options, error, onChange }: OptionsEditorProps) {
  const errorId = `${id}-error`;
  const optionId = (i: number) => `${id}-${i}`;

  function remove(i: number) {
    onChange(options.filter((_, j) => j !== i));
    focusAfterRender(options.length > 1 ? optionId(Math.max(0, i - 1)) : `${id}-add`);
  }

  return (
    <fieldset className={`fieldset options-editor${error ? ' field--invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">
        <FormattedMessage id="surveyForm.options" />
      </legend>
      <FieldError id={errorId} error={error} />
      <ol className="options-editor__list">
        {options.map((option, i) => (
          <li key={i} className="options-editor__row">
            <label className="visually-hidden" htmlFor={optionId(i)}>
              <FormattedMessage id="surveyForm.optionLabel" values={{ n: i + 1, question: questionLabel }} />
            </label>
            <input
              id={optionId(i)}
              className="field__control"
              maxLength={120}
              value={option}
              onChange={(e) => onChange(options.map((o, j) => (j === i ? e.target.value : o)))}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => remove(i)}>
              <FormattedMessage id="surveyForm.removeOption" values={{ n: i + 1, question: questionLabel, hidden: hiddenTag }} />
            </button>
          </li>
        ))}
      </ol>
      {options.length < MAX_OPTIONS ? (
        <button
          type="button"
          id={`${id}-add`}
          className="button button--secondary button--small"
          onClick={() => {
            onChange([...options, '']);
            focusAfterRender(optionId(options.length));
          }}
        >
          <FormattedMessage id="surveyForm.addOption" values={{ question: questionLabel, hidden: hiddenTag }} />
        </button>
      ) : null}
    </fieldset>
  );
}
