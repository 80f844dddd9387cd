import { clockToMinutes, MINUTES_PER_DAY, minutesToClock } from '../../lib/clock';
import type { Channel, City, CompletenessItem, Profile, ProfileInput, Weekday } from '../../lib/contracts';

/** One editable availability window; `key` keeps React rows (and focus) stable while editing. */
export interface WindowDraft {
  key: number;
  weekday: Weekday;
  start: string;
  end: string;
}

/** The profile form's state: what the person sees and edits, before it becomes a PUT body. */
export interface ProfileDraft {
  headline: string;
  bio: string;
  /** Topic labels as the person wrote or picked them; the server folds case and spacing. */
  topics: string[];
  languages: string[];
  city: City | null;
  timeZone: string;
  availability: WindowDraft[];
  channels: Channel[];
  capacity: string;
  prefLanguages: string[];
  /** '' means any gap. */
  maxZoneGapHours: string;
  openToInPerson: boolean;
  accessibilityNeeds: string;
  shareAccessibilityNeeds: boolean;
}

export const CHANNELS: readonly Channel[] = ['video', 'phone', 'chat', 'email', 'in-person'];

let nextKey = 1;
export const newWindowKey = (): number => nextKey++;

/** Windows grouped by weekday then start, the order the editor shows and the server indexes. */
export function sortWindows(windows: WindowDraft[]): WindowDraft[] {
  return [...windows].sort(
    (a, b) => a.weekday - b.weekday || (clockToMinutes(a.start) ?? 0) - (clockToMinutes(b.start) ?? 0),
  );
}

export function draftFrom(profile: Profile): ProfileDraft {
  return {
    headline: profile.headline,
    bio: profile.bio,
    topics: profile.topics.map((t) => t.label),
    languages: profile.languages,
    city: profile.city,
    timeZone: profile.timeZone,
    availability: sortWindows(profile.availability.map((w) => ({ ...w, key: newWindowKey() }))),
    channels: profile.channels,
    capacity: profile.mentor ? String(profile.mentor.capacity) : '',
    prefLanguages: profile.mentor?.preferences.languages ?? [],
    maxZoneGapHours:
      profile.mentor?.preferences.maxZoneGapHours == null ? '' : String(profile.mentor.preferences.maxZoneGapHours),
    openToInPerson: profile.mentor?.preferences.openToInPerson ?? false,
    accessibilityNeeds: profile.mentee?.accessibilityNeeds ?? '',
    shareAccessibilityNeeds: profile.mentee?.shareAccessibilityNeeds ?? false,
  };
}

/** The PUT body; windows go in editor order, so error paths (availability.2.end) point at editor rows. */
export function inputFrom(draft: ProfileDraft, role: Profile['role']): ProfileInput {
  return {
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    topics: draft.topics,
    languages: draft.languages,
    cityId: draft.city?.id ?? null,
    timeZone: draft.timeZone,
    availability: draft.availability.map(({ weekday, start, end }) => ({ weekday, start, end })),
    channels: draft.channels,
    ...(role === 'mentor'
      ? {
          mentor: {
            capacity: Number(draft.capacity),
            preferences: {
              languages: draft.prefLanguages,
              maxZoneGapHours: draft.maxZoneGapHours === '' ? null : Number(draft.maxZoneGapHours),
              openToInPerson: draft.openToInPerson,
            },
          },
        }
      : {
          mentee: {
            accessibilityNeeds: draft.accessibilityNeeds.trim(),
            shareAccessibilityNeeds: draft.shareAccessibilityNeeds,
          },
        }),
  };
}

/** What the draft still lacks, by the server's rule (capacity counts for mentors only). */
export function completenessOf(draft: ProfileDraft, role: Profile['role']) {
  const has: Record<CompletenessItem, boolean> = {
    headline: draft.headline.trim() !== '',
    bio: draft.bio.trim() !== '',
    topics: draft.topics.length > 0,
    languages: draft.languages.length > 0,
    city: draft.city !== null,
    availability: draft.availability.length > 0,
    channels: draft.channels.length > 0,
    capacity: role === 'mentee' || Number(draft.capacity) > 0,
  };
  const items = (Object.keys(has) as CompletenessItem[]).filter((i) => role === 'mentor' || i !== 'capacity');
  const missing = items.filter((i) => !has[i]);
  return { percent: Math.round((100 * (items.length - missing.length)) / items.length), missing };
}

export type WindowProblem = { index: number; field: 'start' | 'end'; kind: 'order' | 'overlap' };

/** End after start, and no two windows of one day overlapping (touching is fine), as the server checks. */
export function windowProblems(windows: readonly WindowDraft[]): WindowProblem[] {
  const problems: WindowProblem[] = [];
  const valid: { index: number; weekday: number; start: number; end: number }[] = [];
  windows.forEach((w, index) => {
    const start = clockToMinutes(w.start);
    const end = clockToMinutes(w.end);
    if (start === null || end === null || end <= start) problems.push({ index, field: 'end', kind: 'order' });
    else valid.push({ index, weekday: w.weekday, start, end });
  });
  valid.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  for (let k = 1; k < valid.length; k++) {
    const prev = valid[k - 1]!;
    const cur = valid[k]!;
    if (prev.weekday === cur.weekday && cur.start < prev.end) problems.push({ index: cur.index, field: 'start', kind: 'overlap' });
  }
  return problems;
}

/** A new window for a day: after the day's last one when there is room, else office hours. */
export function newWindow(windows: readonly WindowDraft[], weekday: Weekday): WindowDraft {
  const ends = windows.filter((w) => w.weekday === weekday).map((w) => clockToMinutes(w.end) ?? 0);
  const after = ends.length ? Math.max(...ends) + 60 : null;
  if (after !== null && after + 60 <= MINUTES_PER_DAY) {
    return { key: newWindowKey(), weekday, start: minutesToClock(after), end: minutesToClock(after + 60) };
  }
  return { key: newWindowKey(), weekday, start: '09:00', end: '17:00' };
}

/** Adds a window after the day's others, keeping the weekday order. */
export function addWindow(windows: readonly WindowDraft[], weekday: Weekday): { windows: WindowDraft[]; added: WindowDraft } {
  const added = newWindow(windows, weekday);
  const at = windows.findIndex((w) => w.weekday > weekday);
  const next = [...windows];
  next.splice(at === -1 ? next.length : at, 0, added);
  return { windows: next, added };
}

/** Tuesday to Friday take Monday's windows (their own are replaced). */
export function copyMondayToWeekdays(windows: readonly WindowDraft[]): WindowDraft[] {
  const monday = windows.filter((w) => w.weekday === 1);
  const copies = ([2, 3, 4, 5] as const).flatMap((weekday) =>
    monday.map((w) => ({ ...w, weekday, key: newWindowKey() })),
  );
  return sortWindows([...windows.filter((w) => w.weekday === 1 || w.weekday > 5), ...copies]);
}

/** Each weekday's windows as [start, end) minutes, for the week summary. */
export function rangesByWeekday(windows: readonly WindowDraft[]): Map<Weekday, [number, number][]> {
  const days = new Map<Weekday, [number, number][]>();
  for (const w of windows) {
    const start = clockToMinutes(w.start);
    const end = clockToMinutes(w.end);
    if (start === null || end === null || end <= start) continue;
    days.set(w.weekday, [...(days.get(w.weekday) ?? []), [start, end]]);
  }
  for (const ranges of days.values()) ranges.sort((a, b) => a[0] - b[0]);
  return days;
}
