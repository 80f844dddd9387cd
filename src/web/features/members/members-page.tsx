import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Page } from '../../components/page';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import type { Member } from '../../lib/types';
import { useNow } from '../../lib/use-now';
import { useProgram } from '../programs/programs-api';
import { actionsButtonId } from './member-actions';
import { filtersFrom, isFiltered, withFilters, type MemberFilters } from './member-filters';
import { MemberFiltersForm } from './member-filters-form';
import { MembersResults } from './members-results';
import { MembersTable } from './members-table';
import { useMembers, useRemoveMembership, useUpdateMembership } from './members-api';

/**
 * When a change takes a member's row away (removed, or no longer matching the filters) and
 * focus went with it, focus the table's caption, or the result count when no rows are left.
 * Checks for a few frames, since the refetched rows render shortly after the change succeeds.
 */
function refocusIfLost(member: Member, framesLeft = 10): void {
  requestAnimationFrame(() => {
    if (!document.getElementById(actionsButtonId(member))) {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) focusAfterRender(document.getElementById('members-caption') ? 'members-caption' : 'members-results');
      return;
    }
    if (framesLeft > 0) refocusIfLost(member, framesLeft - 1);
  });
}

export function MembersPage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const program = useProgram(programId);
  const members = useMembers(programId, filters);
  const update = useUpdateMembership(programId);
  const remove = useRemoveMembership(programId);
  const now = useNow();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const title = program.data
    ? intl.formatMessage({ id: 'members.title' }, { name: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });
  const counts = program.data?.counts;
  const total = counts ? counts.admins + counts.mentors + counts.mentees : null;
  const rows = members.data?.members;

  function applyFilters(patch: Partial<MemberFilters>) {
    // Replace, not push: Back should leave the page, not step through every keystroke.
    setParams((current) => withFilters(current, patch), { replace: true });
  }

  function change(member: Member, patch: { status?: Member['status']; role?: Member['role'] }, done: string) {
    setActionError(null);
    update.mutate(
      { membershipId: member.membershipId, ...patch },
      {
        onSuccess: () => {
          setMessage(done);
          refocusIfLost(member);
        },
        onError: (error) => setActionError(describeError(intl, error)),
      },
    );
  }

  return (
    <Page title={title} width="data">
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      <MemberFiltersForm filters={filters} onChange={applyFilters} />
      <MembersResults
        count={rows?.length ?? null}
        total={total}
        filtered={members.data ? isFiltered(members.data.filters) : false}
      />
      {members.isPending ? <Loading /> : null}
      {members.isError ? <LoadError error={members.error} /> : null}
      <div role="alert">{actionError ? <p className="notice notice--error">{actionError}</p> : null}</div>
      <StatusMessage>{message}</StatusMessage>
      {rows && rows.length > 0 ? (
        <MembersTable
          members={rows}
          now={now}
          busy={update.isPending || remove.isPending}
          stale={members.isPlaceholderData}
          onToggleStatus={(member) => {
            const status = member.status === 'active' ? 'paused' : 'active';
            change(member, { status }, intl.formatMessage({ id: `members.${status}Done` }, { name: member.name }));
          }}
          onSwapRole={(member) => {
            const role = member.role === 'mentor' ? 'mentee' : 'mentor';
            change(member, { role }, intl.formatMessage({ id: 'members.roleDone' }, { name: member.name, role }));
          }}
          onRemove={(member) => {
            remove.reset();
            setRemoving(member);
          }}
        />
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
          const member = removing;
          remove.mutate(member.membershipId, {
            onSuccess: () => {
              setRemoving(null);
              refocusIfLost(member);
              setMessage(intl.formatMessage({ id: 'members.removed' }, { name: member.name }));
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
