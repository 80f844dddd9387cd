import { FormattedDate, FormattedMessage, FormattedTime } from 'react-intl';
import type { Member } from '../../lib/types';
import { hiddenTag } from '../../components/visually-hidden';
import { RoleLabel } from '../programs/role-label';

interface MemberRowProps {
  member: Member;
  now: Date;
  busy: boolean;
  onToggleStatus: () => void;
  onSwapRole: () => void;
  onRemove: () => void;
}

/** One membership: who, their role and status, their local time now, and what an admin can do. */
export function MemberRow({ member, now, busy, onToggleStatus, onSwapRole, onRemove }: MemberRowProps) {
  const values = { name: member.name, hidden: hiddenTag };
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
      <td>
        <div className="row-actions">
          <button type="button" className="button button--small button--secondary" disabled={busy} onClick={onToggleStatus}>
            <FormattedMessage
              id={member.status === 'active' ? 'members.pause' : 'members.resume'}
              values={values}
            />
          </button>
          {member.role !== 'admin' ? (
            <button type="button" className="button button--small button--secondary" disabled={busy} onClick={onSwapRole}>
              <FormattedMessage
                id={member.role === 'mentor' ? 'members.makeMentee' : 'members.makeMentor'}
                values={values}
              />
            </button>
          ) : null}
          <button type="button" className="button button--small button--danger-quiet" disabled={busy} onClick={onRemove}>
            <FormattedMessage id="members.remove" values={values} />
          </button>
        </div>
      </td>
    </tr>
  );
}
