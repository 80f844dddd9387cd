import { FormattedMessage } from 'react-intl';
import { DataTable } from '../../components/data-table';
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
    <DataTable
      labelledBy="members-caption"
      regionClassName={stale ? 'table-scroll--stale' : undefined}
      className="members-table"
      caption={<FormattedMessage id="members.caption" values={{ count: members.length }} />}
      columns={[
        'members.colName',
        'members.colEmail',
        'members.colRole',
        'members.colStatus',
        'members.colLocalTime',
        'members.colJoined',
        'members.colActions',
      ]}
    >
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
    </DataTable>
  );
}
