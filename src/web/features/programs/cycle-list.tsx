import { FormattedMessage } from 'react-intl';
import type { Cycle } from '../../lib/types';
import { todayIsoDate } from '../../lib/time';
import { CalendarDate } from './calendar-date';
import { cycleDateFields, cyclePhase } from './cycle-phase';

const dateLabel = {
  enrolmentOpensOn: 'cycle.enrolmentOpensOn',
  matchingStartsOn: 'cycle.matchingStartsOn',
  mentoringStartsOn: 'cycle.mentoringStartsOn',
  closesOn: 'cycle.closesOn',
} as const;

/** Read-only list of a program's cycles with their dates and current stage. */
export function CycleList({ cycles, headingLevel = 3 }: { cycles: Cycle[]; headingLevel?: 2 | 3 }) {
  const today = todayIsoDate();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (cycles.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="cycles.none" />
      </p>
    );
  }
  return (
    <ul className="cycle-list">
      {cycles.map((cycle) => (
        <li key={cycle.id} className="cycle">
          <Heading className="cycle__name">{cycle.name}</Heading>
          <p className={`phase phase--${cyclePhase(cycle, today)}`}>
            <FormattedMessage id={`cycle.phase.${cyclePhase(cycle, today)}`} />
          </p>
          <dl className="cycle__dates">
            {cycleDateFields.map((field) => (
              <div key={field} className="cycle__date">
                <dt>
                  <FormattedMessage id={dateLabel[field]} />
                </dt>
                <dd>
                  <CalendarDate value={cycle[field]} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
