import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import { useNow } from '../../lib/use-now';
import { usePartnership } from '../meetings/meetings-api';
import { pairOf } from '../meetings/pair';
import { PairClocks } from '../meetings/pair-clocks';
import { unreadIn, useUnread } from '../messages/messages-api';
import type { Hub } from './hub-context';
import { HubNav } from './hub-nav';
import { hubPath, sectionOf } from './hub-sections';
import { useHubLive } from './use-hub-live';
import '../../styles/meetings.css';
import '../../styles/hub.css';

/**
 * One partnership, the pair's hub: both clocks, then its sections (messages, meetings, goals,
 * notes, files, time, ending) as pages of their own under one heading. Incoming messages are
 * announced politely from here, whichever section is open.
 */
export function PartnershipPage() {
  const intl = useIntl();
  const { partnershipId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const partnership = usePartnership(partnershipId);
  const unread = useUnread();
  const now = useNow();
  const p = partnership.data;
  const side = p?.viewerSide ?? null;
  const { announcement, live } = useHubLive(partnershipId, side);
  const section = sectionOf(location.pathname);

  // Emails about the agreement and the reflection link to the hub with these fragments.
  useEffect(() => {
    if (location.hash === '#agreement') void navigate(hubPath(partnershipId, 'goals'), { replace: true });
    if (location.hash === '#reflection') void navigate(hubPath(partnershipId, 'ending'), { replace: true });
  }, [location.hash, navigate, partnershipId]);

  const pair = p ? pairOf(p, side) : null;
  const active = p?.status === 'active';
  const title = p
    ? intl.formatMessage({ id: 'partnershipPage.title' }, { mentee: p.mentee.name, mentor: p.mentor.name })
    : intl.formatMessage({ id: 'partnershipPage.loadingTitle' });
  const sectionName = intl.formatMessage({
    id: section.key === 'ending' ? `hub.section.ending.${active || !p ? 'active' : 'closed'}` : `hub.section.${section.key}`,
  });
  const hub: Hub | null = p && pair?.side ? { partnership: p, pair: { ...pair, side: pair.side }, active, now } : null;

  return (
    <Page
      title={title}
      documentTitle={intl.formatMessage({ id: 'hub.documentTitle' }, { section: sectionName, pair: title })}
      path={`/partnerships/${partnershipId}`}
      lede={p ? <FormattedMessage id="partnershipPage.lede" values={{ program: p.programName, role: side ?? 'admin' }} /> : undefined}
    >
      <p className="link-line">
        <Link to="/partnerships">
          <FormattedMessage id="partnershipPage.back" />
        </Link>
      </p>
      {partnership.isPending ? <Loading /> : null}
      {partnership.isError ? <LoadError error={partnership.error} /> : null}
      {p && pair ? <PairClocks pair={pair} now={now} /> : null}
      {p && !active ? (
        <div className="notice notice--info">
          <p>
            <FormattedMessage id={`partnershipPage.closed.${p.status}`} />
          </p>
          {side === 'mentee' ? (
            <p>
              <Link to={`/programs/${p.programId}/mentors`}>
                <FormattedMessage id="hub.findMentor" />
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {hub ? (
        <>
          <HubNav partnershipId={partnershipId} unread={unreadIn(unread.data, partnershipId)} active={active} />
          <div className="hub__section">
            <Outlet context={hub} />
          </div>
        </>
      ) : p ? (
        <p className="notice notice--info">
          <FormattedMessage id="hub.pairOnly" values={{ mentee: p.mentee.name, mentor: p.mentor.name }} />
        </p>
      ) : null}
      {/* Always on the page, so what is put in it is heard; the page itself does not move. */}
      <div id="hub-announcer" className="visually-hidden" aria-live="polite" data-stream={live ? 'open' : 'closed'}>
        {announcement.text ? <span key={announcement.serial}>{announcement.text}</span> : null}
      </div>
    </Page>
  );
}
