import type { WeeklyWindow } from '../src/core/time/types';
import type { MatchMentor, MatchPerson } from '../src/core/matching/types';

/** A small deterministic PRNG (mulberry32), so every run builds the same cohort. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Where engineers in global programs live (weights ~ headcount), with their cities' coordinates.
const places = [
  { zone: 'America/Los_Angeles', country: 'US', city: 'US:san-francisco:california', lat: 37.74, lon: -122.46, w: 12 },
  { zone: 'America/Chicago', country: 'US', city: 'US:austin:texas', lat: 30.27, lon: -97.74, w: 6 },
  { zone: 'America/New_York', country: 'US', city: 'US:boston:massachusetts', lat: 42.36, lon: -71.06, w: 8 },
  { zone: 'America/Sao_Paulo', country: 'BR', city: 'BR:sao-paulo:sao-paulo', lat: -23.55, lon: -46.63, w: 5 },
  { zone: 'America/Mexico_City', country: 'MX', city: 'MX:mexico-city:distrito-federal', lat: 19.43, lon: -99.13, w: 3 },
  { zone: 'Europe/Dublin', country: 'IE', city: 'IE:dublin:dublin', lat: 53.35, lon: -6.26, w: 4 },
  { zone: 'Europe/London', country: 'GB', city: 'GB:london:westminster', lat: 51.5, lon: -0.12, w: 8 },
  { zone: 'Europe/Berlin', country: 'DE', city: 'DE:berlin:berlin', lat: 52.52, lon: 13.4, w: 5 },
  { zone: 'Europe/Prague', country: 'CZ', city: 'CZ:prague:prague', lat: 50.08, lon: 14.44, w: 3 },
  { zone: 'Asia/Beirut', country: 'LB', city: 'LB:beirut:beirut', lat: 33.87, lon: 35.51, w: 2 },
  { zone: 'Africa/Cairo', country: 'EG', city: 'EG:cairo:al-qahirah', lat: 30.05, lon: 31.25, w: 3 },
  { zone: 'Africa/Lagos', country: 'NG', city: 'NG:lagos:lagos', lat: 6.45, lon: 3.39, w: 3 },
  { zone: 'Africa/Nairobi', country: 'KE', city: 'KE:nairobi:nairobi', lat: -1.28, lon: 36.82, w: 3 },
  { zone: 'Asia/Dubai', country: 'AE', city: 'AE:dubai:dubay', lat: 25.2, lon: 55.27, w: 2 },
  { zone: 'Asia/Kolkata', country: 'IN', city: 'IN:bengaluru:karnataka', lat: 12.97, lon: 77.56, w: 10 },
  { zone: 'Asia/Kathmandu', country: 'NP', city: 'NP:kathmandu:bagmati', lat: 27.71, lon: 85.32, w: 1 },
  { zone: 'Asia/Singapore', country: 'SG', city: 'SG:singapore:central-singapore', lat: 1.29, lon: 103.85, w: 3 },
  { zone: 'Asia/Shanghai', country: 'CN', city: 'CN:beijing:beijing', lat: 39.93, lon: 116.39, w: 5 },
  { zone: 'Asia/Tokyo', country: 'JP', city: 'JP:tokyo:tokyo', lat: 35.69, lon: 139.75, w: 4 },
  { zone: 'Australia/Sydney', country: 'AU', city: 'AU:sydney:new-south-wales', lat: -33.92, lon: 151.19, w: 3 },
];
const languagesByCountry: Record<string, string[]> = {
  US: ['en', 'es'], BR: ['pt', 'en'], MX: ['es', 'en'], IE: ['en', 'ga'], GB: ['en'], DE: ['de', 'en'], CZ: ['cs', 'en'],
  LB: ['ar', 'fr', 'en'], EG: ['ar', 'en'], NG: ['en', 'yo'], KE: ['sw', 'en'], AE: ['ar', 'en'], IN: ['hi', 'en', 'kn'],
  NP: ['ne', 'en'], SG: ['en', 'zh'], CN: ['zh', 'en'], JP: ['ja', 'en'], AU: ['en'],
};
const topics = [
  'system-design', 'career-growth', 'leadership', 'public-speaking', 'distributed-systems', 'frontend', 'backend', 'machine-learning',
  'data-engineering', 'security', 'mobile', 'devops', 'testing', 'product-sense', 'negotiation', 'writing', 'open-source', 'rust',
  'go', 'typescript', 'python', 'java', 'kubernetes', 'databases', 'accessibility', 'ux-research', 'management', 'architecture',
  'interviewing', 'networking',
];
// Weekly availability patterns people pick from (local time), so many share a signature, as in real programs.
const patterns: WeeklyWindow[][] = [
  [1, 2, 3, 4, 5].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '09:00', end: '17:00' })),
  [1, 2, 3, 4, 5].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '08:00', end: '12:00' })),
  [1, 2, 3, 4, 5].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '13:00', end: '18:00' })),
  [2, 4].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '07:00', end: '10:00' })),
  [1, 3, 5].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '17:00', end: '20:00' })),
  [{ weekday: 6, start: '10:00', end: '14:00' }],
  [1, 2, 3].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '10:00', end: '16:00' })),
  [2, 3, 4].map((d) => ({ weekday: d as WeeklyWindow['weekday'], start: '16:00', end: '19:00' })),
];

export interface SyntheticCohort {
  mentees: MatchPerson[];
  mentors: MatchMentor[];
}

/** A realistic, deterministic cohort: zones weighted by headcount, local languages, topic tastes, capacities 1–5. */
export function syntheticCohort(mentees: number, mentors: number, seed: number): SyntheticCohort {
  const rnd = prng(seed);
  const totalW = places.reduce((s, p) => s + p.w, 0);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const place = () => {
    let r = rnd() * totalW;
    for (const p of places) if ((r -= p.w) < 0) return p;
    return places[0]!;
  };
  const sample = (xs: readonly string[], n: number) => {
    const out = new Set<string>();
    while (out.size < n) out.add(xs[Math.floor(rnd() ** 1.5 * xs.length)]!);
    return [...out];
  };
  const person = (id: string, topicCount: number): MatchPerson => {
    const p = place();
    const local = languagesByCountry[p.country] ?? ['en'];
    const languages = rnd() < 0.85 ? [local[0]!, ...(local.includes('en') && local[0] !== 'en' ? ['en'] : [])] : [local[0]!];
    return {
      id,
      topics: sample(topics, topicCount),
      languages: [...new Set(languages)],
      timeZone: p.zone,
      cityId: p.city,
      country: p.country,
      latitude: p.lat,
      longitude: p.lon,
      availability: pick(patterns),
    };
  };
  return {
    mentees: Array.from({ length: mentees }, (_, i) => person(`e${i}`, 1 + Math.floor(rnd() * 4))),
    mentors: Array.from({ length: mentors }, (_, j) => {
      const base = person(`m${j}`, 2 + Math.floor(rnd() * 5));
      return {
        ...base,
        capacity: 1 + Math.floor(rnd() * 5),
        activeMentees: 0,
        preferences: {
          languages: rnd() < 0.05 ? [base.languages[0]!] : [],
          maxZoneGapHours: rnd() < 0.2 ? 6 + Math.floor(rnd() * 4) : null,
          openToInPerson: rnd() < 0.3,
        },
      };
    }),
  };
}
