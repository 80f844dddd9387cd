import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import type { ParticipantRole } from '../../lib/types';
import { useProgram } from '../programs/programs-api';
import { CsvImportForm } from './csv-import-form';
import { InvitationList } from './invitation-list';
import { InviteEmailsForm } from './invite-emails-form';
import { InviteLinkSection } from './invite-link-section';
import { RolePicker } from './role-picker';

export function InvitePage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const { data: program, isPending, isError, error } = useProgram(programId);
  const [role, setRole] = useState<ParticipantRole>('mentee');

  const title = program
    ? intl.formatMessage({ id: 'invite.title' }, { name: program.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });

  return (
    <Page title={title}>
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {isPending ? <Loading /> : null}
      {isError ? <LoadError error={error} /> : null}
      {program && !program.myRoles.includes('admin') ? (
        <p role="alert" className="notice notice--error">
          <FormattedMessage id="error.adminOnly" />
        </p>
      ) : null}
      {program?.myRoles.includes('admin') ? (
        <>
          <div className="panel">
            <RolePicker
              name="invite-role"
              legend={<FormattedMessage id="invite.roleLegend" />}
              value={role}
              onChange={setRole}
            />
          </div>
          <InviteLinkSection programId={program.id} role={role} />
          <InviteEmailsForm programId={program.id} role={role} />
          <CsvImportForm programId={program.id} />
          <InvitationList programId={program.id} />
        </>
      ) : null}
    </Page>
  );
}
