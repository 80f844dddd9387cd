import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { FormActions } from '../../components/form-actions';
import { Page } from '../../components/page';
import { useFormErrors } from '../../components/use-form-errors';
import { requiredProblem } from '../accounts/validation';
import { programFields, ProgramFields } from './program-fields';
import { useCreateProgram } from './programs-api';

export function NewProgramPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const form = useFormErrors('new-program', programFields);
  const create = useCreateProgram();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check({ name: requiredProblem(intl, name, 'validation.programNameRequired') })) return;
    create.mutate(
      { name: name.trim(), description: description.trim() },
      {
        onSuccess: (program) => void navigate(`/programs/${program.id}`),
        onError: (error) => form.fromApi(error),
      },
    );
  }

  return (
    <Page
      title={intl.formatMessage({ id: 'newProgram.title' })}
      lede={<FormattedMessage id="newProgram.lede" />}
      width="narrow"
    >
      {form.summary}
      <form onSubmit={submit} noValidate className="form">
        <ProgramFields
          form={form}
          name={name}
          onNameChange={setName}
          description={description}
          onDescriptionChange={setDescription}
          descriptionHint={<FormattedMessage id="field.programDescriptionHint" />}
        />
        <FormActions submitLabel="newProgram.submit" pending={create.isPending}>
          <Link to="/" className="button button--secondary">
            <FormattedMessage id="form.cancel" />
          </Link>
        </FormActions>
      </form>
    </Page>
  );
}
