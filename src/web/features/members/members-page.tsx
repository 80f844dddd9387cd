import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Page } from '../../components/page';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import type { Member } from '../../lib/types';
import { useNow } from '../../lib/use-now';
import { useProgram } from '../programs/programs-api';
import { MemberRow } from './member-row';
import { useMembers, useRemoveMembership, useUpdateMembership } from './members-api';

export function MembersPage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  const members = useMembers(programId);
  const update = useUpdateMembership(programId);
  const remove = useRemoveMembership(programId);
  const now = useNow();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const title = program.data
    ? intl.formatMessage({ id: 'members.title' }, { name: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });

  function change(member: Member, patch: { status?: Member['status']; role?: Member['role'] }, done: string) {
    setActionError(null);
    update.mutate(
      { membershipId: member.membershipId, ...patch },
      {
        onSuccess: () => setMessage(done),
        onError: (error) => setActionError(describeError(intl, error)),
      },
    );
  }

  return (
    <Page title={title}>
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <LoadError error={members.error} /> : null}
      <div role="alert">{actionError ? <p className="notice notice--error">{actionError}</p> : null}</div>
      <StatusMessage>{message}</StatusMessage>
      {members.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="members.empty" />
        </p>
      ) : null}
      {members.data && members.data.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="members-caption" tabIndex={0}>
          <table className="table members-table">
            <caption id="members-caption">
              <FormattedMessage id="members.caption" values={{ count: members.data.length }} />
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
              {members.data.map((member) => (
                <MemberRow
                  key={member.membershipId}
                  member={member}
                  now={now}
                  busy={update.isPending || remove.isPending}
                  onToggleStatus={() => {
                    const status = member.status === 'active' ? 'paused' : 'active';
                    change(member, { status }, intl.formatMessage({ id: `members.${status}Done` }, { name: member.name }));
                  }}
                  onSwapRole={() => {
                    const role = member.role === 'mentor' ? 'mentee' : 'mentor';
                    change(member, { role }, intl.formatMessage({ id: 'members.roleDone' }, { name: member.name, role }));
                  }}
                  onRemove={() => {
                    remove.reset();
                    setRemoving(member);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={<FormattedMessage id="members.removeTitle" values={{ name: removing?.name ?? '' }} />}
        confirmLabel={<FormattedMessage id="members.removeConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.name;
          remove.mutate(removing.membershipId, {
            onSuccess: () => {
              setRemoving(null);
              focusAfterRender('members-caption');
              setMessage(intl.formatMessage({ id: 'members.removed' }, { name }));
            },
          });
        }}
      >
        <p>
          <FormattedMessage id="members.removeBody" values={{ name: removing?.name ?? '' }} />
        </p>
      </ConfirmDialog>
    </Page>
  );
}
