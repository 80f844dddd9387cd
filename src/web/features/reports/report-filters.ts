import type { DistanceClass, ReportRole, ReportTable } from '../../lib/contracts';

export const distanceClasses: readonly DistanceClass[] = ['same-city', 'same-country', 'near-zone', 'far-zone'];
export const reportRoles: readonly ReportRole[] = ['mentee', 'mentor'];

/** What the report covers; kept in the address so a view can be reloaded and shared. A cycle and dates never go together. */
export interface ReportFilters {
  cycleId: string;
  from: string;
  to: string;
  distance: DistanceClass | null;
  role: ReportRole | null;
}

const isDate = (text: string | null): text is string => text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null => allowed.find((a) => a === value) ?? null;

export function reportFiltersFrom(params: URLSearchParams): ReportFilters {
  const cycleId = params.get('cycleId') ?? '';
  const from = params.get('from');
  const to = params.get('to');
  return {
    cycleId,
    from: !cycleId && isDate(from) ? from : '',
    to: !cycleId && isDate(to) ? to : '',
    distance: oneOf(params.get('distance'), distanceClasses),
    role: oneOf(params.get('role'), reportRoles),
  };
}

/** The filters as search params, leaving out the empty ones (the names of reportQuery). */
export function reportParams(filters: ReportFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['cycleId', 'from', 'to', 'distance', 'role'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

function query(filters: ReportFilters): string {
  const text = reportParams(filters).toString();
  return text ? `?${text}` : '';
}

const base = (programId: string) => `/programs/${encodeURIComponent(programId)}/report`;

export const reportPath = (programId: string, filters: ReportFilters) => `${base(programId)}${query(filters)}`;
export const tableCsvHref = (programId: string, table: ReportTable, filters: ReportFilters) => `/api/v1${base(programId)}/${table}.csv${query(filters)}`;
export const reportZipHref = (programId: string, filters: ReportFilters) => `/api/v1${base(programId)}.zip${query(filters)}`;
