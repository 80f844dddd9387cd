import { FormattedMessage } from 'react-intl';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { Meeting, PartnershipMeetings } from '../../lib/contracts';
import { MeetingList } from './meeting-list';
import type { Pair } from './pair';

export const upcomingHeadingId = 'upcoming-title';
export const pastHeadingId = 'past-title';

interface SectionProps {
  query: { data?: PartnershipMeetings | undefined; isPending: boolean; isError: boolean; error: unknown };
  pair: Pair;
  now: Date;
  message: string | null;
  announce: (message: string) => void;
}

/** Proposed and confirmed meetings, soonest first, with what the viewer can do about each. */
export function UpcomingSection({
  query,
  pair,
  now,
  message,
  announce,
  onProposeOther,
  onReschedule,
}: SectionProps & { onProposeOther: (meeting: Meeting) => void; onReschedule: (meeting: Meeting) => void }) {
  const upcoming = query.data?.upcoming ?? [];
  return (
    <section className="section" aria-labelledby={upcomingHeadingId}>
      <h2 id={upcomingHeadingId} tabIndex={-1}>
        <FormattedMessage id="meetings.upcomingTitle" />
      </h2>
      <StatusMessage>{message}</StatusMessage>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data && upcoming.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="meetings.noneUpcoming" />
          {pair.side ? (
            <>
              {' '}
              <FormattedMessage id="meetings.noneUpcomingHint" />
            </>
          ) : null}
        </p>
      ) : null}
      <MeetingList
        meetings={upcoming}
        pair={pair}
        now={now}
        headingId={upcomingHeadingId}
        announce={announce}
        onProposeOther={onProposeOther}
        onReschedule={onReschedule}
      />
    </section>
  );
}

/** Held, missed and cancelled meetings, latest first; set meetings whose time passed wait for their outcome. */
export function PastSection({ query, pair, now, message, announce }: SectionProps) {
  const past = query.data?.past ?? [];
  return (
    <section className="section" aria-labelledby={pastHeadingId}>
      <h2 id={pastHeadingId} tabIndex={-1}>
        <FormattedMessage id="meetings.pastTitle" />
      </h2>
      <StatusMessage>{message}</StatusMessage>
      {query.data && past.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="meetings.nonePast" />
        </p>
      ) : null}
      <MeetingList meetings={past} pair={pair} now={now} headingId={pastHeadingId} announce={announce} />
    </section>
  );
}
