import type { BrowserContext } from 'playwright-core';
import type { Person } from './app';

/**
 * A signed-in API session for seeding a journey (people, programs, profiles) without
 * clicking through pages the journey is not about. It keeps the session and CSRF
 * cookies as a browser would and can hand them to a browser context.
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseURL: string) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', origin: this.baseURL };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('meridian_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(new URL(`/api/v1${path}`, this.baseURL), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  /** Gives a browser context this session's cookies, so its pages open signed in. */
  async shareWith(context: BrowserContext): Promise<void> {
    await context.addCookies([...this.cookies].map(([name, value]) => ({ name, value, url: this.baseURL })));
  }
}

/** Creates an account and returns its signed-in session. */
export async function register(baseURL: string, who: Person, timeZone = 'Europe/Dublin'): Promise<ApiSession> {
  const session = new ApiSession(baseURL);
  await session.post('/auth/register', { name: who.name, email: who.email, password: who.password, timeZone });
  return session;
}

export async function createProgramApi(admin: ApiSession, name: string, description = ''): Promise<string> {
  const { program } = await admin.post<{ program: { id: string } }>('/programs', { name, description });
  return program.id;
}

/** Invites by link and has each person accept it; returns their membership ids in order. */
export async function join(
  admin: ApiSession,
  programId: string,
  role: 'mentor' | 'mentee',
  people: ApiSession[],
): Promise<string[]> {
  const { code } = await admin.post<{ code: string }>(`/programs/${programId}/invitations`, { role });
  const ids: string[] = [];
  for (const person of people) {
    const { membership } = await person.post<{ membership: { id: string } }>(`/invitations/${code}/accept`);
    ids.push(membership.id);
  }
  return ids;
}

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Weekday windows from `start` to `end` (local 'HH:MM') on the given days. */
export function hours(start: string, end: string, days: Weekday[] = [1, 2, 3, 4, 5]) {
  return days.map((weekday) => ({ weekday, start, end }));
}

export interface ProfileSeed {
  headline?: string;
  bio?: string;
  topics?: string[];
  languages?: string[];
  cityId?: string | null;
  timeZone?: string;
  availability?: { weekday: Weekday; start: string; end: string }[];
  channels?: string[];
  mentor?: {
    capacity: number;
    preferences?: { languages?: string[]; maxZoneGapHours?: number | null; openToInPerson?: boolean };
  };
}

/** Saves a profile through the API (headline, topics, city, hours…), filling in the rest. */
export async function saveProfile(person: ApiSession, programId: string, seed: ProfileSeed): Promise<void> {
  const { mentor, ...rest } = seed;
  await person.put(`/programs/${programId}/profile`, {
    headline: '',
    bio: '',
    topics: [],
    languages: ['en'],
    cityId: null,
    availability: [],
    channels: ['video'],
    ...rest,
    ...(mentor
      ? {
          mentor: {
            capacity: mentor.capacity,
            preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false, ...mentor.preferences },
          },
        }
      : {}),
  });
}

/** The id of the most populous city called `name` in `country` (two-letter code). */
export async function cityId(session: ApiSession, name: string, country: string): Promise<string> {
  const { cities } = await session.get<{ cities: { id: string; country: string }[] }>(`/cities?q=${encodeURIComponent(name)}`);
  const city = cities.find((c) => c.country === country);
  if (!city) throw new Error(`no city ${name} in ${country}`);
  return city.id;
}
