import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { signUp, type SignedIn } from '../../../test/users';

const spring = {
  name: 'Spring 2027',
  enrolmentOpensOn: '2027-03-01',
  matchingStartsOn: '2027-03-15',
  mentoringStartsOn: '2027-04-01',
  closesOn: '2027-07-31',
};

describe.each(dialects)('cycles on %s', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let programId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await signUp(t.app);
    programId = (
      await t.app.inject({ method: 'POST', url: '/api/v1/programs', headers: admin.headers, payload: { name: 'Cycles' } })
    ).json().program.id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: admin.headers, ...(payload ? { payload } : {}) });
  const program = async () => (await call('GET', `/programs/${programId}`)).json().program;

  it('adds cycles, shown on the program in the order their enrolment opens', async () => {
    const created = await call('POST', `/programs/${programId}/cycles`, spring);
    expect(created.statusCode).toBe(201);
    expect(created.json().cycle).toEqual({ id: expect.any(String), ...spring });
    const winter = { ...spring, name: 'Winter 2026', enrolmentOpensOn: '2026-12-01', matchingStartsOn: '2026-12-01' };
    await call('POST', `/programs/${programId}/cycles`, winter);
    expect((await program()).cycles.map((c: { name: string }) => c.name)).toEqual(['Winter 2026', 'Spring 2027']);
  });

  it('refuses dates out of order with 422 naming the offending field', async () => {
    const cases: [Partial<typeof spring>, string[]][] = [
      [{ matchingStartsOn: '2027-02-28' }, ['matchingStartsOn']],
      [{ mentoringStartsOn: '2027-03-14' }, ['mentoringStartsOn']],
      [{ closesOn: '2027-04-01' }, ['closesOn']],
      [{ enrolmentOpensOn: '2027-08-01' }, ['matchingStartsOn']],
      [{ closesOn: '2027-01-01', mentoringStartsOn: '2027-03-10' }, ['mentoringStartsOn', 'closesOn']],
    ];
    const before = (await program()).cycles.length;
    for (const [change, paths] of cases) {
      const res = await call('POST', `/programs/${programId}/cycles`, { ...spring, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(422);
      expect(res.json().error.code).toBe('unprocessable');
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(paths);
    }
    expect((await program()).cycles).toHaveLength(before);
  });

  it('accepts equal enrolment, matching and mentoring dates, but not closing on the day mentoring starts', async () => {
    const same = { ...spring, matchingStartsOn: '2027-03-01', mentoringStartsOn: '2027-03-01' };
    expect((await call('POST', `/programs/${programId}/cycles`, same)).statusCode).toBe(201);
    const closing = await call('POST', `/programs/${programId}/cycles`, { ...same, closesOn: '2027-03-01' });
    expect(closing.statusCode).toBe(422);
  });

  it('validates calendar dates as real YYYY-MM-DD dates (400)', async () => {
    for (const bad of ['2027-02-29', '2027-13-01', '1/3/2027', '2027-3-1', '2027-03-01T00:00:00Z']) {
      const res = await call('POST', `/programs/${programId}/cycles`, { ...spring, enrolmentOpensOn: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.fields[0].path).toBe('enrolmentOpensOn');
    }
    expect((await call('POST', `/programs/${programId}/cycles`, { ...spring, enrolmentOpensOn: '2028-02-29', matchingStartsOn: '2028-03-01', mentoringStartsOn: '2028-03-02', closesOn: '2028-04-01' })).statusCode).toBe(201);
  });

  it('updates part of a cycle, validating the merged dates and blaming the field that was changed', async () => {
    const { cycle } = (await call('POST', `/programs/${programId}/cycles`, { ...spring, name: 'To edit' })).json();
    const renamed = await call('PATCH', `/cycles/${cycle.id}`, { name: 'Edited', closesOn: '2027-08-31' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().cycle).toEqual({ ...cycle, name: 'Edited', closesOn: '2027-08-31' });

    const late = await call('PATCH', `/cycles/${cycle.id}`, { enrolmentOpensOn: '2027-03-20' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.fields).toEqual([{ path: 'enrolmentOpensOn', message: expect.any(String) }]);
    const early = await call('PATCH', `/cycles/${cycle.id}`, { closesOn: '2027-04-01' });
    expect(early.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['closesOn']);
    const shown = (await program()).cycles.find((c: { id: string }) => c.id === cycle.id);
    expect(shown).toEqual({ ...cycle, name: 'Edited', closesOn: '2027-08-31' });

    expect((await call('PATCH', `/cycles/${cycle.id}`, { closesOn: 'someday' })).statusCode).toBe(400);
    expect((await call('PATCH', `/cycles/${cycle.id}`, { programId: 'x' })).statusCode).toBe(400);
  });

  it('deletes a cycle; a second delete or a change to it is 404', async () => {
    const { cycle } = (await call('POST', `/programs/${programId}/cycles`, { ...spring, name: 'Doomed' })).json();
    expect((await call('DELETE', `/cycles/${cycle.id}`)).statusCode).toBe(204);
    expect((await program()).cycles.map((c: { id: string }) => c.id)).not.toContain(cycle.id);
    expect((await call('DELETE', `/cycles/${cycle.id}`)).statusCode).toBe(404);
    expect((await call('PATCH', `/cycles/${cycle.id}`, { name: 'x' })).statusCode).toBe(404);
  });
});
