import { FormattedMessage } from 'react-intl';
import { TextField } from '../../components/text-field';
import { minPasswordLength } from './validation';

/** The parts of `useFormErrors` a field needs: its id and its error. */
interface FieldErrors<F extends string> {
  fieldId: (name: F) => string;
  error: (name: F) => string | undefined;
}

interface AccountFieldProps<F extends string> {
  form: FieldErrors<F>;
  value: string;
  onChange: (value: string) => void;
}

/** The account's email address: the form's `email` field. */
export function EmailField({ form, value, onChange }: AccountFieldProps<'email'>) {
  return (
    <TextField
      id={form.fieldId('email')}
      label={<FormattedMessage id="field.email" />}
      type="email"
      autoComplete="email"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={form.error('email')}
    />
  );
}

interface PasswordFieldProps extends AccountFieldProps<'password'> {
  label: 'field.password' | 'field.newPassword';
  /** `new`: a password being chosen, with the length rule as its hint. */
  purpose: 'current' | 'new';
}

/** The account's password, current or being chosen: the form's `password` field. */
export function PasswordField({ form, label, purpose, value, onChange }: PasswordFieldProps) {
  return (
    <TextField
      id={form.fieldId('password')}
      label={<FormattedMessage id={label} />}
      description={
        purpose === 'new' ? <FormattedMessage id="field.passwordHint" values={{ min: minPasswordLength }} /> : undefined
      }
      type="password"
      autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={form.error('password')}
    />
  );
}
