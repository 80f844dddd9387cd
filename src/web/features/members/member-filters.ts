import type { Member, ProgramRole } from '../../lib/types';

/** What the members table is narrowed to; kept in the address (`?q=&role=&status=`) so it survives reloads and links. */
export interface MemberFilters {
  q: string;
  role: ProgramRole | null;
  status: Member['status'] | null;
}

export const filterRoles: readonly ProgramRole[] = ['admin', 'mentor', 'mentee'];
export const filterStatuses: readonly Member['status'][] = ['active', 'paused'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

/** Reads the filters from search params; values the API would reject count as "all". */
export function filtersFrom(params: URLSearchParams): MemberFilters {
  return {
    q: (params.get('q') ?? '').trim(),
    role: oneOf(params.get('role'), filterRoles),
    status: oneOf(params.get('status'), filterStatuses),
  };
}

/** Writes a change into search params, dropping empty ones so the plain address stays plain. */
export function withFilters(params: URLSearchParams, patch: Partial<MemberFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text) next.set(key, text);
    else next.delete(key);
  }
  return next;
}

export function isFiltered(filters: MemberFilters): boolean {
  return filters.q !== '' || filters.role !== null || filters.status !== null;
}

/** The query string for GET /programs/{id}/members (names from members.schemas.ts). */
export function membersQueryString(filters: MemberFilters): string {
  const query = withFilters(new URLSearchParams(), filters).toString();
  return query ? `?${query}` : '';
}
