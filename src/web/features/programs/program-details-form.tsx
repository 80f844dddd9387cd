import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Program } from '../../lib/types';
import { requiredProblem } from '../accounts/validation';
import { useUpdateProgram } from './programs-api';

const fields = ['name', 'description'] as const;

export function ProgramDetailsForm({ program }: { program: Program }) {
  const intl = useIntl();
  const form = useFormErrors('program-details', fields);
  const update = useUpdateProgram(program.id);
  const [name, setName] = useState(program.name);
  const [description, setDescription] = useState(program.description);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    if (!form.check({ name: requiredProblem(intl, name, 'validation.programNameRequired') })) return;
    update.mutate(
      { name: name.trim(), description: description.trim() },
      { onError: (error) => form.fromApi(error) },
    );
  }

  return (
    <section className="section" aria-labelledby="details-title">
      <h2 id="details-title">
        <FormattedMessage id="programEdit.details" />
      </h2>
      {form.summary}
      <StatusMessage>{update.isSuccess ? <FormattedMessage id="programEdit.saved" /> : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id={form.fieldId('name')}
          label={<FormattedMessage id="field.programName" />}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <TextAreaField
          id={form.fieldId('description')}
          label={<FormattedMessage id="field.programDescription" />}
          optional
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={form.error('description')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            <FormattedMessage id="programEdit.saveDetails" />
          </button>
        </div>
      </form>
    </section>
  );
}
