import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Page } from '../components/page';

/** A short page that says what happened and offers the way home. */
function DeadEndPage({ titleId, bodyId }: { titleId: string; bodyId: string }) {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: titleId })} width="narrow">
      <p>
        <FormattedMessage id={bodyId} />
      </p>
      <p className="link-line">
        <Link to="/">
          <FormattedMessage id="notFound.home" />
        </Link>
      </p>
    </Page>
  );
}

export function NotFoundPage() {
  return <DeadEndPage titleId="notFound.title" bodyId="notFound.body" />;
}

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  return <DeadEndPage titleId="routeError.title" bodyId="routeError.body" />;
}
