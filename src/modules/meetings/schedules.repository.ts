import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AvailabilityOverridesTable, TravelPeriodsTable } from '../../db/schema';
import type { DateOverride, Schedule, TravelPeriod, WeeklyWindow } from '../../core/time';

// Date overrides and travel periods belong to the person (a day off is off in every program);
// weekly windows belong to their profile in one program.

export function listOverrides(db: Executor, userId: string) {
  return db.selectFrom('availability_overrides').selectAll().where('user_id', '=', userId).orderBy('date').orderBy('created_at').execute();
}
export type OverrideRow = Awaited<ReturnType<typeof listOverrides>>[number];

export function listTravel(db: Executor, userId: string) {
  return db.selectFrom('travel_periods').selectAll().where('user_id', '=', userId).orderBy('starts_on').execute();
}
export type TravelRow = Awaited<ReturnType<typeof listTravel>>[number];

export async function insertOverride(db: Executor, row: Insertable<AvailabilityOverridesTable>): Promise<void> {
  await db.insertInto('availability_overrides').values(row).execute();
}

export async function insertTravel(db: Executor, row: Insertable<TravelPeriodsTable>): Promise<void> {
  await db.insertInto('travel_periods').values(row).execute();
}

/** Deletes the user's own row; false when there is none (someone else's id included). */
export async function deleteOverride(db: Executor, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('availability_overrides').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function deleteTravel(db: Executor, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('travel_periods').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Travel periods of the user that share a day with [startsOn, endsOn]. */
export function findOverlappingTravel(db: Executor, userId: string, startsOn: string, endsOn: string) {
  return db
    .selectFrom('travel_periods')
    .select(['id', 'starts_on', 'ends_on'])
    .where('user_id', '=', userId)
    .where('starts_on', '<=', endsOn)
    .where('ends_on', '>=', startsOn)
    .execute();
}

/** Travel periods of these users that share a day with [startsOn, endsOn], for reminders on the clock they will be on. */
export function listTravelOfUsers(db: Executor, userIds: string[], startsOn: string, endsOn: string) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('travel_periods')
    .select(['user_id', 'starts_on', 'ends_on', 'time_zone'])
    .where('user_id', 'in', userIds)
    .where('starts_on', '<=', endsOn)
    .where('ends_on', '>=', startsOn)
    .orderBy('starts_on')
    .execute();
}

export const toOverride = (r: OverrideRow): DateOverride => ({
  date: r.date,
  available: Number(r.available) === 1,
  windows: JSON.parse(r.windows) as { start: string; end: string }[],
});
export const toTravel = (r: Pick<TravelRow, 'starts_on' | 'ends_on' | 'time_zone'>): TravelPeriod => ({ startsOn: r.starts_on, endsOn: r.ends_on, timeZone: r.time_zone });

/** A person's whole schedule in one program: profile windows, home zone, overrides and travel. */
export async function loadSchedule(db: Executor, membershipId: string): Promise<Schedule & { place: string | null; country: string | null; userId: string }> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('profiles as p', 'p.membership_id', 'm.id')
    .select(['u.id as user_id', 'u.time_zone', 'p.availability', 'p.city_name', 'p.country'])
    .where('m.id', '=', membershipId)
    .executeTakeFirstOrThrow();
  const [overrides, travel] = await Promise.all([listOverrides(db, row.user_id), listTravel(db, row.user_id)]);
  return {
    userId: row.user_id,
    timeZone: row.time_zone,
    windows: JSON.parse(row.availability ?? '[]') as WeeklyWindow[],
    overrides: overrides.map(toOverride),
    travel: travel.map(toTravel),
    place: row.city_name,
    country: row.country,
  };
}
