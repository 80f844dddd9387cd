import { zoneAt } from '../../core/time/schedule';
import type { TravelPeriod } from '../../core/time/types';
import type { Executor } from '../../db/database';
import { zoneCity } from '../../shared/time-zones';
import { listTravelOfUsers, toTravel } from './schedules.repository';

// Emails about a meeting tell its time on the clock each person will be on then: a trip's zone
// and city while a travel period covers it, home otherwise (the slot search does the same).

const DAY_MS = 24 * 60 * 60_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** These people's travel periods around [fromIso, toIso], by user id; one query. */
export async function travelAround(db: Executor, userIds: string[], fromIso: string, toIso: string): Promise<Map<string, TravelPeriod[]>> {
  // A day either side: a trip's days are local dates in its own zone.
  const rows = await listTravelOfUsers(db, [...new Set(userIds)], isoDate(Date.parse(fromIso) - DAY_MS), isoDate(Date.parse(toIso) + DAY_MS));
  const byUser = new Map<string, TravelPeriod[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), toTravel(r)]);
  return byUser;
}

/** The zone and place of someone's clock at `atIso`: the trip's while one covers it, else their own. */
export function clockAt(home: { timeZone: string; place: string }, travel: TravelPeriod[] | undefined, atIso: string): { timeZone: string; place: string } {
  const zone = zoneAt({ timeZone: home.timeZone, travel: travel ?? [] }, Date.parse(atIso));
  return zone === home.timeZone ? home : { timeZone: zone, place: zoneCity(zone) };
}
