import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { requiredProblem } from '../accounts/validation';
import { useCreateProgram } from './programs-api';

const fields = ['name', 'description'] as const;

export function NewProgramPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const form = useFormErrors('new-program', fields);
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
          description={<FormattedMessage id="field.programDescriptionHint" />}
          optional
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={form.error('description')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            <FormattedMessage id="newProgram.submit" />
          </button>
          <Link to="/" className="button button--secondary">
            <FormattedMessage id="form.cancel" />
          </Link>
        </div>
      </form>
    </Page>
  );
}
