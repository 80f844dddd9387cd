import { FormattedMessage } from 'react-intl';
import { hiddenTag } from '../../components/visually-hidden';
import type { Constraint } from '../../lib/contracts';
import type { PairIds } from './matching-api';

interface ConstraintsListProps {
  constraints: readonly Constraint[];
  busy: boolean;
  onRemove: (ids: PairIds, names: { mentee: string; mentor: string }) => void;
}

/** Pins and forbids that apply to the next runs, each with a remove button. */
export function ConstraintsList({ constraints, busy, onRemove }: ConstraintsListProps) {
  return (
    <section className="subsection" aria-labelledby="constraints-title">
      <h3 id="constraints-title" tabIndex={-1}>
        <FormattedMessage id="constraints.title" />
      </h3>
      {constraints.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="constraints.none" />
        </p>
      ) : (
        <ul className="constraint-list">
          {constraints.map((c) => {
            const names = { mentee: c.mentee.name, mentor: c.mentor.name, hidden: hiddenTag };
            return (
              <li key={`${c.mentee.membershipId}-${c.mentor.membershipId}`} className="constraint">
                <span className={`tag tag--${c.kind}`}>
                  <FormattedMessage id={c.kind === 'pin' ? 'constraints.pin' : 'constraints.forbid'} />
                </span>
                <span className="constraint__pair">
                  <FormattedMessage id="constraints.pair" values={names} />
                </span>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() =>
                    !busy &&
                    onRemove(
                      { menteeId: c.mentee.membershipId, mentorId: c.mentor.membershipId },
                      { mentee: c.mentee.name, mentor: c.mentor.name },
                    )
                  }
                >
                  <span>
                    <FormattedMessage id="constraints.remove" values={names} />
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
