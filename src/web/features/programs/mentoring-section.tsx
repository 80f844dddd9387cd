import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { Program } from '../../lib/types';
import { useNow } from '../../lib/use-now';
import { PartnershipList } from '../partnerships/partnership-list';
import { useMyPartnerships } from '../partnerships/partnerships-api';
import { useRequests } from '../requests/requests-api';

/** For mentors and mentees: their profile, finding a mentor or answering requests, and their partnerships here. */
export function MentoringSection({ program }: { program: Program }) {
  const isMentor = program.myRoles.includes('mentor');
  const isMentee = program.myRoles.includes('mentee');
  const inbox = useRequests(program.id, 'mentor', isMentor);
  const partnerships = useMyPartnerships();
  const now = useNow();
  const mine = partnerships.data?.filter((p) => p.programId === program.id) ?? [];
  const waiting = inbox.data?.filter((r) => r.status === 'pending').length ?? 0;
  if (!isMentor && !isMentee) return null;

  return (
    <section className="section" aria-labelledby="mentoring-title">
      <h2 id="mentoring-title">
        <FormattedMessage id="program.mentoring" />
      </h2>
      <ul className="action-links">
        <li>
          <Link to={`/programs/${program.id}/profile`} className="button button--secondary">
            <FormattedMessage id="program.profileLink" />
          </Link>
        </li>
        {isMentee ? (
          <li>
            <Link to={`/programs/${program.id}/mentors`} className="button button--primary">
              <FormattedMessage id="program.findMentorLink" />
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`/programs/${program.id}/requests`} className="button button--secondary">
            {isMentor ? (
              <FormattedMessage id="program.inboxLink" values={{ count: waiting }} />
            ) : (
              <FormattedMessage id="program.outboxLink" />
            )}
          </Link>
        </li>
      </ul>
      <h3 className="mentoring__subtitle">
        <FormattedMessage id="program.partnershipsTitle" />
      </h3>
      {partnerships.data ? (
        mine.length ? (
          <PartnershipList partnerships={mine} rolesIn={() => program.myRoles} now={now} />
        ) : (
          <p className="muted">
            <FormattedMessage id={isMentee ? 'program.noPartnerMentee' : 'program.noPartnerMentor'} />
          </p>
        )
      ) : null}
    </section>
  );
}
