import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD } from '../../../test/factories';
import { signIn, signUp, type SignedIn } from '../../../test/users';
import { caller } from '../partnerships/test-helpers';
import { buildReportFixture, type ReportFixture } from '../../../test/report-fixture';
import type { ReportView } from './report.schemas';

describe.each(dialects)('stalled pairs and nudges on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let f: ReportFixture;
  let admin: SignedIn;
  const stalled = async (): Promise<ReportView['stalled']> => (await call('GET', `/programs/${f.program.id}/report`, admin)).json().report.stalled;
  const nudge = (partnershipId: string, as: SignedIn | null = admin, programId = f.program.id) =>
    call('POST', `/programs/${programId}/stalled/${partnershipId}/nudge`, as ?? undefined);
  const emails = async () =>
    (await t.ctx.db.selectFrom('outbox').select('payload').where('kind', '=', 'email').execute())
      .map((r) => JSON.parse(r.payload) as { to: string; subject: string; text: string })
      .filter((m) => /catch up/.test(m.subject));

  beforeAll(async () => {
    // Sessions outlive the weeks the clock moves on.
    t = await buildTestApp(dialect, { sessionIdleMinutes: 60 * 24 * 60 });
    call = caller(t);
    f = await buildReportFixture(t);
    admin = await signIn(t.app, f.program.admin.email, FACTORY_PASSWORD);
  });
  afterAll(() => t.close());

  it('lists active pairs quiet for 30 days or more, quietest first', async () => {
    // Now is 2026-11-24 09:00. p3 last logged a chat on 09-05, p1 last met on 09-20 08:00, p5 never
    // met since it started on 10-10; p2 wrote a message on 11-10 and p4 has ended.
    expect(await stalled()).toEqual([
      { partnershipId: f.pairs.p3.id, menteeName: 'Chen', mentorName: f.pairs.p3.mentor.user.name, distanceClass: 'far-zone', startedAt: '2026-07-10T00:00:00.000Z', lastContactAt: '2026-09-05T00:00:00.000Z', daysQuiet: 80, lastNudgedAt: null },
      expect.objectContaining({ partnershipId: f.pairs.p1.id, lastContactAt: '2026-09-20T08:00:00.000Z', daysQuiet: 65 }),
      expect.objectContaining({ partnershipId: f.pairs.p5.id, lastContactAt: null, daysQuiet: 45, distanceClass: 'near-zone' }),
    ]);
  });

  it('emails both people a link to find a time, once a week at most', async () => {
    const res = await nudge(f.pairs.p1.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ nudgedAt: '2026-11-24T09:00:00.000Z' });
    const sent = await emails();
    expect(sent.map((m) => m.to).sort()).toEqual([f.pairs.p1.mentee.user.email, f.pairs.p1.mentor.user.email].sort());
    expect(sent[0]!.text).toContain('noticed it has been a while');
    expect(sent[0]!.text).toContain(`http://meridian.test/partnerships/${f.pairs.p1.id}/meetings`);
    expect((await stalled()).find((s) => s.partnershipId === f.pairs.p1.id)!.lastNudgedAt).toBe('2026-11-24T09:00:00.000Z');

    t.clock.advance(6 * 24 * 60);
    const again = await nudge(f.pairs.p1.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('recently_nudged');
    expect(await emails()).toHaveLength(2);

    t.clock.advance(24 * 60);
    expect((await nudge(f.pairs.p1.id)).statusCode).toBe(200);
    expect(await emails()).toHaveLength(4);
  });

  it('refuses a pair that has ended, and one of another program', async () => {
    const ended = await nudge(f.pairs.p4.id);
    expect(ended.statusCode).toBe(409);
    expect(ended.json().error.code).toBe('partnership_not_active');
    expect((await nudge(f.elsewhere.id)).statusCode).toBe(404);
  });

  it('is for the program’s admins only', async () => {
    expect((await nudge(f.pairs.p3.id, null)).statusCode).toBe(401);
    expect((await nudge(f.pairs.p3.id, await signUp(t.app))).statusCode).toBe(404);
    expect((await nudge(f.pairs.p3.id, f.member.as)).statusCode).toBe(403);
    const otherAdmin = await signIn(t.app, f.elsewhere.program.admin.email, FACTORY_PASSWORD);
    expect((await nudge(f.pairs.p3.id, otherAdmin, f.elsewhere.program.id)).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('partnership_nudges').select('id').where('partnership_id', '=', f.pairs.p3.id).execute()).toEqual([]);
  });
});
