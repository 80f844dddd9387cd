import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createProgram, type ProgramRef } from '../../../test/factories';
import { countActivePartnerships, hasActivePartnership } from './partnerships.repository';
import { findRequest } from './requests.repository';
import { caller, mentorBlock, person, type Person } from './test-helpers';

// Concurrent HTTP calls on one app: on PostgreSQL each handler runs its own transaction on its own
// connection, so these really interleave; SQLite serialises them, and the outcome must be the same.
describe.each(dialects)('racing decisions on %s', (dialect) => {
  let t: TestApp;
  let program: ProgramRef;
  let call: ReturnType<typeof caller>;
  const ROUNDS = 4;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    call = caller(t);
    program = await createProgram(t.ctx);
  });
  afterAll(() => t.close());

  const ask = async (mentee: Person, mentor: Person): Promise<string> => {
    const res = await call('POST', `/programs/${program.id}/requests`, mentee.as, { mentorId: mentor.id, message: 'Hello!' });
    expect(res.statusCode).toBe(201);
    return res.json().request.id;
  };
  const accept = (mentor: Person, requestId: string) => call('POST', `/requests/${requestId}/accept`, mentor.as);

  it('gives a mentor’s last place to exactly one of two concurrent accepts', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const mentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(1) } });
      const a = await person(t, program, 'mentee');
      const b = await person(t, program, 'mentee');
      const [ra, rb] = [await ask(a, mentor), await ask(b, mentor)];

      const results = await Promise.all([accept(mentor, ra), accept(mentor, rb)]);
      expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)!;
      expect(loser.json().error.code).toBe('mentor_full');
      expect(await countActivePartnerships(t.database.db, mentor.id)).toBe(1);
      const statuses = [(await findRequest(t.database.db, ra))!.status, (await findRequest(t.database.db, rb))!.status].sort();
      expect(statuses).toEqual(['accepted', 'pending']);
    }
  });

  it('gives a mentee exactly one mentor when two mentors accept at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const mentee = await person(t, program, 'mentee');
      const m1 = await person(t, program, 'mentor');
      const m2 = await person(t, program, 'mentor');
      const [r1, r2] = [await ask(mentee, m1), await ask(mentee, m2)];

      const results = await Promise.all([accept(m1, r1), accept(m2, r2)]);
      expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([200, 409]);
      // PostgreSQL: the loser hits the one-active-partnership index (already_matched), or, when it starts
      // after the winner committed, finds its request superseded; SQLite always sees the latter.
      expect(['already_matched', 'request_closed']).toContain(results.find((r) => r.statusCode === 409)!.json().error.code);
      expect(await hasActivePartnership(t.database.db, mentee.id)).toBe(true);
      expect((await countActivePartnerships(t.database.db, m1.id)) + (await countActivePartnerships(t.database.db, m2.id))).toBe(1);
      const statuses = [(await findRequest(t.database.db, r1))!.status, (await findRequest(t.database.db, r2))!.status].sort();
      expect(statuses).toEqual(['accepted', 'superseded']);
    }
  });

  it('holds the open-request limit when a mentee fires many requests at once', async () => {
    const mentee = await person(t, program, 'mentee');
    const mentors: Person[] = [];
    for (let i = 0; i < 5; i++) mentors.push(await person(t, program, 'mentor'));
    const results = await Promise.all(
      mentors.map((m) => call('POST', `/programs/${program.id}/requests`, mentee.as, { mentorId: m.id, message: 'Hello!' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.code).toBe('too_many_open_requests');
  });
});
