import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { useNow } from '../../lib/use-now';
import { usePrograms } from '../programs/programs-api';
import { unreadIn, useUnread } from '../messages/messages-api';
import { PartnershipList } from './partnership-list';
import { useMyPartnerships } from './partnerships-api';

/** Every partnership I am in, across programs. */
export function PartnershipsPage() {
  const intl = useIntl();
  const partnerships = useMyPartnerships();
  const programs = usePrograms();
  const unread = useUnread();
  const now = useNow();
  const rolesIn = (programId: string) => programs.data?.find((p) => p.id === programId)?.myRoles ?? [];

  return (
    <Page title={intl.formatMessage({ id: 'partnerships.title' })} lede={<FormattedMessage id="partnerships.lede" />}>
      {partnerships.isPending || programs.isPending ? <Loading /> : null}
      {partnerships.isError ? <LoadError error={partnerships.error} /> : null}
      {partnerships.data && programs.data ? (
        partnerships.data.length ? (
          <PartnershipList
            partnerships={partnerships.data}
            rolesIn={rolesIn}
            now={now}
            showProgram
            headingLevel={2}
            unreadIn={(id) => unreadIn(unread.data, id)}
          />
        ) : (
          <div className="empty">
            <p>
              <FormattedMessage id="partnerships.none" />
            </p>
          </div>
        )
      ) : null}
    </Page>
  );
}
