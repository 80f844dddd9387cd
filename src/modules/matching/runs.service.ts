import type { MatchingMode } from '../../core/matching/assignment';
import type { MatchWeights } from '../../core/matching/types';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import type { RunInput, RunOutput } from './cohort-run';
import { horizonStart, loadPeople } from './match-people';
import { runInWorker } from './run-executor';
import * as repo from './runs.repository';
import { presentPair, presentRun, wordUnmatched } from './runs.presenter';
import type { RunView } from './runs.schemas';
import { settingsOf } from './settings.service';

export type RunExecutor = (input: RunInput, progress: (stage: string, fraction: number) => void) => Promise<RunOutput>;

/** A running run whose worker has not reported for this long was interrupted (the process stopped). */
const HEARTBEAT_TIMEOUT_MS = 2 * 60_000;
const PROGRESS_EVERY_MS = 250;

const inFlight = new Set<Promise<void>>();
/** Runs this process is computing: their heartbeat is not in doubt. */
const localRuns = new Set<string>();

/** Waits for runs still computing (called when the app closes). */
export async function drainRuns(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

/**
 * Starts a cohort matching run (admins) and returns at once with the run in
 * 'running'; the work happens in a worker thread and the run becomes a 'draft'
 * to review. Everyone active and unmatched takes part; pins and forbids apply.
 */
export async function createRun(
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string; mode: MatchingMode; weights?: MatchWeights | undefined },
  execute: RunExecutor = runInWorker,
): Promise<RunView> {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  const weights = input.weights ?? (await settingsOf(ctx.db, input.programId)).weights;
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await repo.insertRun(ctx.db, {
    id,
    program_id: input.programId,
    mode: input.mode,
    weights: JSON.stringify(weights),
    status: 'running',
    progress: 0,
    stage: 'loading',
    total_score: null,
    matched: null,
    proof: null,
    error: null,
    created_by: actor.userId,
    created_at: now,
    heartbeat_at: now,
    finished_at: null,
    published_at: null,
  });
  localRuns.add(id);
  const task = perform(ctx, { id, programId: input.programId, mode: input.mode, weights }, execute);
  inFlight.add(task);
  void task.finally(() => {
    inFlight.delete(task);
    localRuns.delete(id);
  });
  return presentRun((await repo.findRun(ctx.db, id))!);
}

async function perform(
  ctx: ServiceContext,
  run: { id: string; programId: string; mode: MatchingMode; weights: MatchWeights },
  execute: RunExecutor,
): Promise<void> {
  const stamp = () => ctx.clock.now().toISOString();
  try {
    const [people, constraints] = await Promise.all([loadPeople(ctx.db, run.programId), repo.listConstraints(ctx.db, run.programId)]);
    const mentees = people.mentees.filter((m) => !people.matched.has(m.id));
    const mentors = people.mentors.filter((m) => m.capacity - m.activeMentees > 0);
    const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
    const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
    const pairsOf = (kind: 'pin' | 'forbid') =>
      constraints
        .filter((c) => c.kind === kind && menteeIndex.has(c.mentee_membership_id) && mentorIndex.has(c.mentor_membership_id))
        .map((c): [number, number] => [menteeIndex.get(c.mentee_membership_id)!, mentorIndex.get(c.mentor_membership_id)!]);
    let last = 0;
    const output = await execute(
      {
        mentees,
        mentors,
        fromMs: horizonStart(ctx.clock.now()),
        weeks: 4,
        weights: run.weights,
        mode: run.mode,
        pins: pairsOf('pin'),
        forbids: pairsOf('forbid'),
      },
      (stage, fraction) => {
        const t = Date.now();
        if (t - last < PROGRESS_EVERY_MS && fraction < 1) return;
        last = t;
        void repo.reportProgress(ctx.db, run.id, stage, Math.min(0.99, fraction), stamp()).catch(() => {});
      },
    );
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertPairs(
        trx,
        output.pairs.map((p) => ({
          run_id: run.id,
          mentee_membership_id: mentees[p.mentee]!.id,
          mentor_membership_id: mentors[p.mentor]!.id,
          score: Math.round(p.score * 10) / 10,
          details: JSON.stringify(p.details),
          pinned: p.pinned ? 1 : 0,
        })),
      );
      await repo.insertUnmatched(
        trx,
        output.unmatched.map((u) => ({
          run_id: run.id,
          membership_id: (u.role === 'mentee' ? mentees : mentors)[u.index]!.id,
          role: u.role,
          reason: JSON.stringify(u.reason),
        })),
      );
      await repo.finishRun(trx, run.id, { total: Math.round(output.total * 10) / 10, matched: output.matched, proof: JSON.stringify(output.proof), at: stamp() });
    });
  } catch (err) {
    await repo.failRun(ctx.db, run.id, err instanceof Error ? err.message : String(err), stamp()).catch(() => {});
  }
}

