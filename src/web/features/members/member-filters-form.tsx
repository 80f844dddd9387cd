import { FormattedMessage, useIntl } from 'react-intl';
import { ClearFiltersButton, FilterSelect, SearchField, useSearchText } from '../../components/search-filters';
import { filterRoles, filterStatuses, isFiltered, type MemberFilters } from './member-filters';

interface MemberFiltersFormProps {
  filters: MemberFilters;
  onChange: (patch: Partial<MemberFilters>) => void;
}

/**
 * Search, role and status above the members table. Changes apply as they are made (the
 * search after a short pause, or at once on Enter); the page announces the new count.
 */
export function MemberFiltersForm({ filters, onChange }: MemberFiltersFormProps) {
  const intl = useIntl();
  const search = useSearchText(filters.q, (q) => onChange({ q }));

  return (
    <form
      role="search"
      aria-label={intl.formatMessage({ id: 'members.filtersLabel' })}
      className="filters"
      onSubmit={search.submit}
    >
      <SearchField
        id="members-search"
        label={<FormattedMessage id="members.search" />}
        className="filters__search"
        spellCheck={false}
        maxLength={200}
        inputRef={search.field}
        value={search.text}
        onValueChange={search.change}
      />
      <FilterSelect
        id="members-role"
        label={<FormattedMessage id="members.colRole" />}
        value={filters.role ?? ''}
        onChange={(value) => onChange({ role: filterRoles.find((r) => r === value) ?? null })}
      >
        <option value="">{intl.formatMessage({ id: 'members.filterAll' })}</option>
        {filterRoles.map((role) => (
          <option key={role} value={role}>
            {intl.formatMessage({ id: `role.${role}` })}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="members-status"
        label={<FormattedMessage id="members.colStatus" />}
        value={filters.status ?? ''}
        onChange={(value) => onChange({ status: filterStatuses.find((s) => s === value) ?? null })}
      >
        <option value="">{intl.formatMessage({ id: 'members.filterAll' })}</option>
        {filterStatuses.map((status) => (
          <option key={status} value={status}>
            {intl.formatMessage({ id: `members.status.${status}` })}
          </option>
        ))}
      </FilterSelect>
      {isFiltered(filters) || search.text.trim() !== '' ? (
        <ClearFiltersButton
          label="members.clearFilters"
          onClick={() => search.clear(() => onChange({ q: '', role: null, status: null }))}
        />
      ) : null}
    </form>
  );
}
