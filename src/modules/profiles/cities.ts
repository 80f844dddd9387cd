import { createRequire } from 'node:module';
import type { CityData } from 'city-timezones';

/** A city from the bundled world-cities dataset (city-timezones, ~7,300 cities with coordinates and IANA zone). */
export interface City {
  id: string;
  name: string;
  province: string;
  country: string;
  countryName: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  population: number;
}

interface Indexed {
  city: City;
  key: string;
}

const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

let index: { list: Indexed[]; byId: Map<string, City> } | undefined;

/** Loaded on first use: the dataset is 2 MB of JSON, not needed at start. */
function load() {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const { cityMapping } = require('city-timezones') as { cityMapping: CityData[] };
  const list = cityMapping
    .map((c): Indexed => {
      const city: City = {
        id: `${c.iso2}:${fold(c.city_ascii)}:${fold(c.province)}`.replace(/ /g, '-'),
        name: c.city,
        province: c.province,
        country: c.iso2,
        countryName: c.country,
        latitude: c.lat,
        longitude: c.lng,
        timeZone: c.timezone,
        population: Math.round(c.pop),
      };
      return { city, key: `${fold(c.city)} ${fold(c.city_ascii)}` };
    })
    .sort((a, b) => b.city.population - a.city.population);
  index = { list, byId: new Map(list.map((i) => [i.city.id, i.city])) };
  return index;
}

export function cityById(id: string): City | undefined {
  return load().byId.get(id);
}

/**
 * Cities whose name starts with the query (accents and case ignored), the
 * most populous first; then names containing it. "sao" finds São Paulo.
 */
export function searchCities(query: string, limit = 10): City[] {
  const q = fold(query);
  if (!q) return [];
  const prefix: City[] = [];
  const inner: City[] = [];
  for (const { city, key } of load().list) {
    if (key.startsWith(q) || key.includes(` ${q}`)) prefix.push(city);
    else if (inner.length < limit && key.includes(q)) inner.push(city);
    if (prefix.length >= limit) break;
  }
  return [...prefix, ...inner].slice(0, limit);
}
