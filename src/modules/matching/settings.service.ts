import { DEFAULT_WEIGHTS, type MatchWeights } from '../../core/matching/types';
import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import * as repo from './matching.repository';
import type { MatchingSettings } from './matching.schemas';

export const DEFAULT_SETTINGS: MatchingSettings = { weights: DEFAULT_WEIGHTS, maxOpenRequests: 3, requestExpiryDays: 7 };

/** A program's matching settings, or the defaults when an admin never changed them. */
export async function settingsOf(db: Executor, programId: string): Promise<MatchingSettings> {
  const row = await repo.findSettings(db, programId);
  if (!row) return DEFAULT_SETTINGS;
  return {
    weights: { ...DEFAULT_WEIGHTS, ...(JSON.parse(row.weights) as Partial<MatchWeights>) },
    maxOpenRequests: row.max_open_requests,
    requestExpiryDays: row.request_expiry_days,
  };
}

export async function getSettings(ctx: ServiceContext, actor: Actor, input: { programId: string }): Promise<MatchingSettings> {
  await authorize(ctx.db, actor, input.programId, 'view');
  return settingsOf(ctx.db, input.programId);
}

export async function updateSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: MatchingSettings & { programId: string },
): Promise<MatchingSettings> {
  await authorize(ctx.db, actor, input.programId, 'edit');
  await ctx.db.transaction().execute((trx) =>
    repo.upsertSettings(trx, {
      program_id: input.programId,
      weights: JSON.stringify(input.weights),
      max_open_requests: input.maxOpenRequests,
      request_expiry_days: input.requestExpiryDays,
      updated_at: ctx.clock.now().toISOString(),
    }),
  );
  return settingsOf(ctx.db, input.programId);
}
