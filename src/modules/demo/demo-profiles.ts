import type { WeeklyWindow } from '../../core/time/types';
import type { DemoPerson } from './demo-people';

/** The demo program's topic taxonomy. */
export const DEMO_TOPICS = [
  'System design', 'Career growth', 'Leadership', 'Public speaking', 'Distributed systems', 'Frontend', 'Backend',
  'Machine learning', 'Data engineering', 'Security', 'Mobile', 'DevOps', 'Testing', 'Product sense', 'Negotiation',
  'Technical writing', 'Open source', 'Accessibility', 'Management', 'Interviewing',
];

/** Where each demo city is in the bundled world-cities dataset, and what people there speak. */
const places: Record<string, { cityId: string; languages: string[] }> = {
  'San Francisco': { cityId: 'US:san-francisco:california', languages: ['en', 'es'] },
  Austin: { cityId: 'US:austin:texas', languages: ['en', 'es'] },
  Boston: { cityId: 'US:boston:massachusetts', languages: ['en'] },
  'São Paulo': { cityId: 'BR:sao-paulo:sao-paulo', languages: ['pt', 'en'] },
  Dublin: { cityId: 'IE:dublin:dublin', languages: ['en', 'ga'] },
  London: { cityId: 'GB:london:westminster', languages: ['en'] },
  Prague: { cityId: 'CZ:prague:prague', languages: ['cs', 'en'] },
  Beirut: { cityId: 'LB:beirut:beirut', languages: ['ar', 'en', 'fr'] },
  Cairo: { cityId: 'EG:cairo:al-qahirah', languages: ['ar', 'en'] },
  Nairobi: { cityId: 'KE:nairobi:nairobi', languages: ['en', 'sw'] },
  Bangalore: { cityId: 'IN:bengaluru:karnataka', languages: ['en', 'hi', 'kn'] },
  Beijing: { cityId: 'CN:beijing:beijing', languages: ['zh', 'en'] },
  Tokyo: { cityId: 'JP:tokyo:tokyo', languages: ['ja', 'en'] },
  Sydney: { cityId: 'AU:sydney:new-south-wales', languages: ['en'] },
};

const weekdays = (days: number[], start: string, end: string): WeeklyWindow[] =>
  days.map((d) => ({ weekday: d as WeeklyWindow['weekday'], start, end }));

// Working-hour patterns people pick (local time); early and late ones make distance pairs possible.
const patterns: WeeklyWindow[][] = [
  weekdays([1, 2, 3, 4, 5], '09:00', '17:00'),
  weekdays([2, 3, 4], '07:00', '10:00'),
  weekdays([1, 3, 5], '16:00', '20:00'),
  [...weekdays([1, 2], '08:00', '12:00'), ...weekdays([4], '14:00', '18:00')],
  weekdays([1, 2, 3, 4], '18:00', '21:00'),
  [...weekdays([2, 4], '06:00', '09:00'), { weekday: 6, start: '10:00', end: '13:00' }],
];

const headlines = {
  mentor: ['Staff engineer, platform', 'Engineering manager', 'Principal engineer, data', 'Security lead', 'Senior frontend engineer', 'Director of engineering'],
  mentee: ['Junior backend developer', 'Graduate engineer', 'Mid-level mobile developer', 'QA engineer moving to development', 'Data analyst learning engineering', 'Self-taught web developer'],
};

export interface DemoProfile {
  headline: string;
  bio: string;
  cityId: string;
  languages: string[];
  topics: string[];
  availability: WeeklyWindow[];
  channels: string[];
  capacity: number;
  openToInPerson: boolean;
}

/** A deterministic, complete profile for a demo person (index = position among their role). */
export function demoProfile(p: DemoPerson, index: number): DemoProfile {
  const place = places[p.city]!;
  const count = p.role === 'mentor' ? 4 : 2 + (index % 2);
  const topics = Array.from({ length: count }, (_, k) => DEMO_TOPICS[(index * 7 + k * 3 + (p.role === 'mentee' ? 1 : 0)) % DEMO_TOPICS.length]!);
  return {
    headline: headlines[p.role][index % headlines[p.role].length]!,
    bio:
      p.role === 'mentor'
        ? `I have mentored engineers across time zones for years and enjoy helping people grow. I work from ${p.city}.`
        : `I am building my engineering career in ${p.city} and looking for a mentor who can help me grow.`,
    cityId: place.cityId,
    // Most people list their local language first; some only English.
    languages: index % 5 === 4 ? ['en'] : place.languages,
    topics: [...new Set(topics)],
    availability: patterns[(index + (p.role === 'mentee' ? 2 : 0)) % patterns.length]!,
    channels: index % 3 === 0 ? ['video', 'chat'] : index % 3 === 1 ? ['video', 'email'] : ['phone', 'video', 'in-person'],
    capacity: p.role === 'mentor' ? 1 + (index % 3) : 0,
    openToInPerson: index % 3 === 2,
  };
}
