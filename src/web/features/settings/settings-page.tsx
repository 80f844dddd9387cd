import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { Loading } from '../../components/status';
import { useSignOut } from '../accounts/accounts-api';
import { useMe } from '../accounts/use-me';
import { CalendarSettingsSection } from '../meetings/calendar-feed';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { TokensSection } from './tokens-section';

export function SettingsPage() {
  const intl = useIntl();
  const { data: user } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <Page title={intl.formatMessage({ id: 'settings.title' })}>
      {user ? (
        <>
          <ProfileForm key={user.id} user={user} />
          <PasswordForm />
          <CalendarSettingsSection />
          <TokensSection />
          <section className="section" aria-labelledby="signout-title">
            <h2 id="signout-title">
              <FormattedMessage id="settings.signOutTitle" />
            </h2>
            <button
              type="button"
              className="button button--secondary"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/signin') })}
            >
              <FormattedMessage id="nav.signOut" />
            </button>
          </section>
        </>
      ) : (
        <Loading />
      )}
    </Page>
  );
}
