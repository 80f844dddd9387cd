import type { FieldError } from '../../shared/errors';

export interface CycleDates {
  enrolmentOpensOn: string;
  matchingStartsOn: string;
  mentoringStartsOn: string;
  closesOn: string;
}

type DateField = keyof CycleDates;

const rules: { earlier: DateField; later: DateField; strict: boolean; laterMessage: string; earlierMessage: string }[] = [
  {
    earlier: 'enrolmentOpensOn',
    later: 'matchingStartsOn',
    strict: false,
    laterMessage: 'Matching cannot start before enrolment opens.',
    earlierMessage: 'Enrolment cannot open after matching starts.',
  },
  {
    earlier: 'matchingStartsOn',
    later: 'mentoringStartsOn',
    strict: false,
    laterMessage: 'Mentoring cannot start before matching starts.',
    earlierMessage: 'Matching cannot start after mentoring starts.',
  },
  {
    earlier: 'mentoringStartsOn',
    later: 'closesOn',
    strict: true,
    laterMessage: 'The cycle must close after mentoring starts.',
    earlierMessage: 'Mentoring must start before the cycle closes.',
  },
];

/**
 * The phases of a cycle follow each other: enrolment ≤ matching ≤ mentoring <
 * closing. For each pair out of order the error names the later field, or the
 * earlier one when only that one is among `changed` (the fields a partial
 * update touched), so the message points at what the person just edited.
 * 'YYYY-MM-DD' strings compare correctly as text.
 */
export function cycleDateErrors(d: CycleDates, changed?: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const r of rules) {
    const inOrder = r.strict ? d[r.earlier] < d[r.later] : d[r.earlier] <= d[r.later];
    if (inOrder) continue;
    const blameEarlier = changed !== undefined && changed.has(r.earlier) && !changed.has(r.later);
    errors.push(
      blameEarlier ? { path: r.earlier, message: r.earlierMessage } : { path: r.later, message: r.laterMessage },
    );
  }
  return errors;
}
