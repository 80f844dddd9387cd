import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { isApiError } from '../../lib/api';
import { TimeAwaySection } from '../meetings/time-away-section';
import { useProgram } from '../programs/programs-api';
import { ProfileForm } from './profile-form';
import { useMyProfile } from './profiles-api';

/** My mentor or mentee profile in one program. */
export function ProfilePage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  const profile = useMyProfile(programId);
  const title = program.data
    ? intl.formatMessage({ id: 'profile.title' }, { program: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });

  return (
    <Page
      title={title}
      lede={profile.data ? <FormattedMessage id={`profile.lede.${profile.data.role}`} /> : undefined}
    >
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {profile.isPending ? <Loading /> : null}
      {profile.isError ? (
        isApiError(profile.error, 'not_found') && program.data ? (
          <p className="notice notice--info">
            <FormattedMessage id="profile.noProfile" />
          </p>
        ) : (
          <LoadError error={profile.error} />
        )
      ) : null}
      {profile.data ? <ProfileForm key={profile.data.membershipId} profile={profile.data} /> : null}
      {profile.data ? <TimeAwaySection homeZone={profile.data.timeZone} /> : null}
    </Page>
  );
}
