import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { PendingSurveys } from '../surveys/pending-surveys';
import { usePrograms } from './programs-api';
import { RoleList } from './role-label';

export function ProgramsPage() {
  const intl = useIntl();
  const programs = usePrograms();

  return (
    <Page title={intl.formatMessage({ id: 'programs.title' })}>
      <p className="button-row">
        <Link to="/programs/new" className="button button--primary">
          <FormattedMessage id="programs.create" />
        </Link>
      </p>
      <PendingSurveys />
      {programs.isPending ? <Loading /> : null}
      {programs.isError ? <LoadError error={programs.error} /> : null}
      {programs.data?.length === 0 ? (
        <div className="empty">
          <p>
            <FormattedMessage id="programs.empty" />
          </p>
        </div>
      ) : null}
      {programs.data && programs.data.length > 0 ? (
        <ul className="card-list" aria-label={intl.formatMessage({ id: 'programs.listLabel' })}>
          {programs.data.map((program) => (
            <li key={program.id} className="card">
              <h2 className="card__title">
                <Link to={`/programs/${program.id}`}>{program.name}</Link>
              </h2>
              {program.description ? <p className="card__text">{program.description}</p> : null}
              <RoleList roles={program.myRoles} />
              <p className="card__meta">
                <FormattedMessage
                  id="programs.counts"
                  values={{ mentors: program.counts.mentors, mentees: program.counts.mentees }}
                />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
