import type { Executor } from '../../db/database';
import type { Role } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { createDefaultSurveys } from '../surveys/default-surveys';
import { listCyclesOfPrograms } from './cycles.repository';
import { insertMembership } from './members.repository';
import { authorize } from './programs.policy';
import { presentProgram } from './programs.presenter';
import * as repo from './programs.repository';
import type { CreateProgramInput, ProgramView, UpdateProgramInput } from './programs.schemas';

/** Programs as the given user sees them: their roles, member counts and cycles, in three queries. */
async function programViews(db: Executor, userId: string, programs: repo.ProgramRow[]): Promise<ProgramView[]> {
  const ids = programs.map((p) => p.id);
  const [roles, counts, cycles] = await Promise.all([
    repo.findRolesOfMember(db, userId, ids),
    repo.countMembersByRole(db, ids),
    listCyclesOfPrograms(db, ids),
  ]);
  return programs.map((p) =>
    presentProgram(p, {
      myRoles: roles.filter((r) => r.program_id === p.id).map((r) => r.role),
      counts: Object.fromEntries(counts.filter((c) => c.programId === p.id).map((c) => [c.role, c.count])) as Partial<
        Record<Role, number>
      >,
      cycles: cycles.filter((c) => c.program_id === p.id),
    }),
  );
}

async function programView(db: Executor, userId: string, programId: string): Promise<ProgramView> {
  const program = await repo.findProgramById(db, programId);
  if (!program) throw AppError.notFound('Program');
  const [view] = await programViews(db, userId, [program]);
  return view!;
}

/** Anyone signed in may start a program; they become its first admin. */
export async function createProgram(ctx: ServiceContext, actor: Actor, input: CreateProgramInput): Promise<ProgramView> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertProgram(trx, {
      id,
      name: input.name,
      description: input.description,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await insertMembership(trx, {
      id: newId(),
      program_id: id,
      user_id: actor.userId,
      role: 'admin',
      status: 'active',
      created_at: now,
      updated_at: now,
    });
    await createDefaultSurveys(trx, id, actor.userId, now);
    return programView(trx, actor.userId, id);
  });
}

export async function listMyPrograms(ctx: ServiceContext, actor: Actor): Promise<ProgramView[]> {
  return programViews(ctx.db, actor.userId, await repo.listProgramsOfMember(ctx.db, actor.userId));
}

export async function getProgram(ctx: ServiceContext, actor: Actor, input: { programId: string }): Promise<ProgramView> {
  await authorize(ctx.db, actor, input.programId, 'view');
  return programView(ctx.db, actor.userId, input.programId);
}

export async function updateProgram(
  ctx: ServiceContext,
  actor: Actor,
  input: UpdateProgramInput & { programId: string },
): Promise<ProgramView> {
  return ctx.db.transaction().execute(async (trx) => {
    await authorize(trx, actor, input.programId, 'edit');
    const patch = Object.fromEntries(
      Object.entries({ name: input.name, description: input.description }).filter(([, v]) => v !== undefined),
    );
    await repo.updateProgram(trx, input.programId, { ...patch, updated_at: ctx.clock.now().toISOString() });
    return programView(trx, actor.userId, input.programId);
  });
}
