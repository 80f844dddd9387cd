import { FormattedMessage } from 'react-intl';
import type { ProgramRole } from '../../lib/types';

const roleMessage: Record<ProgramRole, string> = {
  admin: 'role.admin',
  mentor: 'role.mentor',
  mentee: 'role.mentee',
};

export function RoleLabel({ role }: { role: ProgramRole }) {
  return <FormattedMessage id={roleMessage[role]} />;
}

export function RoleList({ roles }: { roles: ProgramRole[] }) {
  return (
    <ul className="tag-list">
      {roles.map((role) => (
        <li key={role} className={`tag tag--${role}`}>
          <RoleLabel role={role} />
        </li>
      ))}
    </ul>
  );
}
