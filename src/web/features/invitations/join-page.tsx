import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { describeError } from '../../lib/describe-error';
import { withNext } from '../../lib/next-path';
import { useMe } from '../accounts/use-me';
import { useAcceptInvitation, usePublicInvitation } from './invitations-api';

export function JoinPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const me = useMe();
  const invitation = usePublicInvitation(code);
  const accept = useAcceptInvitation(code);
  const here = `/join/${encodeURIComponent(code)}`;
  const data = invitation.data;

  const title = data
    ? intl.formatMessage({ id: 'join.title' }, { program: data.programName })
    : intl.formatMessage({ id: invitation.isError ? 'join.invalidTitle' : 'join.loadingTitle' });

  return (
    <Page title={title} width="narrow">
      {invitation.isPending || me.isPending ? <Loading /> : null}
      {invitation.isError ? <LoadError error={invitation.error} /> : null}
      {data && !data.valid ? (
        <p className="notice notice--error" role="alert">
          <FormattedMessage id="join.expired" />
        </p>
      ) : null}
      {data?.valid && !me.isPending ? (
        <>
          <p className="lead">
            <FormattedMessage id="join.invitedAs" values={{ role: data.role, program: data.programName }} />
          </p>
          {me.data ? (
            <>
              <div role="alert">
                {accept.isError ? <p className="notice notice--error">{describeError(intl, accept.error)}</p> : null}
              </div>
              <p className="muted">
                <FormattedMessage id="join.signedInAs" values={{ name: me.data.name, email: me.data.email }} />
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={accept.isPending}
                  onClick={() =>
                    accept.mutate(undefined, {
                      onSuccess: (membership) => void navigate(`/programs/${membership.programId}`),
                    })
                  }
                >
                  <FormattedMessage id="join.accept" values={{ role: data.role }} />
                </button>
              </div>
            </>
          ) : (
            <>
              <p>
                <FormattedMessage id="join.needAccount" />
              </p>
              <div className="button-row">
                <Link to={withNext('/signup', here)} className="button button--primary">
                  <FormattedMessage id="join.signUp" />
                </Link>
                <Link to={withNext('/signin', here)} className="button button--secondary">
                  <FormattedMessage id="join.signIn" />
                </Link>
              </div>
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
