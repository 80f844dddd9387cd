import { FormattedDate, FormattedMessage, FormattedTime } from 'react-intl';
import type { Member } from '../../lib/types';
import { RoleLabel } from '../programs/role-label';
import { MemberActions } from './member-actions';

interface MemberRowProps {
  member: Member;
  now: Date;
  busy: boolean;
  onToggleStatus: () => void;
  onSwapRole: () => void;
  onRemove: () => void;
}

/** One membership: who, their role and status, their local time now, and what an admin can do. */
export function MemberRow({ member, now, ...actions }: MemberRowProps) {
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td className="cell--email">{member.email}</td>
      <td>
        <RoleLabel role={member.role} />
      </td>
      <td>
        <span className={`status status--${member.status}`}>
          <FormattedMessage id={`members.status.${member.status}`} />
        </span>
      </td>
      <td className="cell--nowrap">
        <FormattedTime value={now} timeZone={member.timeZone} hour="numeric" minute="2-digit" />
        <span className="cell__sub">{member.timeZone.replaceAll('_', ' ')}</span>
      </td>
      <td className="cell--nowrap">
        <FormattedDate value={member.joinedAt} dateStyle="medium" />
      </td>
      <td className="cell--actions">
        <MemberActions member={member} {...actions} />
      </td>
    </tr>
  );
}
