import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testConfig, type TestApp } from '../../test/app';
import { TestClock } from '../../test/clock';
import { createTestDatabase, dialects } from '../../test/databases';
import { buildApp } from './app';

describe.each(dialects)('the app shell on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers unknown API routes with a JSON 404 in the error format', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/v1/nothing-here.' } });
  });

  it('refuses an unsupported content type with 415 in the error format', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('requires sign-in for /me with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('compresses large responses for slow connections', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/auth/register',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/me',
      '/api/v1/programs',
      '/api/v1/programs/{programId}',
      '/api/v1/programs/{programId}/invitations',
      '/api/v1/invitations/{code}/accept',
      '/api/v1/programs/{programId}/members',
      '/api/health',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    const register = doc.paths['/api/v1/auth/register'].post;
    expect(register.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name', 'timeZone']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe.each(dialects)('an unexpected failure on %s', (dialect) => {
  it('is a bare 500 that says nothing internal', async () => {
    const database = await createTestDatabase(dialect);
    const app = await buildApp({ config: testConfig(), database, clock: new TestClock() }, { logger: false, web: false });
    app.get('/api/v1/boom', async () => {
      throw new Error('secret internals at /src/x.ts:12');
    });
    const res = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } });
    expect(res.body).not.toContain('secret');
    await app.close();
    await database.close();
  });
});
