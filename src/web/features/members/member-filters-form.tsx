import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { filterRoles, filterStatuses, isFiltered, type MemberFilters } from './member-filters';

interface MemberFiltersFormProps {
  filters: MemberFilters;
  onChange: (patch: Partial<MemberFilters>) => void;
}

const searchDelayMs = 300;

/**
 * Search, role and status above the members table. Changes apply as they are made (the
 * search after a short pause, or at once on Enter); the page announces the new count.
 */
export function MemberFiltersForm({ filters, onChange }: MemberFiltersFormProps) {
  const intl = useIntl();
  // The field keeps its own text so typing never waits for the address to update.
  const [text, setText] = useState(filters.q);
  const timer = useRef<number | undefined>(undefined);
  const searchField = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function search(value: string, delay: number) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onChange({ q: value }), delay);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    search(text, 0);
  }

  function clear() {
    window.clearTimeout(timer.current);
    setText('');
    onChange({ q: '', role: null, status: null });
    // The button goes away with the filters; the search field is where to start again.
    searchField.current?.focus();
  }

  return (
    <form
      role="search"
      aria-label={intl.formatMessage({ id: 'members.filtersLabel' })}
      className="filters"
      onSubmit={submit}
    >
      <div className="field filters__search">
        <label className="field__label" htmlFor="members-search">
          <FormattedMessage id="members.search" />
        </label>
        <input
          ref={searchField}
          id="members-search"
          type="search"
          className="field__control"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            search(event.target.value, searchDelayMs);
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="members-role">
          <FormattedMessage id="members.colRole" />
        </label>
        <select
          id="members-role"
          className="field__control"
          value={filters.role ?? ''}
          onChange={(event) => onChange({ role: filterRoles.find((r) => r === event.target.value) ?? null })}
        >
          <option value="">{intl.formatMessage({ id: 'members.filterAll' })}</option>
          {filterRoles.map((role) => (
            <option key={role} value={role}>
              {intl.formatMessage({ id: `role.${role}` })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="members-status">
          <FormattedMessage id="members.colStatus" />
        </label>
        <select
          id="members-status"
          className="field__control"
          value={filters.status ?? ''}
          onChange={(event) => onChange({ status: filterStatuses.find((s) => s === event.target.value) ?? null })}
        >
          <option value="">{intl.formatMessage({ id: 'members.filterAll' })}</option>
          {filterStatuses.map((status) => (
            <option key={status} value={status}>
              {intl.formatMessage({ id: `members.status.${status}` })}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filters) || text.trim() !== '' ? (
        <div className="filters__clear">
          <button type="button" className="button button--secondary" onClick={clear}>
            <FormattedMessage id="members.clearFilters" />
          </button>
        </div>
      ) : null}
    </form>
  );
}
