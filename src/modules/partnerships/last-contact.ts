/**
 * A pair's last contact from its sources (held meeting, logged contact as a 'YYYY-MM-DD' day
 * taken at 00:00 UTC, message): the latest of those given, or null when there was none.
 */
export function lastContact(o: { metAt: string | null; loggedOn: string | null; messagedAt: string | null }): string | null {
  const xs = [o.metAt, o.loggedOn && `${o.loggedOn}T00:00:00.000Z`, o.messagedAt];
  return xs.reduce<string | null>((a, x) => (x && (a === null || Date.parse(x) > Date.parse(a)) ? new Date(x).toISOString() : a), null);
}
