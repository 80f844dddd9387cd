import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { countByStatus } from '../notifications/outbox.repository';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { signUp, type SignedIn } from '../../../test/users';
import type * as Mail from '../notifications/mail';

/** Lets the first `after` emails queue, then makes queueing fail, as a full disk or a dropped connection would. */
const failing = vi.hoisted(() => ({ after: Infinity, calls: 0 }));
vi.mock('../notifications/mail', async (importOriginal) => {
  const real = await importOriginal<typeof Mail>();
  return {
    ...real,
    queueTemplatedEmail: (...args: Parameters<typeof Mail.queueTemplatedEmail>) =>
      ++failing.calls > failing.after ? Promise.reject(new Error('outbox unavailable')) : real.queueTemplatedEmail(...args),
  };
});

describe.each(dialects)('a failure half-way through inviting on %s', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let programId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await signUp(t.app);
    programId = (
      await t.app.inject({ method: 'POST', url: '/api/v1/programs', headers: admin.headers, payload: { name: 'Atomic' } })
    ).json().program.id;
  });
  afterAll(() => t.close());
  beforeEach(() => {
    failing.calls = 0;
    failing.after = Infinity;
  });

  const csv = 'email,name,role\na@atomic.test,A,mentor\nb@atomic.test,B,mentee\nc@atomic.test,C,mentee\n';
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}${url}`, headers: admin.headers, payload });
  const invitations = async () =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/programs/${programId}/invitations`, headers: admin.headers })).json().invitations;

  it('rolls back the whole import, invitations and queued mail included, and says nothing internal', async () => {
    failing.after = 2;
    const res = await post('/invitations/import', { csv });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toContain('outbox unavailable');
    expect(failing.calls).toBe(3);
    expect(await invitations()).toEqual([]);
    expect(await countByStatus(t.database.db)).toEqual({});
  });

  it('rolls back an invitation whose second email cannot be queued', async () => {
    failing.after = 1;
    const res = await post('/invitations', { role: 'mentee', emails: ['x@atomic.test', 'y@atomic.test'] });
    expect(res.statusCode).toBe(500);
    expect(await invitations()).toEqual([]);
    expect(await countByStatus(t.database.db)).toEqual({});
  });

  it('imports everything once queueing works again', async () => {
    const res = await post('/invitations/import', { csv });
    expect(res.statusCode).toBe(200);
    expect(res.json().imported).toHaveLength(3);
    expect(await invitations()).toHaveLength(2);
    expect(await countByStatus(t.database.db)).toEqual({ pending: 3 });
  });
});
