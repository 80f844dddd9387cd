import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { PendingSurveys } from '../surveys/pending-surveys';
import { CycleList } from './cycle-list';
import { MentoringSection } from './mentoring-section';
import { useProgram } from './programs-api';
import { RoleList } from './role-label';
import { WhatsNext } from './whats-next';

export function ProgramHomePage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const { data: program, isPending, isError, error } = useProgram(programId);
  const isAdmin = program?.myRoles.includes('admin') ?? false;

  return (
    <Page title={program?.name ?? intl.formatMessage({ id: 'program.loadingTitle' })}>
      {isPending ? <Loading /> : null}
      {isError ? <LoadError error={error} /> : null}
      {program ? (
        <>
          {program.description ? <p className="program-description">{program.description}</p> : null}
          <section className="section" aria-labelledby="my-roles-title">
            <h2 id="my-roles-title">
              <FormattedMessage id="program.myRoles" />
            </h2>
            <RoleList roles={program.myRoles} />
          </section>
          <PendingSurveys programId={program.id} />
          <WhatsNext program={program} />
          <MentoringSection program={program} />
          {isAdmin ? (
            <section className="section" aria-labelledby="manage-title">
              <h2 id="manage-title">
                <FormattedMessage id="program.manage" />
              </h2>
              <dl className="stats">
                {(['admins', 'mentors', 'mentees'] as const).map((kind) => (
                  <div key={kind} className="stat">
                    <dt>
                      <FormattedMessage id={`program.count.${kind}`} />
                    </dt>
                    <dd>{intl.formatNumber(program.counts[kind])}</dd>
                  </div>
                ))}
              </dl>
              <ul className="action-links">
                <li>
                  <Link to={`/programs/${program.id}/members`} className="button button--secondary">
                    <FormattedMessage id="program.membersLink" />
                  </Link>
                </li>
                <li>
                  <Link to={`/programs/${program.id}/invite`} className="button button--secondary">
                    <FormattedMessage id="program.inviteLink" />
                  </Link>
                </li>
                <li>
                  <Link to={`/programs/${program.id}/matching`} className="button button--secondary">
                    <FormattedMessage id="program.matchingLink" />
                  </Link>
                </li>
                <li>
                  <Link to={`/programs/${program.id}/report`} className="button button--secondary">
                    <FormattedMessage id="program.reportLink" />
                  </Link>
                </li>
                <li>
                  <Link to={`/programs/${program.id}/surveys`} className="button button--secondary">
                    <FormattedMessage id="program.surveysLink" />
                  </Link>
                </li>
                <li>
                  <Link to={`/programs/${program.id}/edit`} className="button button--secondary">
                    <FormattedMessage id="program.editLink" />
                  </Link>
                </li>
              </ul>
            </section>
          ) : null}
          <section className="section" aria-labelledby="cycles-title">
            <h2 id="cycles-title">
              <FormattedMessage id="program.cycles" />
            </h2>
            <CycleList cycles={program.cycles} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
