import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ParticipantRole } from '../../lib/types';
import { AdminProgramPage } from '../programs/admin-program-page';
import { CsvImportForm } from './csv-import-form';
import { InvitationList } from './invitation-list';
import { InviteEmailsForm } from './invite-emails-form';
import { InviteLinkSection } from './invite-link-section';
import { RolePicker } from './role-picker';

export function InvitePage() {
  const [role, setRole] = useState<ParticipantRole>('mentee');

  return (
    <AdminProgramPage titleId="invite.title">
      {(program) => (
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
      )}
    </AdminProgramPage>
  );
}
