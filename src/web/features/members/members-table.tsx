import { FormattedMessage } from 'react-intl';
import type { Member } from '../../lib/types';
import { MemberRow } from './member-row';

interface MembersTableProps {
  members: Member[];
  now: Date;
  busy: boolean;
  /** True while rows for newer filters load; the old rows stay, dimmed. */
  stale: boolean;
  onToggleStatus: (member: Member) => void;
  onSwapRole: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/** The members as a table in its own focusable scroll box; the name column stays put when it scrolls. */
export function MembersTable({ members, now, busy, stale, onToggleStatus, onSwapRole, onRemove }: MembersTableProps) {
  return (
    <div
      className={`table-scroll${stale ? ' table-scroll--stale' : ''}`}
      role="region"
      aria-labelledby="members-caption"
      tabIndex={0}
    >
      <table className="table members-table">
        <caption id="members-caption">
          <FormattedMessage id="members.caption" values={{ count: members.length }} />
        </caption>
        <thead>
          <tr>
            <th scope="col"><FormattedMessage id="members.colName" /></th>
            <th scope="col"><FormattedMessage id="members.colEmail" /></th>
            <th scope="col"><FormattedMessage id="members.colRole" /></th>
            <th scope="col"><FormattedMessage id="members.colStatus" /></th>
            <th scope="col"><FormattedMessage id="members.colLocalTime" /></th>
            <th scope="col"><FormattedMessage id="members.colJoined" /></th>
            <th scope="col"><FormattedMessage id="members.colActions" /></th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.membershipId}
              member={member}
              now={now}
              busy={busy}
              onToggleStatus={() => onToggleStatus(member)}
              onSwapRole={() => onSwapRole(member)}
              onRemove={() => onRemove(member)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
