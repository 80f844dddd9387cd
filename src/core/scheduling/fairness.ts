import type { Awkwardness } from '../time/types';
import type { AwkwardKind } from './awkwardness';

export interface TallyMeeting {
  startMs: number;
  mentee: Awkwardness;
  mentor: Awkwardness;
}

export type AwkwardCounts = Record<AwkwardKind, number> & { total: number };

export type Side = 'mentee' | 'mentor';

export interface FairnessTally {
  mentee: AwkwardCounts;
  mentor: AwkwardCounts;
  /** The most recent run of awkward meetings borne by one side: "the last 3 early calls were Rania's". */
  streak: { side: Side; count: number; kind: AwkwardKind | 'mixed' } | null;
  /** Who should bear the next awkward time: the side with the smaller total; on a tie the side not in the streak; null when nobody has borne any. */
  nextBearer: Side | null;
}

function emptyCounts(): AwkwardCounts {
  return { early: 0, late: 0, weekend: 0, night: 0, total: 0 };
}

/** The side that alone bore this meeting's awkwardness, 'both', or null when it suited both. */
function bearerOf(m: TallyMeeting): Side | 'both' | null {
  if (m.mentee !== 'working' && m.mentor !== 'working') return 'both';
  if (m.mentee !== 'working') return 'mentee';
  return m.mentor !== 'working' ? 'mentor' : null;
}

const other = (side: Side): Side => (side === 'mentee' ? 'mentor' : 'mentee');

/**
 * Who has met at awkward times for a pair, counted per side and kind. The streak is the run of
 * most recent awkward meetings (by start; meetings that suited both are skipped) that one side bore
 * alone; a meeting awkward for both ends it. The next awkward time goes to the side with the
 * smaller total; on a tie to the side that did not bear the latest meeting borne by one side alone
 * (the streak's other side), and to the mentor when every awkward meeting was borne by both.
 */
export function fairnessTally(meetings: readonly TallyMeeting[]): FairnessTally {
  const counts = { mentee: emptyCounts(), mentor: emptyCounts() };
  for (const m of meetings) {
    for (const side of ['mentee', 'mentor'] as const) {
      const kind = m[side];
      if (kind === 'working') continue;
      counts[side][kind]++;
      counts[side].total++;
    }
  }

  const recentFirst = meetings.filter((m) => bearerOf(m) !== null).sort((x, y) => y.startMs - x.startMs);
  let streak: FairnessTally['streak'] = null;
  for (const m of recentFirst) {
    const side = bearerOf(m);
    if (side === 'both' || side === null || (streak && streak.side !== side)) break;
    const kind = m[side] as AwkwardKind;
    if (!streak) streak = { side, count: 1, kind };
    else {
      streak.count++;
      if (streak.kind !== kind) streak.kind = 'mixed';
    }
  }

  let nextBearer: Side | null = null;
  const { mentee, mentor } = counts;
  if (mentee.total + mentor.total > 0) {
    if (mentee.total !== mentor.total) nextBearer = mentee.total < mentor.total ? 'mentee' : 'mentor';
    else {
      const lastAlone = recentFirst.map(bearerOf).find((side): side is Side => side === 'mentee' || side === 'mentor');
      nextBearer = lastAlone ? other(lastAlone) : 'mentor';
    }
  }
  return { ...counts, streak, nextBearer };
}
