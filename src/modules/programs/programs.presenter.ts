import type { Role } from '../../db/schema';
import type { CycleRow } from './cycles.repository';
import type { ProgramRow } from './programs.repository';
import type { CycleView, ProgramView } from './programs.schemas';

const roleOrder: Role[] = ['admin', 'mentor', 'mentee'];

export function presentCycle(c: CycleRow): CycleView {
  return {
    id: c.id,
    name: c.name,
    enrolmentOpensOn: c.enrolment_opens_on,
    matchingStartsOn: c.matching_starts_on,
    mentoringStartsOn: c.mentoring_starts_on,
    closesOn: c.closes_on,
  };
}

export function presentProgram(
  p: ProgramRow,
  extra: { myRoles: Role[]; counts: Partial<Record<Role, number>>; cycles: CycleRow[] },
): ProgramView {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    createdAt: p.created_at,
    myRoles: roleOrder.filter((r) => extra.myRoles.includes(r)),
    counts: { admins: extra.counts.admin ?? 0, mentors: extra.counts.mentor ?? 0, mentees: extra.counts.mentee ?? 0 },
    cycles: extra.cycles.map(presentCycle),
  };
}
