import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { TextAreaField, TextField } from '../../components/text-field';

/** The fields a program's details form checks, in the order of its error summary. */
export const programFields = ['name', 'description'] as const;
type ProgramField = (typeof programFields)[number];

interface ProgramFieldsProps {
  form: { fieldId: (name: ProgramField) => string; error: (name: ProgramField) => string | undefined };
  name: string;
  onNameChange: (name: string) => void;
  description: string;
  onDescriptionChange: (description: string) => void;
  /** A hint under the description field. */
  descriptionHint?: ReactNode;
}

/** A program's name and description, as both the new-program page and the edit page ask for them. */
export function ProgramFields({ form, name, onNameChange, description, onDescriptionChange, descriptionHint }: ProgramFieldsProps) {
  return (
    <>
      <TextField
        id={form.fieldId('name')}
        label={<FormattedMessage id="field.programName" />}
        required
        value={name}
        onChange={(e) => onNameChange(e.target.value)}
        error={form.error('name')}
      />
      <TextAreaField
        id={form.fieldId('description')}
        label={<FormattedMessage id="field.programDescription" />}
        description={descriptionHint}
        optional
        value={description}
        onChange={(e) => onDescriptionChange(e.target.value)}
        error={form.error('description')}
      />
    </>
  );
}
