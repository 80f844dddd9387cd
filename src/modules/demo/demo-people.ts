/**
 * The people of the demo program: deterministic, spread over real cities and
 * zones, so every feature has distance pairs, same-city pairs and awkward gaps.
 */
export interface DemoCity {
  city: string;
  country: string;
  timeZone: string;
  names: { first: string[]; last: string[] };
}

const cities: DemoCity[] = [
  { city: 'San Francisco', country: 'US', timeZone: 'America/Los_Angeles', names: { first: ['Maya', 'Jordan', 'Elena', 'Marcus'], last: ['Chen', 'Rivera', 'Okafor', 'Nguyen'] } },
  { city: 'Austin', country: 'US', timeZone: 'America/Chicago', names: { first: ['Lucia', 'Dev', 'Hannah', 'Tomás'], last: ['Garza', 'Patel', 'Brooks', 'Reyes'] } },
  { city: 'Boston', country: 'US', timeZone: 'America/New_York', names: { first: ['Grace', 'Samuel', 'Nadia', 'Owen'], last: ['Sullivan', 'Kim', 'Haddad', 'Fitzgerald'] } },
  { city: 'São Paulo', country: 'BR', timeZone: 'America/Sao_Paulo', names: { first: ['Beatriz', 'Rafael', 'Camila', 'Thiago'], last: ['Souza', 'Oliveira', 'Santos', 'Lima'] } },
  { city: 'Dublin', country: 'IE', timeZone: 'Europe/Dublin', names: { first: ['Aoife', 'Cian', 'Niamh', 'Darragh'], last: ['Murphy', 'Byrne', 'Kelly', 'Walsh'] } },
  { city: 'London', country: 'GB', timeZone: 'Europe/London', names: { first: ['Amelia', 'Kwame', 'Priya', 'Oliver'], last: ['Clarke', 'Mensah', 'Shah', 'Bennett'] } },
  { city: 'Prague', country: 'CZ', timeZone: 'Europe/Prague', names: { first: ['Tereza', 'Jakub', 'Lucie', 'Ondřej'], last: ['Nováková', 'Svoboda', 'Dvořáková', 'Černý'] } },
  { city: 'Beirut', country: 'LB', timeZone: 'Asia/Beirut', names: { first: ['Rania', 'Karim', 'Lina', 'Ziad'], last: ['Haddad', 'Khoury', 'Saab', 'Nassar'] } },
  { city: 'Cairo', country: 'EG', timeZone: 'Africa/Cairo', names: { first: ['Mariam', 'Omar', 'Yasmin', 'Ahmed'], last: ['Hassan', 'Farouk', 'Mostafa', 'Saleh'] } },
  { city: 'Nairobi', country: 'KE', timeZone: 'Africa/Nairobi', names: { first: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau'], last: ['Mwangi', 'Odhiambo', 'Njoroge', 'Wekesa'] } },
  { city: 'Bangalore', country: 'IN', timeZone: 'Asia/Kolkata', names: { first: ['Ananya', 'Rohan', 'Kavya', 'Arjun'], last: ['Iyer', 'Reddy', 'Nair', 'Rao'] } },
  { city: 'Beijing', country: 'CN', timeZone: 'Asia/Shanghai', names: { first: ['Wei', 'Xiaoling', 'Jun', 'Mei'], last: ['Zhang', 'Wang', 'Li', 'Liu'] } },
  { city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', names: { first: ['Yuki', 'Haruto', 'Aiko', 'Ren'], last: ['Sato', 'Tanaka', 'Suzuki', 'Watanabe'] } },
  { city: 'Sydney', country: 'AU', timeZone: 'Australia/Sydney', names: { first: ['Chloe', 'Liam', 'Isla', 'Noah'], last: ['Wilson', 'Taylor', 'Nguyen', 'Harris'] } },
];

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  role: 'mentor' | 'mentee';
  city: string;
  country: string;
  timeZone: string;
}

export const DEMO_PASSWORD = 'meridian-demo';
export const DEMO_DOMAIN = 'demo.meridian.test';

const ascii = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

/** 40 mentors and 60 mentees, the same on every machine. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [];
  const used = new Set<string>();
  const counts = { mentor: 40, mentee: 60 };
  for (const role of ['mentor', 'mentee'] as const) {
    for (let i = 0; i < counts[role]; i++) {
      // Walk the cities so that every city has people of both roles.
      const c = cities[(i * 5 + (role === 'mentee' ? 3 : 0)) % cities.length]!;
      const round = Math.floor(i / cities.length);
      const first = c.names.first[(i + round + (role === 'mentee' ? 2 : 0)) % c.names.first.length]!;
      // Rotate the family name until the person is unique (emails must be).
      let k = i * 3 + round;
      let last = c.names.last[k % c.names.last.length]!;
      while (used.has(`${ascii(first)}.${ascii(last)}`)) last = c.names.last[++k % c.names.last.length]!;
      const email = `${ascii(first)}.${ascii(last)}@${DEMO_DOMAIN}`;
      used.add(`${ascii(first)}.${ascii(last)}`);
      people.push({ key: `${role}-${i}`, name: `${first} ${last}`, email, role, city: c.city, country: c.country, timeZone: c.timeZone });
    }
  }
  return people;
}

export const demoAdmin = {
  key: 'admin',
  name: 'Katherine Admin',
  email: `admin@${DEMO_DOMAIN}`,
  city: 'San Francisco',
  country: 'US',
  timeZone: 'America/Los_Angeles',
};
