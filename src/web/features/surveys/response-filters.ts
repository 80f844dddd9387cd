import type { ResponseFilters } from './surveys-api';

const isDate = (text: string | null): text is string => text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The answers' filters from the address (`?side=&from=&to=`); anything the API would refuse counts as unset. */
export function responseFiltersFrom(params: URLSearchParams): ResponseFilters {
  const side = params.get('side');
  const from = params.get('from');
  const to = params.get('to');
  return {
    side: side === 'mentee' || side === 'mentor' ? side : null,
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
  };
}
