import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Page } from '../components/page';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'notFound.title' })} width="narrow">
      <p>
        <FormattedMessage id="notFound.body" />
      </p>
      <p className="link-line">
        <Link to="/">
          <FormattedMessage id="notFound.home" />
        </Link>
      </p>
    </Page>
  );
}

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'routeError.title' })} width="narrow">
      <p>
        <FormattedMessage id="routeError.body" />
      </p>
      <p className="link-line">
        <Link to="/">
          <FormattedMessage id="notFound.home" />
        </Link>
      </p>
    </Page>
  );
}
