import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormActions } from '../../components/form-actions';
import { StatusMessage } from '../../components/status';
import { useFormErrors } from '../../components/use-form-errors';
import type { Program } from '../../lib/types';
import { requiredProblem } from '../accounts/validation';
import { programFields, ProgramFields } from './program-fields';
import { useUpdateProgram } from './programs-api';

export function ProgramDetailsForm({ program }: { program: Program }) {
  const intl = useIntl();
  const form = useFormErrors('program-details', programFields);
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
        <ProgramFields
          form={form}
          name={name}
          onNameChange={setName}
          description={description}
          onDescriptionChange={setDescription}
        />
        <FormActions submitLabel="programEdit.saveDetails" pending={update.isPending} />
      </form>
    </section>
  );
}
