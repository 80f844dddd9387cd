import { DateTime } from 'luxon';
import { mutualSlots, stretchSlots, type SlotPerson } from '../../core/scheduling';
import { MS_PER_WEEK, zoneAt, type Awkwardness } from '../../core/time';
import type { PairSide } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { intlFor } from '../../server/i18n';
import type { Actor } from '../accounts/actor';
import { listMeetingsOfPartnership } from './meetings.repository';
import { presentFairness } from './meetings.presenter';
import type { SlotsQuery, SlotView, FairnessView } from './meetings.schemas';
import { requirePair } from '../partnerships/pair-work';
import { zoneCity } from '../../shared/time-zones';
import { busyIntervals, expandPair, loadPairSchedule, type PersonSchedule } from './pair-schedule';

const MINUTE = 60_000;
const MAX_DAYS = 56;

function daytime(hour: number): 'day' | 'evening' | 'night' {
  if (hour >= 7 && hour < 18) return 'day';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'night';
}

function localTime(s: PersonSchedule, startMs: number, awkwardness: Awkwardness) {
  const zone = zoneAt(s, startMs);
  const t = DateTime.fromMillis(startMs, { zone });
  return {
    timeZone: zone,
    place: zone === s.timeZone ? s.place : zoneCity(zone),
    local: t.toFormat("yyyy-MM-dd'T'HH:mm"),
    weekday: t.weekday,
    awkwardness,
    daytime: daytime(t.hour),
  };
}

/** "Tue 09:00 San Francisco · 19:00 Beirut": the viewer's clock first, the other day named only when it differs. */
function label(locale: string, mine: ReturnType<typeof localTime>, theirs: ReturnType<typeof localTime>, at: Date): string {
  const dayAndTime = { weekday: 'short', hour: 'numeric', minute: '2-digit' } as const;
  const timeOnly = { hour: 'numeric', minute: '2-digit' } as const;
  const mineIntl = intlFor(locale, mine.timeZone);
  const theirsIntl = intlFor(locale, theirs.timeZone);
  const sameDay = mine.local.slice(0, 10) === theirs.local.slice(0, 10);
  return mineIntl.formatMessage(
    { id: 'slot.label' },
    {
      mine: mineIntl.formatDate(at, dayAndTime),
      myPlace: mine.place,
      theirs: theirsIntl.formatDate(at, sameDay ? timeOnly : dayAndTime),
      theirPlace: theirs.place,
    },
  ) as string;
}

export interface SlotsResult {
  from: string;
  to: string;
  durationMinutes: number;
  slots: SlotView[];
  stretchOffered: boolean;
  fairness: FairnessView;
}

/**
 * Times both people can meet over the asked days (read in the viewer's zone): inside both
 * people's hours (weekly windows, date overrides and travel zones, DST-exact), clear of either
 * person's meetings plus a buffer, after a minimum notice. When the hours barely overlap (fewer
 * than two mutual slots a week) stretch slots are added: inside one person's hours, just outside
 * the other's, ranked by how awkward they are and who bore the last awkward times.
 */
export async function findSlots(ctx: ServiceContext, actor: Actor, partnershipId: string, q: SlotsQuery): Promise<SlotsResult> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  if (p.status !== 'active') throw new AppError('meeting_closed', 'This partnership has ended, so no new meetings can be arranged in it.');
  const zone = q.timeZone ?? actor.timeZone;
  const now = ctx.clock.now().getTime();
  const fromDay = q.from ? DateTime.fromISO(q.from, { zone }) : DateTime.fromMillis(now, { zone }).startOf('day');
  const toDay = q.to ? DateTime.fromISO(q.to, { zone }) : fromDay.plus({ days: 13 });
  if (toDay < fromDay) throw AppError.field('validation_failed', 'to', 'The last day must not be before the first.');
  if (toDay.diff(fromDay, 'days').days >= MAX_DAYS) throw AppError.field('validation_failed', 'to', `Search at most ${MAX_DAYS} days at a time.`);
  const fromMs = fromDay.startOf('day').toMillis();
  const toMs = toDay.plus({ days: 1 }).startOf('day').toMillis();
  if (toMs <= now) throw AppError.field('validation_failed', 'to', 'These days are in the past.');

  const pair = await loadPairSchedule(ctx.db, p);
  const expanded = expandPair(pair, fromMs, toMs);
  const busy = await busyIntervals(ctx.db, [pair.mentee.userId, pair.mentor.userId], fromMs, toMs, ctx.config.meetingBufferMinutes);
  const search = {
    busy,
    fromMin: Math.floor(fromMs / MINUTE),
    toMin: Math.floor(toMs / MINUTE),
    notBeforeMin: Math.ceil((now + ctx.config.meetingMinNoticeHours * 60 * MINUTE) / MINUTE),
    durationMin: q.duration,
    stepMin: 30,
  };
  const mutual = mutualSlots({ ...search, a: expanded.mentee.intervals, b: expanded.mentor.intervals, limit: 400 });
  const fairness = presentFairness(await listMeetingsOfPartnership(ctx.db, p.id), { mentee: p.mentee_name, mentor: p.mentor_name }, actor.locale);
  const weeks = Math.max(1, (toMs - fromMs) / MS_PER_WEEK);
  const stretchOffered = mutual.length < 2 * weeks;

  const present = (startMin: number, kind: 'mutual' | 'stretch', bearer: PairSide | null, awkward: Awkwardness): SlotView => {
    const startMs = startMin * MINUTE;
    const mentee = localTime(pair.mentee, startMs, bearer === 'mentee' ? awkward : 'working');
    const mentor = localTime(pair.mentor, startMs, bearer === 'mentor' ? awkward : 'working');
    const at = new Date(startMs);
    return {
      start: at.toISOString(),
      end: new Date(startMs + q.duration * MINUTE).toISOString(),
      kind,
      bearer,
      mentee,
      mentor,
      label: side === 'mentee' ? label(actor.locale, mentee, mentor, at) : label(actor.locale, mentor, mentee, at),
    };
  };
  const slots = Array.from(mutual, (s) => present(s, 'mutual', null, 'working'));
  if (stretchOffered) {
    const people: Record<'a' | 'b', SlotPerson> = { a: expanded.mentee, b: expanded.mentor };
    const stretch = stretchSlots({ ...search, a: people.a, b: people.b, burden: { a: fairness.mentee.total, b: fairness.mentor.total }, limit: 12 });
    for (const s of stretch) slots.push(present(s.start, 'stretch', s.bearer === 'a' ? 'mentee' : 'mentor', s.awkwardness));
  }
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), durationMinutes: q.duration, slots, stretchOffered, fairness };
}

