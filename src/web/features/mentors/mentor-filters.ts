/** The mentor search, kept in the address (`?tab=search&q=&topic=…`) so it survives reloads and links. */
export interface MentorFilters {
  q: string;
  topic: string;
  language: string;
  country: string;
  /** Minimum shared working hours a week; 0 means any. */
  minOverlapHours: number;
  hasCapacity: boolean;
  bookmarked: boolean;
  includeHidden: boolean;
}

export const overlapChoices: readonly number[] = [0, 1, 2, 4, 6, 10];

const flag = (params: URLSearchParams, key: string) => params.get(key) === '1';

export function mentorFiltersFrom(params: URLSearchParams): MentorFilters {
  const overlap = Number(params.get('minOverlap'));
  return {
    q: (params.get('q') ?? '').trim(),
    topic: (params.get('topic') ?? '').trim(),
    language: (params.get('language') ?? '').trim(),
    country: /^[A-Z]{2}$/.test(params.get('country') ?? '') ? (params.get('country') as string) : '',
    minOverlapHours: overlapChoices.includes(overlap) ? overlap : 0,
    hasCapacity: flag(params, 'hasCapacity'),
    bookmarked: flag(params, 'bookmarked'),
    includeHidden: flag(params, 'includeHidden'),
  };
}

/** Writes a change into the address, dropping empty values so a plain search keeps a plain address. */
export function withMentorFilters(params: URLSearchParams, patch: Partial<MentorFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const name = key === 'minOverlapHours' ? 'minOverlap' : key;
    const text = typeof value === 'boolean' ? (value ? '1' : '') : typeof value === 'number' ? (value ? String(value) : '') : String(value ?? '').trim();
    if (text) next.set(name, text);
    else next.delete(name);
  }
  return next;
}

export function isFiltered(f: MentorFilters): boolean {
  return Boolean(f.q || f.topic || f.language || f.country || f.minOverlapHours || f.hasCapacity || f.bookmarked || f.includeHidden);
}

/** The query string for GET /programs/{id}/mentors (names from matching.schemas.ts searchQuery). */
export function mentorsQueryString(f: MentorFilters, limit = 50): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (f.q) query.set('q', f.q);
  if (f.topic) query.set('topic', f.topic);
  if (f.language) query.set('language', f.language);
  if (f.country) query.set('country', f.country);
  if (f.minOverlapHours) query.set('minOverlap', String(f.minOverlapHours * 60));
  if (f.hasCapacity) query.set('hasCapacity', 'true');
  if (f.bookmarked) query.set('bookmarked', 'true');
  if (f.includeHidden) query.set('includeHidden', 'true');
  return `?${query.toString()}`;
}
