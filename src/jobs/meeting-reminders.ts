import { claim, findClaimedKeys } from '../modules/nudges/claims.repository';
import { emailMeetingReminder, peopleOf, type MeetingPerson } from '../modules/nudges/reminder-mail';
import { dueLeads, reminderKey } from '../modules/nudges/reminder-rules';
import { listConfirmedMeetingsStartingIn, type MeetingCursor, type UpcomingMeetingRow } from '../modules/nudges/reminders.repository';
import { clockAt, travelAround } from '../modules/meetings/travel-clock';
import type { ServiceContext } from '../server/context';
import { MEETING_REMINDER_CHOICES } from '../shared/meeting-reminders';

/** Never look further ahead than a week, whatever the choices grow to. */
const SCAN_CAP_MINUTES = 7 * 24 * 60;
/** The furthest anyone can be reminded ahead: the largest lead the settings allow. */
export const REMINDER_HORIZON_MINUTES = Math.min(Math.max(...MEETING_REMINDER_CHOICES), SCAN_CAP_MINUTES);

interface Due {
  meeting: UpcomingMeetingRow;
  me: MeetingPerson;
  other: MeetingPerson;
  keys: string[];
}

/**
 * Emails meeting reminders that are due: for each confirmed meeting in the horizon and each
 * of its two people (still members), the leads they chose that have come due. Each lead is
 * claimed with its email in one transaction, so with several instances a reminder goes out
 * once, and one missed while all were down goes out late rather than never (until the
 * meeting starts). Leads that came due together share one email. Returns emails queued.
 */
export async function sendMeetingReminders(ctx: ServiceContext, batchSize = 200): Promise<number> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const horizon = new Date(now.getTime() + REMINDER_HORIZON_MINUTES * 60_000).toISOString();
  let queued = 0;
  let cursor: MeetingCursor | null = null;
  for (;;) {
    const meetings = await listConfirmedMeetingsStartingIn(ctx.db, nowIso, horizon, cursor, batchSize);
    const due: Due[] = [];
    for (const meeting of meetings) {
      const { mentee, mentor } = peopleOf(meeting);
      for (const [me, other] of [[mentee, mentor], [mentor, mentee]] as const) {
        if (!me.member) continue;
        const leads = dueLeads({ startAt: meeting.start_at!, confirmedAt: meeting.confirmed_at, updatedAt: meeting.updated_at }, me.leads, now);
        if (leads.length > 0) due.push({ meeting, me, other, keys: leads.map((l) => reminderKey(meeting.id, meeting.start_at!, me.userId, l)) });
      }
    }
    const onTheRoad = await travellingClocks(ctx, due, nowIso, horizon);
    const claimed = await findClaimedKeys(ctx.db, due.flatMap((d) => d.keys));
    for (const d of due) {
      const open = d.keys.filter((k) => !claimed.has(k));
      if (open.length === 0) continue;
      const sent = await ctx.db.transaction().execute(async (trx) => {
        let won = 0;
        // Same order in every instance, so two claimers of the same leads cannot deadlock.
        for (const key of open) if (await claim(trx, key, nowIso)) won++;
        if (won === 0) return false;
        await emailMeetingReminder(trx, { ...ctx, db: trx }, d.meeting, onTheRoad(d.me, d.meeting), onTheRoad(d.other, d.meeting));
        return true;
      });
      if (sent) queued++;
    }
    if (meetings.length < batchSize) return queued;
    const last = meetings[meetings.length - 1]!;
    cursor = { startAt: last.start_at!, id: last.id };
  }
}

/** Each person on the clock they will be on when the meeting starts (a trip's, else home): one travel query for the batch. */
async function travellingClocks(ctx: ServiceContext, due: Due[], nowIso: string, horizonIso: string) {
  const travel = await travelAround(ctx.db, due.flatMap((d) => [d.me.userId, d.other.userId]), nowIso, horizonIso);
  return (p: MeetingPerson, meeting: UpcomingMeetingRow): MeetingPerson => ({ ...p, ...clockAt(p, travel.get(p.userId), meeting.start_at!) });
}
