import { FormattedMessage } from 'react-intl';

interface MembersResultsProps {
  /** Rows shown, or null before the first answer. */
  count: number | null;
  /** Everyone in the program (from its counts), or null while unknown. */
  total: number | null;
  filtered: boolean;
}

/**
 * How many members are shown, in a polite live region that is always in the DOM, so each
 * new count after a filter change is announced without moving focus.
 */
export function MembersResults({ count, total, filtered }: MembersResultsProps) {
  return (
    <p id="members-results" role="status" className="results-count">
      {count === null ? null : filtered ? (
        count === 0 ? (
          <FormattedMessage id="members.noMatches" />
        ) : (
          <FormattedMessage id="members.resultsFiltered" values={{ count, total: Math.max(total ?? count, count) }} />
        )
      ) : (
        <FormattedMessage id="members.resultsAll" values={{ count }} />
      )}
    </p>
  );
}
