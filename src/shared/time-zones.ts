const zones = new Set(Intl.supportedValuesOf('timeZone'));
zones.add('UTC');

/** All IANA zones this runtime knows, sorted (for pickers). */
export const timeZoneList: readonly string[] = [...zones].sort();

/**
 * True for a zone of the runtime's IANA list, or an alias of one
 * (Node's ICU lists Asia/Calcutta, browsers may send Asia/Kolkata).
 */
export function isKnownTimeZone(zone: string): boolean {
  if (zones.has(zone)) return true;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return zones.has(resolved) && zone.includes('/');
  } catch {
    return false;
  }
}

/** The city of a zone, for people without a city on their profile ("America/Los_Angeles" → "Los Angeles"). */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
