import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { CycleEditor } from './cycle-editor';
import { ProgramDetailsForm } from './program-details-form';
import { useProgram } from './programs-api';

export function ProgramEditPage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const { data: program, isPending, isError, error } = useProgram(programId);

  const title = program
    ? intl.formatMessage({ id: 'programEdit.title' }, { name: program.name })
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
          <ProgramDetailsForm key={program.id} program={program} />
          <CycleEditor program={program} />
        </>
      ) : null}
    </Page>
  );
}
