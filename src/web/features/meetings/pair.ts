import type { MeetingSide, Partnership } from '../../lib/contracts';

/** The two people of a partnership as the pages about their meetings need them. */
export interface Pair {
  partnershipId: string;
  /** The viewer's side, or null when someone else (a program admin) is looking on. */
  side: MeetingSide | null;
  names: Record<MeetingSide, string>;
  zones: Record<MeetingSide, string>;
}

export function pairOf(partnership: Partnership, side: MeetingSide | null): Pair {
  return {
    partnershipId: partnership.id,
    side,
    names: { mentee: partnership.mentee.name, mentor: partnership.mentor.name },
    zones: { mentee: partnership.mentee.timeZone, mentor: partnership.mentor.timeZone },
  };
}

/** Whose local time goes beside the viewer's: the other person, or both when an admin looks on. */
export function othersOf(pair: Pair): MeetingSide[] {
  if (pair.side === 'mentee') return ['mentor'];
  if (pair.side === 'mentor') return ['mentee'];
  return ['mentee', 'mentor'];
}
