import { describe, expect, it } from 'vitest';
import {
  addWindow,
  completenessOf,
  copyMondayToWeekdays,
  rangesByWeekday,
  windowProblems,
  type ProfileDraft,
  type WindowDraft,
} from './profile-draft';
import { formPath } from './profile-errors';

let key = 1000;
const w = (weekday: WindowDraft['weekday'], start: string, end: string): WindowDraft => ({ key: key++, weekday, start, end });

const empty: ProfileDraft = {
  headline: '',
  bio: '',
  topics: [],
  languages: [],
  city: null,
  timeZone: 'Asia/Beirut',
  availability: [],
  channels: [],
  capacity: '0',
  prefLanguages: [],
  maxZoneGapHours: '',
  openToInPerson: false,
  accessibilityNeeds: '',
  shareAccessibilityNeeds: false,
};

describe('availability editing', () => {
  it('adds a window after the day’s others, keeping weekday order (server error paths index this order)', () => {
    const windows = [w(1, '09:00', '12:00'), w(3, '09:00', '17:00')];
    const { windows: next, added } = addWindow(windows, 1);
    expect(next.map((x) => x.weekday)).toEqual([1, 1, 3]);
    expect(next[1]).toBe(added);
    expect(added).toMatchObject({ start: '13:00', end: '14:00' });
    expect(addWindow([], 7).added).toMatchObject({ weekday: 7, start: '09:00', end: '17:00' });
  });

  it('copies Monday to Tuesday–Friday, replacing their hours and keeping the weekend', () => {
    const next = copyMondayToWeekdays([w(1, '09:00', '12:00'), w(1, '13:00', '17:00'), w(2, '08:00', '09:00'), w(6, '10:00', '11:00')]);
    expect(next.map((x) => `${x.weekday} ${x.start}`)).toEqual([
      '1 09:00', '1 13:00', '2 09:00', '2 13:00', '3 09:00', '3 13:00', '4 09:00', '4 13:00', '5 09:00', '5 13:00', '6 10:00',
    ]);
    expect(new Set(next.map((x) => x.key)).size).toBe(next.length);
  });

  it('finds ends before starts and overlaps on one day; touching windows are fine', () => {
    expect(windowProblems([w(1, '09:00', '12:00'), w(1, '12:00', '13:00'), w(2, '09:00', '12:00')])).toEqual([]);
    expect(windowProblems([w(1, '12:00', '09:00')])).toEqual([{ index: 0, field: 'end', kind: 'order' }]);
    expect(windowProblems([w(1, '09:00', '12:00'), w(1, '11:00', '13:00')])).toEqual([{ index: 1, field: 'start', kind: 'overlap' }]);
  });

  it('summarises each weekday as sorted minute ranges', () => {
    const days = rangesByWeekday([w(2, '13:00', '14:00'), w(2, '09:00', '10:00'), w(5, '22:00', '24:00')]);
    expect(days.get(2)).toEqual([[540, 600], [780, 840]]);
    expect(days.get(5)).toEqual([[1320, 1440]]);
    expect(days.get(1)).toBeUndefined();
  });
});

describe('completeness', () => {
  it('follows the server: capacity counts for mentors only', () => {
    expect(completenessOf(empty, 'mentee')).toEqual({
      percent: 0,
      missing: ['headline', 'bio', 'topics', 'languages', 'city', 'availability', 'channels'],
    });
    const full = { ...empty, headline: 'h', bio: 'b', topics: ['x'], languages: ['en'], availability: [w(1, '09:00', '10:00')], channels: ['video' as const] };
    expect(completenessOf(full, 'mentee')).toEqual({ percent: 86, missing: ['city'] });
    expect(completenessOf(full, 'mentor').missing).toEqual(['city', 'capacity']);
  });
});

describe('server field paths', () => {
  it('point list items at their list and a window’s weekday at its start', () => {
    expect(formPath('languages.0')).toBe('languages');
    expect(formPath('topics.3')).toBe('topics');
    expect(formPath('mentor.preferences.languages.1')).toBe('prefLanguages');
    expect(formPath('availability.2.end')).toBe('availability.2.end');
    expect(formPath('availability.2.weekday')).toBe('availability.2.start');
    expect(formPath('availability.4')).toBe('availability.4.start');
    expect(formPath('mentee.accessibilityNeeds')).toBe('mentee.accessibilityNeeds');
  });
});
