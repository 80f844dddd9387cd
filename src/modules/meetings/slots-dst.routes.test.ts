import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createPartnership, createProgram } from '../../../test/factories';
import { signIn } from '../../../test/users';
import { caller, mentorBlock, person, weekdays, type Person } from '../partnerships/test-helpers';

// Through the API, the weeks where only one side changes clocks: the US moves on 8 March 2026,
// the UK on 29 March; in autumn the UK on 25 October, the US on 1 November. A mentor in Los
// Angeles free 08:00–12:00 and a mentee in London free 15:00–19:00 share 3 hours in winter and
// summer, 4 hours in the gap weeks.
describe.each(dialects)('slots across one-sided clock changes on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let mentee: Person;
  let partnershipId: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set('2026-02-27T12:00:00.000Z');
    call = caller(t);
    const program = await createProgram(t.ctx, { name: 'Across the Atlantic' });
    mentee = await person(t, program, 'mentee', { name: 'Amara', timeZone: 'Europe/London', profile: { availability: weekdays([1, 2, 3, 4, 5], '15:00', '19:00') } });
    const mentor = await person(t, program, 'mentor', {
      name: 'Diego',
      timeZone: 'America/Los_Angeles',
      profile: { availability: weekdays([1, 2, 3, 4, 5], '08:00', '12:00'), mentor: mentorBlock(1) },
    });
    partnershipId = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
  });
  afterAll(() => t.close());

  const on = async (date: string) => {
    const res = await call('GET', `/partnerships/${partnershipId}/slots?from=${date}&to=${date}&duration=60&timeZone=Europe/London`, mentee.as);
    expect(res.statusCode).toBe(200);
    const slots = res.json().slots as { start: string; label: string; kind: string }[];
    expect(slots.every((s) => s.kind === 'mutual')).toBe(true);
    return { first: slots[0]!, count: slots.length };
  };

  it('shifts the shared hours exactly in the spring gap weeks', async () => {
    const winter = await on('2026-03-03');
    expect(winter.first).toMatchObject({ start: '2026-03-03T16:00:00.000Z', label: 'Tue 4:00 PM London · 8:00 AM Los Angeles' });
    expect(winter.count).toBe(5); // 16:00–19:00 UTC, hour-long, every half hour
    const gap = await on('2026-03-10');
    expect(gap.first).toMatchObject({ start: '2026-03-10T15:00:00.000Z', label: 'Tue 3:00 PM London · 8:00 AM Los Angeles' });
    expect(gap.count).toBe(7); // 15:00–19:00 UTC
    const summer = await on('2026-03-31');
    expect(summer.first).toMatchObject({ start: '2026-03-31T15:00:00.000Z', label: 'Tue 4:00 PM London · 8:00 AM Los Angeles' });
    expect(summer.count).toBe(5);
  });

  it('and in the autumn gap week', async () => {
    t.clock.set('2026-10-20T12:00:00.000Z');
    mentee = { ...mentee, as: await signIn(t.app, mentee.user.email, FACTORY_PASSWORD) };
    const summer = await on('2026-10-21');
    expect(summer.first).toMatchObject({ start: '2026-10-21T15:00:00.000Z', label: 'Wed 4:00 PM London · 8:00 AM Los Angeles' });
    expect(summer.count).toBe(5);
    const gap = await on('2026-10-27');
    expect(gap.first).toMatchObject({ start: '2026-10-27T15:00:00.000Z', label: 'Tue 3:00 PM London · 8:00 AM Los Angeles' });
    expect(gap.count).toBe(7);
    const winter = await on('2026-11-03');
    expect(winter.first).toMatchObject({ start: '2026-11-03T16:00:00.000Z', label: 'Tue 4:00 PM London · 8:00 AM Los Angeles' });
    expect(winter.count).toBe(5);
  });
});
