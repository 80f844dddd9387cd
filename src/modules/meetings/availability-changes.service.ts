import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import type { OverrideInput, TravelInput } from './meetings.schemas';
import * as repo from './schedules.repository';

const presentOverride = (r: repo.OverrideRow) => ({ id: r.id, ...repo.toOverride(r), note: r.note });
const presentTravel = (r: repo.TravelRow) => ({ id: r.id, ...repo.toTravel(r), note: r.note });

/** My date overrides and travel periods (they apply in every program I am in). */
export async function listChanges(ctx: ServiceContext, actor: Actor) {
  const [overrides, travel] = await Promise.all([repo.listOverrides(ctx.db, actor.userId), repo.listTravel(ctx.db, actor.userId)]);
  return { overrides: overrides.map(presentOverride), travel: travel.map(presentTravel) };
}

/** Extra hours or time away on one local date. Windows on the same date must not overlap. */
export async function addOverride(ctx: ServiceContext, actor: Actor, input: OverrideInput) {
  const sorted = [...input.windows].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw AppError.field('validation_failed', 'windows', 'The hours overlap: give each stretch once.');
  }
  const row = {
    id: newId(),
    user_id: actor.userId,
    date: input.date,
    available: input.available ? 1 : 0,
    windows: JSON.stringify(sorted),
    note: input.note,
    created_at: ctx.clock.now().toISOString(),
  };
  await repo.insertOverride(ctx.db, row);
  return presentOverride(row);
}

/** A stay in another zone; periods must not share a day (which zone would apply?). */
export async function addTravel(ctx: ServiceContext, actor: Actor, input: TravelInput) {
  const row = {
    id: newId(),
    user_id: actor.userId,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    time_zone: input.timeZone,
    note: input.note,
    created_at: ctx.clock.now().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    const clash = await repo.findOverlappingTravel(trx, actor.userId, input.startsOn, input.endsOn);
    if (clash.length > 0) {
      throw AppError.field('conflict', 'startsOn', `These dates overlap your stay from ${clash[0]!.starts_on} to ${clash[0]!.ends_on}: change or remove that one first.`);
    }
    await repo.insertTravel(trx, row);
  });
  return presentTravel(row);
}

export async function removeOverride(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  if (!(await repo.deleteOverride(ctx.db, actor.userId, id))) throw AppError.notFound('Override');
}

export async function removeTravel(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  if (!(await repo.deleteTravel(ctx.db, actor.userId, id))) throw AppError.notFound('Travel period');
}
