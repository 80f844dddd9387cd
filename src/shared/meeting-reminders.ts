/** Minutes before a meeting someone may choose to be reminded (shared by the API and the web app). */
export const MEETING_REMINDER_CHOICES = [10, 30, 60, 120, 1440, 2880] as const;

/** More than this many reminders for one meeting would be noise. */
export const MAX_MEETING_REMINDERS = 3;

/** New accounts: a day before and an hour before (the column's default). */
export const DEFAULT_MEETING_REMINDERS: readonly number[] = [1440, 60];

export const isMeetingReminderChoice = (minutes: number): boolean =>
  (MEETING_REMINDER_CHOICES as readonly number[]).includes(minutes);

/** A user's stored choice (JSON text), largest first; anything unreadable counts as the default rather than silence. */
export function parseReminderLeads(text: string | null | undefined, fallback: readonly number[] = DEFAULT_MEETING_REMINDERS): number[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    if (Array.isArray(parsed)) {
      const leads = parsed.filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0);
      return [...new Set(leads)].sort((a, b) => b - a);
    }
  } catch {
    // Not JSON: fall back below.
  }
  return [...fallback];
}
