import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { cookieHeader, csrfFrom, signIn, signUp } from '../../../test/users';

describe('cookies over HTTPS', () => {
  it('are Secure when PUBLIC_URL is https', async () => {
    const t = await buildTestApp('sqlite', { publicUrl: 'https://mentoring.example.org' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'secure@example.org', name: 'S', password: 'a long password', timeZone: 'UTC' },
    });
    for (const c of res.headers['set-cookie'] as string[]) expect(c).toMatch(/; Secure/);
    await t.close();
  });
});

describe.each(dialects)('accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { loginRateLimit: 5 });
  });
  afterAll(() => t.close());

  it('registers, sets a HttpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'Rania@Example.org', name: 'Rania', password: 'a long password', timeZone: 'Asia/Beirut' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: 'rania@example.org', name: 'Rania', timeZone: 'Asia/Beirut', locale: 'en' });
    expect(res.json().user).not.toHaveProperty('passwordHash');
    const cookies = res.headers['set-cookie'] as string[];
    const session = cookies.find((c) => c.startsWith('meridian_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    const csrf = cookies.find((c) => c.startsWith('meridian_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/);

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieHeader(cookies) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('rania@example.org');
    expect(me.json().csrfToken).toBe(csrfFrom(cookieHeader(cookies)));
  });

  it('refuses a duplicate email with 409, whatever its case', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'RANIA@example.org', name: 'Other', password: 'a long password', timeZone: 'UTC' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'email_taken', fields: [{ path: 'email' }] });
  });

  it('names each invalid field, and never answers 500 to bad input', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'not-an-email', name: '', password: 'short', timeZone: 'Mars/Olympus' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['email', 'name', 'password', 'timeZone']);
    expect(res.body).not.toMatch(/at .*\.ts/);

    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('validation_failed');
  });

  it('accepts a zone alias the browser may send', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'priya@example.org', name: 'Priya', password: 'a long password', timeZone: 'Asia/Kolkata' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('signs in with a new session id each time, and says the same for unknown email and wrong password', async () => {
    const a = await signIn(t.app, 'rania@example.org', 'a long password');
    const b = await signIn(t.app, 'rania@example.org', 'a long password');
    expect(a.headers.cookie).not.toBe(b.headers.cookie);

    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'rania@example.org', password: 'nope nope nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ghost@example.org', password: 'nope nope nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('rate-limits sign-in with 429 and Retry-After', async () => {
    const attempt = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'target@example.org', password: 'guess guess' } });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('refuses a state-changing cookie request without the CSRF token, and a cross-site sign-in', async () => {
    const p = await signUp(t.app);
    const noToken = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: p.headers.cookie }, payload: { name: 'X' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const wrongToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: p.headers.cookie, 'x-csrf-token': 'forged' },
      payload: { name: 'X' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'rania@example.org', password: 'a long password' },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('updates settings: name, zone, locale and accessibility preferences', async () => {
    const p = await signUp(t.app);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: p.headers,
      payload: { name: 'Amal', timeZone: 'Africa/Cairo', locale: 'ar', accessibility: { screenReader: true, prefersAsync: true } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      name: 'Amal',
      timeZone: 'Africa/Cairo',
      locale: 'ar',
      accessibility: { screenReader: true, reducedMotion: false, captions: false, prefersAsync: true },
    });
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: p.headers, payload: { timeZone: 'Nowhere' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('timeZone');
  });

  it('signs out: the old cookie no longer works', async () => {
    const p = await signUp(t.app);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: p.headers });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: p.headers.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('expires sessions when idle and after the absolute lifetime', async () => {
    const p = await signUp(t.app);
    t.clock.advance(t.config.sessionIdleMinutes + 1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers })).statusCode).toBe(401);

    const q = await signUp(t.app);
    const day = 24 * 60;
    for (let d = 0; d < t.config.sessionAbsoluteDays; d += 5) {
      t.clock.advance(5 * day);
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: q.headers });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: q.headers })).statusCode).toBe(401);
  });

  it('changes the password: wrong current password is a field error; other sessions end', async () => {
    const p = await signUp(t.app);
    const other = await signIn(t.app, p.user.email, p.password);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: p.headers,
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new password' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields[0].path).toBe('currentPassword');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: p.headers,
      payload: { currentPassword: p.password, newPassword: 'a brand new password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: other.headers })).statusCode).toBe(401);
    await signIn(t.app, p.user.email, 'a brand new password');
  });

  it('personal API tokens authenticate as Bearer, need no CSRF token, and die when revoked', async () => {
    const p = await signUp(t.app);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: p.headers, payload: { name: 'script' } });
    expect(created.statusCode).toBe(201);
    const { secret, token } = created.json();
    const bearer = { authorization: `Bearer ${secret}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.json().user.id).toBe(p.user.id);
    const patch = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: bearer, payload: { name: 'Via token' } });
    expect(patch.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: p.headers });
    expect(list.json().tokens).toHaveLength(1);
    expect(list.json().tokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.json())).not.toContain(secret);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${token.id}`, headers: p.headers });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
  });

  it('lets only one of two simultaneous sign-ups with the same email through', async () => {
    const body = { email: 'twice@example.org', name: 'Twice', password: 'a long password', timeZone: 'UTC' };
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body }),
      t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
  });

  it('answers GET /api/health with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });
});
