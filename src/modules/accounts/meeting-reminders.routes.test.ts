import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { signUp } from '../../../test/users';

describe.each(dialects)('meeting reminder settings on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const patch = (headers: object, payload: object) => t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: headers as never, payload });

  it('starts at a day and an hour before, and can be changed or turned off', async () => {
    const p = await signUp(t.app);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(me.json().user.meetingReminders).toEqual([1440, 60]);

    const changed = await patch(p.headers, { meetingReminders: [10, 2880] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.meetingReminders).toEqual([2880, 10]);

    // Other settings leave the choice alone.
    expect((await patch(p.headers, { name: 'Rania' })).json().user.meetingReminders).toEqual([2880, 10]);

    const off = await patch(p.headers, { meetingReminders: [] });
    expect(off.json().user.meetingReminders).toEqual([]);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(again.json().user.meetingReminders).toEqual([]);
  });

  it('refuses values it does not offer, too many, repeats and non-lists, naming the field', async () => {
    const p = await signUp(t.app);
    const cases: [unknown, RegExp][] = [
      [[15], /Choose from 10, 30, 60, 120, 1440, 2880 minutes before/],
      [[10, 30, 60, 120], /at most 3 reminders/],
      [[60, 60], /each reminder once/],
      [60, /list of minutes/],
    ];
    for (const [value, message] of cases) {
      const res = await patch(p.headers, { meetingReminders: value });
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields[0].path).toBe('meetingReminders');
      expect(body.error.fields[0].message).toMatch(message);
    }
    const [wrongType] = (await patch(p.headers, { meetingReminders: ['60'] })).json().error.fields;
    expect(wrongType.path).toBe('meetingReminders.0');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(me.json().user.meetingReminders).toEqual([1440, 60]);
  });
});
