import type { PairSide } from '../../db/schema';
import type { MeetingRow } from '../meetings/meetings.repository';
import { dateIn } from '../partnerships/pair-work';
import type { TimeEntryRow } from './time-log.repository';
import { TIME_ENTRY_KINDS, type Tally, type TimeEntryView, type TotalsView } from './time-log.schemas';

interface Viewer {
  side: PairSide;
  timeZone: string;
  names: Record<PairSide, string>;
}

export function presentEntry(e: TimeEntryRow, viewer: Viewer): TimeEntryView {
  return {
    id: e.id,
    source: 'log',
    kind: e.kind,
    occurredOn: e.occurred_on,
    minutes: Number(e.minutes),
    preparationMinutes: Number(e.preparation_minutes),
    note: e.note,
    meetingId: e.meeting_id,
    by: e.author_side,
    byName: viewer.names[e.author_side],
    mine: e.author_side === viewer.side,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  };
}

/** A held meeting as a row of the log: its minutes are the ones recorded with its outcome. */
export function presentHeldMeeting(m: MeetingRow, viewer: Viewer): TimeEntryView {
  const by = m.outcome_by ?? m.proposed_by;
  return {
    id: m.id,
    source: 'meeting',
    kind: 'meeting',
    occurredOn: dateIn(viewer.timeZone, m.start_at!),
    minutes: Number(m.minutes_spent ?? m.duration_minutes),
    preparationMinutes: 0,
    note: '',
    meetingId: m.id,
    by,
    byName: viewer.names[by],
    mine: false,
    createdAt: m.outcome_at ?? m.updated_at,
    updatedAt: m.updated_at,
  };
}

const zero = (): Tally => ({ minutes: 0, count: 0 });

/** Each contact counted once: log entries (contact + preparation) and held meetings (their minutes spent). */
export function totalsOf(entries: TimeEntryView[]): TotalsView {
  const totals: TotalsView = {
    minutes: 0,
    preparationMinutes: 0,
    count: 0,
    bySide: { mentee: zero(), mentor: zero() },
    byKind: Object.fromEntries(TIME_ENTRY_KINDS.map((k) => [k, zero()])) as TotalsView['byKind'],
  };
  for (const e of entries) {
    const spent = e.minutes + e.preparationMinutes;
    totals.minutes += spent;
    totals.preparationMinutes += e.preparationMinutes;
    totals.count += 1;
    for (const t of [totals.bySide[e.by], totals.byKind[e.kind]]) {
      t.minutes += spent;
      t.count += 1;
    }
  }
  return totals;
}

/** Latest first: by day, then by when it was written down. */
export const latestFirst = (a: TimeEntryView, b: TimeEntryView) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt);
