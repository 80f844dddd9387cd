import type { Cycle } from '../../lib/types';

export type CyclePhase = 'upcoming' | 'enrolment' | 'matching' | 'mentoring' | 'closed';

/** Which stage a cycle is in on a calendar day ('YYYY-MM-DD' strings compare in date order). */
export function cyclePhase(cycle: Cycle, today: string): CyclePhase {
  if (today < cycle.enrolmentOpensOn) return 'upcoming';
  if (today < cycle.matchingStartsOn) return 'enrolment';
  if (today < cycle.mentoringStartsOn) return 'matching';
  if (today <= cycle.closesOn) return 'mentoring';
  return 'closed';
}

/** The first cycle that has not closed yet, in date order. */
export function nextOpenCycle(cycles: Cycle[], today: string): Cycle | undefined {
  return [...cycles]
    .sort((a, b) => a.enrolmentOpensOn.localeCompare(b.enrolmentOpensOn))
    .find((c) => cyclePhase(c, today) !== 'closed');
}

export const cycleDateFields = ['enrolmentOpensOn', 'matchingStartsOn', 'mentoringStartsOn', 'closesOn'] as const;
export type CycleDateField = (typeof cycleDateFields)[number];
