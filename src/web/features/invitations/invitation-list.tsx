import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../components/data-table';
import { LoadError, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import type { Invitation } from '../../lib/types';
import { useNow } from '../../lib/use-now';
import { useInvitations, useRevokeInvitation } from './invitations-api';

function isActive(invitation: Invitation, now: number): boolean {
  return !invitation.revokedAt && (!invitation.expiresAt || Date.parse(invitation.expiresAt) > now);
}

/** The program's invitation links: who they are for, how often used, and a way to revoke them. */
export function InvitationList({ programId }: { programId: string }) {
  const intl = useIntl();
  const invitations = useInvitations(programId);
  const revoke = useRevokeInvitation(programId);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow(60_000).getTime();

  return (
    <section className="section" aria-labelledby="invitation-list-title">
      <h2 id="invitation-list-title">
        <FormattedMessage id="invite.listTitle" />
      </h2>
      <StatusMessage>{message}</StatusMessage>
      {invitations.isError ? <LoadError error={invitations.error} /> : null}
      {invitations.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="invite.listEmpty" />
        </p>
      ) : null}
      {invitations.data && invitations.data.length > 0 ? (
        <DataTable
          labelledBy="invitation-list-title"
          columns={['invite.colRole', 'invite.colCreated', 'invite.colExpires', 'invite.colUses', 'invite.colStatus', 'invite.colActions']}
        >
          {invitations.data.map((invitation) => {
            const active = isActive(invitation, now);
            return (
              <tr key={invitation.code}>
                <td><FormattedMessage id={`role.${invitation.role}`} /></td>
                <td className="cell--nowrap"><FormattedDate value={invitation.createdAt} dateStyle="medium" /></td>
                <td className="cell--nowrap">
                  {invitation.expiresAt ? (
                    <FormattedDate value={invitation.expiresAt} dateStyle="medium" />
                  ) : (
                    <FormattedMessage id="invite.never" />
                  )}
                </td>
                <td>{intl.formatNumber(invitation.uses ?? 0)}</td>
                <td>
                  <FormattedMessage id={active ? 'invite.statusActive' : invitation.revokedAt ? 'invite.statusRevoked' : 'invite.statusExpired'} />
                </td>
                <td>
                  {active ? (
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      disabled={revoke.isPending}
                      onClick={() =>
                        revoke.mutate(invitation.code, {
                          onSuccess: () => {
                            setMessage(intl.formatMessage({ id: 'invite.revoked' }));
                            focusAfterRender('invitation-list-title');
                          },
                          onError: (error) => setMessage(describeError(intl, error)),
                        })
                      }
                    >
                      <FormattedMessage
                        id="invite.revoke"
                        values={{ role: invitation.role, code: invitation.code, hidden: hiddenTag }}
                      />
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
    </section>
  );
}
