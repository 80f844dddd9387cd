import { describe, expect, it } from 'vitest';
import { isFiltered, mentorFiltersFrom, mentorsQueryString, withMentorFilters } from './mentor-filters';

describe('mentor search filters', () => {
  it('read from the address, ignoring values the API would reject', () => {
    const f = mentorFiltersFrom(new URLSearchParams('q= ana &country=lb&minOverlap=3&hasCapacity=1&tab=search'));
    expect(f).toMatchObject({ q: 'ana', country: '', minOverlapHours: 0, hasCapacity: true, bookmarked: false });
    expect(isFiltered(mentorFiltersFrom(new URLSearchParams('tab=search')))).toBe(false);
  });

  it('write back without empty values, keeping other params', () => {
    const next = withMentorFilters(new URLSearchParams('tab=search&q=x'), { q: '', country: 'LB', minOverlapHours: 4, bookmarked: true });
    expect(next.toString()).toBe('tab=search&country=LB&minOverlap=4&bookmarked=1');
  });

  it('ask the API in its own names and units (minutes a week, true/false)', () => {
    const f = mentorFiltersFrom(new URLSearchParams('country=LB&minOverlap=4&bookmarked=1&language=ar'));
    expect(mentorsQueryString(f)).toBe('?limit=50&language=ar&country=LB&minOverlap=240&bookmarked=true');
  });
});
