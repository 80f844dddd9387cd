import type { DistanceClass } from './types';

const EARTH_KM = 6371;
/** Two places this close are one metro area: meeting in person is practical. */
export const SAME_CITY_KM = 50;
/** Zone gaps up to this many hours still leave a shared working day. */
export const NEAR_ZONE_HOURS = 3;

export interface Place {
  cityId: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Great-circle distance in km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function sameCity(a: Place, b: Place): boolean {
  if (a.cityId && a.cityId === b.cityId) return true;
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return false;
  return distanceKm(a as { latitude: number; longitude: number }, b as { latitude: number; longitude: number }) <= SAME_CITY_KM;
}

/** Same city, same country, or by zone gap: up to 3 h is near, more is far. */
export function distanceClass(a: Place, b: Place, zoneGapHours: number): DistanceClass {
  if (sameCity(a, b)) return 'same-city';
  if (a.country && a.country === b.country) return 'same-country';
  return Math.abs(zoneGapHours) <= NEAR_ZONE_HOURS ? 'near-zone' : 'far-zone';
}

/** The distance part of the score, 0..1: nearer is better, and far gaps fall off towards 12 hours. */
export function distancePart(cls: DistanceClass, zoneGapHours: number): number {
  switch (cls) {
    case 'same-city':
      return 1;
    case 'same-country':
      return 0.8;
    case 'near-zone':
      return 0.6;
    case 'far-zone':
      return Math.max(0, 0.4 * (1 - (Math.abs(zoneGapHours) - NEAR_ZONE_HOURS) / 9));
  }
}