/** The run, if the actor administers its program; a stalled running run is marked failed on the way. */
export async function authorizeRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<repo.RunRow> {
  const run = await repo.findRun(ctx.db, runId);
  if (!run) throw AppError.notFound('Matching run');
  await authorize(ctx.db, actor, run.program_id, 'manageMembers', 'Matching run');
  if (run.status === 'running' && run.heartbeat_at && Date.parse(run.heartbeat_at) < ctx.clock.now().getTime() - HEARTBEAT_TIMEOUT_MS && !localRuns.has(run.id)) {
    await repo.failRun(ctx.db, run.id, 'The run was interrupted (the server stopped). Start it again.', ctx.clock.now().toISOString());
    return (await repo.findRun(ctx.db, runId))!;
  }
  return run;
}

export async function getRun(ctx: ServiceContext, actor: Actor, input: { runId: string }) {
  const run = await authorizeRun(ctx, actor, input.runId);
  const [pairs, unmatched] = await Promise.all([repo.listPairs(ctx.db, run.id), repo.listUnmatched(ctx.db, run.id)]);
  const reader = { locale: actor.locale, timeZone: actor.timeZone };
  return {
    run: presentRun(run),
    pairs: pairs.map((p) => presentPair(p, reader)),
    unmatched: unmatched.map((u) => ({ membershipId: u.membership_id, name: u.name, role: u.role, reason: wordUnmatched(u.reason, reader) })),
  };
}

export async function listRuns(ctx: ServiceContext, actor: Actor, input: { programId: string }): Promise<RunView[]> {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  return (await repo.listRuns(ctx.db, input.programId)).map(presentRun);
}

/** Pin (must be paired) or forbid (must not be) a mentee–mentor pair for the next runs (admins). */
export async function setConstraint(
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string; menteeId: string; mentorId: string; kind: 'pin' | 'forbid' },
): Promise<void> {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  const people = await loadPeople(ctx.db, input.programId);
  if (people.info.get(input.menteeId)?.role !== 'mentee') throw AppError.field('not_found', 'menteeId', 'No active mentee with this id in the program.');
  if (people.info.get(input.mentorId)?.role !== 'mentor') throw AppError.field('not_found', 'mentorId', 'No active mentor with this id in the program.');
  await ctx.db.transaction().execute(async (trx) => {
    if (input.kind === 'pin') await repo.clearPinsOfMentee(trx, input.programId, input.menteeId);
    await repo.setConstraint(trx, {
      program_id: input.programId,
      mentee_membership_id: input.menteeId,
      mentor_membership_id: input.mentorId,
      kind: input.kind,
      created_by: actor.userId,
      created_at: ctx.clock.now().toISOString(),
    });
  });
}

export async function clearConstraint(ctx: ServiceContext, actor: Actor, input: { programId: string; menteeId: string; mentorId: string }) {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  if (!(await ctx.db.transaction().execute((trx) => repo.deleteConstraint(trx, input.programId, input.menteeId, input.mentorId)))) {
    throw AppError.notFound('Pin or forbid');
  }
}

export async function listConstraints(ctx: ServiceContext, actor: Actor, input: { programId: string }) {
  await authorize(ctx.db, actor, input.programId, 'manageMembers');
  return (await repo.listConstraints(ctx.db, input.programId)).map((c) => ({
    mentee: { membershipId: c.mentee_membership_id, name: c.mentee_name },
    mentor: { membershipId: c.mentor_membership_id, name: c.mentor_name },
    kind: c.kind,
    createdAt: c.created_at,
  }));
}
