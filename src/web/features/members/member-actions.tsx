import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { hiddenTag } from '../../components/visually-hidden';
import type { Member } from '../../lib/types';

interface MemberActionsProps {
  member: Member;
  /** While a change is being saved the items are disabled; the button stays focusable. */
  busy: boolean;
  onToggleStatus: () => void;
  onSwapRole: () => void;
  onRemove: () => void;
}

/** Id of a member's actions button, for putting focus back after a change. */
export const actionsButtonId = (member: Member) => `member-actions-${member.membershipId}`;

/**
 * One "Actions" button per row opening a menu (React Aria: arrow keys, Enter, Escape, typeahead).
 * The button reads "Actions for <name>" and names the menu, so its items need no name of their own.
 */
export function MemberActions({ member, busy, onToggleStatus, onSwapRole, onRemove }: MemberActionsProps) {
  const intl = useIntl();
  const label = (id: string) => intl.formatMessage({ id });
  return (
    <MenuTrigger>
      <Button id={actionsButtonId(member)} className="button button--small button--secondary menu-button">
        <FormattedMessage id="members.actions" values={{ name: member.name, hidden: hiddenTag }} />
        <svg className="menu-button__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </Button>
      <Popover placement="bottom end" className="menu-popover">
        <Menu className="menu">
          <MenuItem id="status" className="menu__item" isDisabled={busy} onAction={onToggleStatus}>
            {label(member.status === 'active' ? 'members.pause' : 'members.resume')}
          </MenuItem>
          {member.role !== 'admin' ? (
            <MenuItem id="role" className="menu__item" isDisabled={busy} onAction={onSwapRole}>
              {label(member.role === 'mentor' ? 'members.makeMentee' : 'members.makeMentor')}
            </MenuItem>
          ) : null}
          <MenuItem id="remove" className="menu__item menu__item--danger" isDisabled={busy} onAction={onRemove}>
            {label('members.remove')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
