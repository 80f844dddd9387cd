import { FormattedMessage } from 'react-intl';
import type { Program } from '../../lib/types';
import { todayIsoDate } from '../../lib/time';
import { CalendarDate } from './calendar-date';
import { cyclePhase, nextOpenCycle } from './cycle-phase';

/** For mentors and mentees: what happens next in the program, in plain words. */
export function WhatsNext({ program }: { program: Program }) {
  const role = program.myRoles.find((r) => r !== 'admin');
  const today = todayIsoDate();
  const cycle = nextOpenCycle(program.cycles, today);
  const phase = cycle ? cyclePhase(cycle, today) : null;
  if (!role) return null;

  return (
    <section className="panel panel--accent" aria-labelledby="whats-next-title">
      <h2 id="whats-next-title">
        <FormattedMessage id="whatsNext.title" />
      </h2>
      <p>
        <FormattedMessage id="whatsNext.joinedAs" values={{ role }} />
      </p>
      <p>
        <FormattedMessage id={role === 'mentee' ? 'whatsNext.menteeProfile' : 'whatsNext.mentorProfile'} />
      </p>
      {cycle && phase === 'upcoming' ? (
        <p>
          <FormattedMessage
            id="whatsNext.enrolmentOpens"
            values={{ cycle: cycle.name, date: <CalendarDate value={cycle.enrolmentOpensOn} /> }}
          />
        </p>
      ) : null}
      {cycle && phase === 'enrolment' ? (
        <p>
          <FormattedMessage
            id="whatsNext.matchingStarts"
            values={{ cycle: cycle.name, date: <CalendarDate value={cycle.matchingStartsOn} /> }}
          />
        </p>
      ) : null}
      {cycle && (phase === 'matching' || phase === 'mentoring') ? (
        <p>
          <FormattedMessage
            id="whatsNext.mentoringStarts"
            values={{ cycle: cycle.name, date: <CalendarDate value={cycle.mentoringStartsOn} /> }}
          />
        </p>
      ) : null}
      {!cycle ? (
        <p>
          <FormattedMessage id="whatsNext.noCycle" />
        </p>
      ) : null}
      <p className="muted">
        <FormattedMessage id="whatsNext.email" />
      </p>
    </section>
  );
}
