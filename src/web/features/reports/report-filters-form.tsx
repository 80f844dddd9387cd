import { FormattedMessage, useIntl } from 'react-intl';
import { DateFilter } from '../../components/date-filter';
import { ClearFiltersButton, FilterSelect } from '../../components/search-filters';
import type { Cycle } from '../../lib/types';
import { distanceClasses, reportRoles, type ReportFilters } from './report-filters';

interface ReportFiltersFormProps {
  cycles: Cycle[];
  filters: ReportFilters;
  onChange: (patch: Partial<ReportFilters>) => void;
}

/** Which part of the program the report covers: a cycle or dates, a distance class, a side. Applies as it changes. */
export function ReportFiltersForm({ cycles, filters, onChange }: ReportFiltersFormProps) {
  const intl = useIntl();
  const filtered = Object.values(filters).some(Boolean);
  return (
    <form className="filters report-filters" aria-label={intl.formatMessage({ id: 'report.filtersLabel' })} onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        id="report-cycle"
        label={<FormattedMessage id="report.filter.cycle" />}
        value={filters.cycleId}
        onChange={(cycleId) => onChange({ cycleId, from: '', to: '' })}
      >
        <option value="">{intl.formatMessage({ id: 'report.filter.noCycle' })}</option>
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </FilterSelect>
      {filters.cycleId ? null : (
        <>
          <DateFilter id="report-from" label="report.filter.from" value={filters.from} onChange={(from) => onChange({ from })} />
          <DateFilter id="report-to" label="report.filter.to" value={filters.to} onChange={(to) => onChange({ to })} />
        </>
      )}
      <FilterSelect
        id="report-distance"
        label={<FormattedMessage id="report.filter.distance" />}
        value={filters.distance ?? ''}
        onChange={(v) => onChange({ distance: distanceClasses.find((c) => c === v) ?? null })}
      >
        <option value="">{intl.formatMessage({ id: 'report.filter.allDistances' })}</option>
        {distanceClasses.map((c) => (
          <option key={c} value={c}>
            {intl.formatMessage({ id: `distance.${c}` })}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="report-role"
        label={<FormattedMessage id="report.filter.role" />}
        value={filters.role ?? ''}
        onChange={(v) => onChange({ role: reportRoles.find((r) => r === v) ?? null })}
      >
        <option value="">{intl.formatMessage({ id: 'report.filter.bothRoles' })}</option>
        {reportRoles.map((r) => (
          <option key={r} value={r}>
            {intl.formatMessage({ id: `role.${r}` })}
          </option>
        ))}
      </FilterSelect>
      {filtered ? (
        <ClearFiltersButton label="report.filter.clear" onClick={() => onChange({ cycleId: '', from: '', to: '', distance: null, role: null })} />
      ) : null}
    </form>
  );
}
