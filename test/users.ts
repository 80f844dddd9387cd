import type { FastifyInstance } from 'fastify';

export interface SignedIn {
  user: { id: string; email: string; name: string; timeZone: string };
  /** Headers that authenticate a cookie request, CSRF token included. */
  headers: { cookie: string; 'x-csrf-token': string };
}

let seq = 0;

/** Cookies of a response as one Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

export function csrfFrom(cookie: string): string {
  return /meridian_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
}

/** Registers a new user through the API and returns headers to act as them. */
export async function signUp(
  app: FastifyInstance,
  overrides: Partial<{ email: string; name: string; password: string; timeZone: string }> = {},
): Promise<SignedIn & { password: string }> {
  seq++;
  const body = {
    email: `person${seq}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    name: `Person ${seq}`,
    password: 'correct horse battery',
    timeZone: 'Europe/Dublin',
    ...overrides,
  };
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieHeader(res.headers['set-cookie']);
  return { user: res.json().user, headers: { cookie, 'x-csrf-token': csrfFrom(cookie) }, password: body.password };
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieHeader(res.headers['set-cookie']);
  return { user: res.json().user, headers: { cookie, 'x-csrf-token': csrfFrom(cookie) } };
}
