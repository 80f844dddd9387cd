import type { MeetingSide, Partnership } from '../../lib/contracts';
import type { ProgramRole } from '../../lib/types';

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

/**
 * Which side of the pair the viewer is on: a meeting says so when there is one; else their
 * role in the program, and their name when they hold both roles there.
 */
export function viewerSideOf(
  partnership: Partnership,
  roles: readonly ProgramRole[],
  myName: string | undefined,
  fromMeeting: MeetingSide | null | undefined,
): MeetingSide | null {
  if (fromMeeting) return fromMeeting;
  const mentee = roles.includes('mentee');
  const mentor = roles.includes('mentor');
  if (mentee && !mentor) return 'mentee';
  if (mentor && !mentee) return 'mentor';
  if (mentee && mentor) {
    if (partnership.mentee.name === myName) return 'mentee';
    if (partnership.mentor.name === myName) return 'mentor';
  }
  return null;
}

/** Whose local time goes beside the viewer's: the other person, or both when an admin looks on. */
export function othersOf(pair: Pair): MeetingSide[] {
  if (pair.side === 'mentee') return ['mentor'];
  if (pair.side === 'mentor') return ['mentee'];
  return ['mentee', 'mentor'];
}
