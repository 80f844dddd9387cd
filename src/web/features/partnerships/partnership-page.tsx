import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import type { Meeting, MeetingSide } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { useNow } from '../../lib/use-now';
import { useMe } from '../accounts/use-me';
import { CalendarSection } from '../meetings/calendar-feed';
import { FairnessSection } from '../meetings/fairness-section';
import { FindTimeSection, findTimeHeadingId } from '../meetings/find-time-section';
import { meetingHeadingId } from '../meetings/meeting-card';
import { usePartnership, usePartnershipMeetings } from '../meetings/meetings-api';
import { PastSection, UpcomingSection } from '../meetings/meetings-sections';
import { pairOf, viewerSideOf, type Pair } from '../meetings/pair';
import { PairClocks } from '../meetings/pair-clocks';
import type { FindMode } from '../meetings/proposal-form';
import { usePrograms } from '../programs/programs-api';
import '../../styles/meetings.css';

/** One partnership: both clocks, the meetings ahead and behind, finding a time, fairness and the calendar feed. */
export function PartnershipPage() {
  const intl = useIntl();
  const { partnershipId = '' } = useParams();
  const partnership = usePartnership(partnershipId);
  const meetings = usePartnershipMeetings(partnershipId);
  const programs = usePrograms();
  const { data: me } = useMe();
  const now = useNow();
  const [mode, setMode] = useState<FindMode>({ kind: 'new' });
  const [message, setMessage] = useState<string | null>(null);
  const [pastMessage, setPastMessage] = useState<string | null>(null);

  const p = partnership.data;
  const roles = (p && programs.data?.find((program) => program.id === p.programId)?.myRoles) ?? [];
  const fromMeeting = [...(meetings.data?.upcoming ?? []), ...(meetings.data?.past ?? [])].find((m) => m.viewerSide)?.viewerSide;
  const pair: Pair | null = p ? pairOf(p, viewerSideOf(p, roles, me?.name, fromMeeting)) : null;
  const participant: (Pair & { side: MeetingSide }) | null = pair?.side ? { ...pair, side: pair.side } : null;
  const title = p
    ? intl.formatMessage({ id: 'partnershipPage.title' }, { mentee: p.mentee.name, mentor: p.mentor.name })
    : intl.formatMessage({ id: 'partnershipPage.loadingTitle' });

  /** Choosing other times happens in "Find a time"; focus goes there, and back to the meeting after. */
  function choose(kind: 'counter' | 'reschedule', meeting: Meeting) {
    setMessage(null);
    setMode({ kind, meeting });
    focusAfterRender(findTimeHeadingId);
  }

  return (
    <Page
      title={title}
      lede={p ? <FormattedMessage id="partnershipPage.lede" values={{ program: p.programName, role: pair?.side ?? 'admin' }} /> : undefined}
    >
      <p className="link-line">
        <Link to="/partnerships">
          <FormattedMessage id="partnershipPage.back" />
        </Link>
      </p>
      {partnership.isPending ? <Loading /> : null}
      {partnership.isError ? <LoadError error={partnership.error} /> : null}
      {pair && p ? (
        <>
          <PairClocks pair={pair} now={now} />
          {p.status !== 'active' ? (
            <p className="notice notice--info">
              <FormattedMessage id={`partnershipPage.closed.${p.status}`} />
            </p>
          ) : null}
          <UpcomingSection
            query={meetings}
            pair={pair}
            now={now}
            message={message}
            announce={setMessage}
            onProposeOther={(meeting) => choose('counter', meeting)}
            onReschedule={(meeting) => choose('reschedule', meeting)}
          />
          {participant && p.status === 'active' ? (
            <FindTimeSection
              pair={participant}
              mode={mode}
              onModeDone={() => {
                const meeting = mode.kind === 'new' ? null : mode.meeting;
                setMode({ kind: 'new' });
                if (meeting) focusAfterRender(meetingHeadingId(meeting));
              }}
              onDone={(meeting, text) => {
                setMessage(text);
                focusAfterRender(meetingHeadingId(meeting));
              }}
            />
          ) : null}
          <FairnessSection fairness={meetings.data?.fairness} pair={pair} />
          <PastSection query={meetings} pair={pair} now={now} message={pastMessage} announce={setPastMessage} />
          {pair.side ? <CalendarSection /> : null}
        </>
      ) : null}
    </Page>
  );
}
