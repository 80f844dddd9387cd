import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { cycleDateErrors, type CycleDates } from './cycle-dates';
import * as repo from './cycles.repository';
import type { CycleInput, CycleUpdate } from './cycles.schemas';
import { authorize } from './programs.policy';
import { presentCycle } from './programs.presenter';
import type { CycleView } from './programs.schemas';

function assertDatesInOrder(dates: CycleDates, changed?: ReadonlySet<string>): void {
  const errors = cycleDateErrors(dates, changed);
  if (errors.length > 0) throw new AppError('unprocessable', errors[0]!.message, errors);
}

export async function createCycle(
  ctx: ServiceContext,
  actor: Actor,
  input: CycleInput & { programId: string },
): Promise<CycleView> {
  return ctx.db.transaction().execute(async (trx) => {
    await authorize(trx, actor, input.programId, 'manageCycles');
    assertDatesInOrder(input);
    const row = {
      id: newId(),
      program_id: input.programId,
      name: input.name,
      enrolment_opens_on: input.enrolmentOpensOn,
      matching_starts_on: input.matchingStartsOn,
      mentoring_starts_on: input.mentoringStartsOn,
      closes_on: input.closesOn,
      created_at: ctx.clock.now().toISOString(),
    };
    await repo.insertCycle(trx, row);
    return presentCycle(row);
  });
}

/** Applies a partial change; the merged cycle must still have its dates in order. */
export async function updateCycle(
  ctx: ServiceContext,
  actor: Actor,
  input: CycleUpdate & { cycleId: string },
): Promise<CycleView> {
  return ctx.db.transaction().execute(async (trx) => {
    const cycle = await repo.findCycleById(trx, input.cycleId);
    if (!cycle) throw AppError.notFound('Cycle');
    await authorize(trx, actor, cycle.program_id, 'manageCycles', 'Cycle');
    const merged = {
      ...cycle,
      name: input.name ?? cycle.name,
      enrolment_opens_on: input.enrolmentOpensOn ?? cycle.enrolment_opens_on,
      matching_starts_on: input.matchingStartsOn ?? cycle.matching_starts_on,
      mentoring_starts_on: input.mentoringStartsOn ?? cycle.mentoring_starts_on,
      closes_on: input.closesOn ?? cycle.closes_on,
    };
    const view = presentCycle(merged);
    assertDatesInOrder(view, new Set(Object.keys(input)));
    const { id: _id, program_id: _program, created_at: _created, ...patch } = merged;
    await repo.updateCycle(trx, cycle.id, patch);
    return view;
  });
}

export async function deleteCycle(ctx: ServiceContext, actor: Actor, input: { cycleId: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const cycle = await repo.findCycleById(trx, input.cycleId);
    if (!cycle) throw AppError.notFound('Cycle');
    await authorize(trx, actor, cycle.program_id, 'manageCycles', 'Cycle');
    await repo.deleteCycle(trx, cycle.id);
  });
}
