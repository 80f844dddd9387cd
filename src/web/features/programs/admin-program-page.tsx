import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import type { Program } from '../../lib/types';
import { useProgram } from './programs-api';

interface AdminProgramPageProps {
  /** Message id of the page title; it gets the program's name as `name`. */
  titleId: string;
  /** What an admin of the program sees below the back link. */
  children: (program: Program) => ReactNode;
}

/**
 * A program page only its admins may use: loads the program from the address, links back
 * to it, and tells anyone else that the page is for admins.
 */
export function AdminProgramPage({ titleId, children }: AdminProgramPageProps) {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const { data: program, isPending, isError, error } = useProgram(programId);

  const title = program
    ? intl.formatMessage({ id: titleId }, { name: program.name })
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
      {program?.myRoles.includes('admin') ? children(program) : null}
    </Page>
  );
}
