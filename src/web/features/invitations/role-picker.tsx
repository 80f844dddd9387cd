import { FormattedMessage } from 'react-intl';
import type { ParticipantRole } from '../../lib/types';

interface RolePickerProps {
  name: string;
  value: ParticipantRole;
  onChange: (role: ParticipantRole) => void;
  legend: React.ReactNode;
}

/** Mentor or mentee, as a native radio group (arrow keys move between the two). */
export function RolePicker({ name, value, onChange, legend }: RolePickerProps) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className="choice-row">
        {(['mentee', 'mentor'] as const).map((role) => (
          <label key={role} className="choice">
            <input
              type="radio"
              name={name}
              value={role}
              checked={value === role}
              onChange={() => onChange(role)}
            />
            <span>
              <FormattedMessage id={`role.${role}`} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
