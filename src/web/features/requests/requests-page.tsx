import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { useNow } from '../../lib/use-now';
import { useProgram } from '../programs/programs-api';
import { InboxSection } from './inbox-section';
import { OutboxSection } from './outbox-section';

/** Mentors answer the requests they received; mentees follow, reword or withdraw the ones they sent. */
export function RequestsPage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  const now = useNow();
  const roles = program.data?.myRoles ?? [];
  const isMentor = roles.includes('mentor');
  const isMentee = roles.includes('mentee');
  const title = program.data
    ? intl.formatMessage({ id: 'requests.title' }, { program: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });

  return (
    <Page title={title} lede={program.data ? <FormattedMessage id="requests.lede" /> : undefined}>
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {program.isPending ? <Loading /> : null}
      {program.isError ? <LoadError error={program.error} /> : null}
      {program.data && !isMentor && !isMentee ? (
        <p className="notice notice--info">
          <FormattedMessage id="requests.onlyParticipants" />
        </p>
      ) : null}
      {isMentor ? <InboxSection programId={programId} now={now} /> : null}
      {isMentee ? <OutboxSection programId={programId} now={now} /> : null}
    </Page>
  );
}
