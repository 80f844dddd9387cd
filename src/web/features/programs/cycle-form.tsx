import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Cycle } from '../../lib/types';
import { requiredProblem } from '../accounts/validation';
import { cycleDateFields, type CycleDateField } from './cycle-phase';
import type { CycleInput } from './programs-api';

const fields = ['name', ...cycleDateFields] as const;

const labels: Record<CycleDateField, string> = {
  enrolmentOpensOn: 'cycle.enrolmentOpensOn',
  matchingStartsOn: 'cycle.matchingStartsOn',
  mentoringStartsOn: 'cycle.mentoringStartsOn',
  closesOn: 'cycle.closesOn',
};

function dateProblems(intl: IntlShape, values: CycleInput): Partial<Record<CycleDateField, string>> {
  const problems: Partial<Record<CycleDateField, string>> = {};
  cycleDateFields.forEach((field, index) => {
    const value = values[field];
    const previousField = cycleDateFields[index - 1];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      problems[field] = intl.formatMessage({ id: 'validation.dateRequired' }, { field: intl.formatMessage({ id: labels[field] }) });
    } else if (previousField && values[previousField] && value < values[previousField]) {
      problems[field] = intl.formatMessage(
        { id: 'validation.dateOrder' },
        {
          field: intl.formatMessage({ id: labels[field] }),
          previous: intl.formatMessage({ id: labels[previousField] }),
        },
      );
    }
  });
  return problems;
}

interface CycleFormProps {
  formId: string;
  initial?: Cycle;
  submitLabel: React.ReactNode;
  pending: boolean;
  onSubmit: (input: CycleInput, onError: (error: unknown) => void) => void;
  onCancel?: () => void;
  /** Focus the first field when the form opens in place of the button that opened it. */
  autoFocus?: boolean;
}

/** Name and the four stage dates of a cycle; checks their order before asking the server. */
export function CycleForm({ formId, initial, submitLabel, pending, onSubmit, onCancel, autoFocus }: CycleFormProps) {
  const intl = useIntl();
  const form = useFormErrors(formId, fields);
  const [values, setValues] = useState<CycleInput>({
    name: initial?.name ?? '',
    enrolmentOpensOn: initial?.enrolmentOpensOn ?? '',
    matchingStartsOn: initial?.matchingStartsOn ?? '',
    mentoringStartsOn: initial?.mentoringStartsOn ?? '',
    closesOn: initial?.closesOn ?? '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const ok = form.check({
      name: requiredProblem(intl, values.name, 'validation.cycleNameRequired'),
      ...dateProblems(intl, values),
    });
    if (!ok) return;
    onSubmit({ ...values, name: values.name.trim() }, (error) => form.fromApi(error));
  }

  return (
    <form onSubmit={submit} noValidate className="form cycle-form">
      {form.summary}
      <TextField
        id={form.fieldId('name')}
        label={<FormattedMessage id="cycle.name" />}
        description={<FormattedMessage id="cycle.nameHint" />}
        required
        autoFocus={autoFocus}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={form.error('name')}
      />
      <div className="date-grid">
        {cycleDateFields.map((field) => (
          <TextField
            key={field}
            id={form.fieldId(field)}
            label={<FormattedMessage id={labels[field]} />}
            type="date"
            required
            value={values[field]}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            error={form.error(field)}
          />
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            <FormattedMessage id="form.cancel" />
          </button>
        ) : null}
      </div>
    </form>
  );
}
