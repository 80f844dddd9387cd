import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { buildReportFixture, type ReportFixture } from '../../../test/report-fixture';
import { REPORT_TABLES, type ReportView } from './report.schemas';

const RANGE = 'from=2026-07-01&to=2026-09-29';

describe.each(dialects)('program report as CSV and zip on %s', (dialect) => {
  let t: TestApp;
  let f: ReportFixture;
  let admin: SignedIn;
  let json: ReportView;
  const get = (path: string, as: SignedIn | null = admin) =>
    t.app.inject({ method: 'GET', url: `/api/v1/programs/${f.program.id}${path}`, ...(as ? { headers: as.headers } : {}) });
  const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: true });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    f = await buildReportFixture(t);
    admin = await signIn(t.app, f.program.admin.email, FACTORY_PASSWORD);
    json = (await get(`/report?${RANGE}`)).json().report;
  });
  afterAll(() => t.close());

  it('gives each measure by group with the same numbers as the JSON', async () => {
    const res = await get(`/report/measures.csv?${RANGE}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="meridian-report-measures-2026-07-01-2026-09-29.csv"');
    const measures = rows(res.body);
    // Five measures × (all, four classes, local, distance).
    expect(measures).toHaveLength(35);
    const meetings = json.measures[0]!;
    const distanceRow = measures.find((r) => r.Measure === 'Meetings per month' && r.Group === 'Distance (all others)')!;
    expect(Number(distanceRow.Pairs)).toBe(meetings.distance.pairs);
    expect(Number(distanceRow.Mean)).toBe(meetings.distance.mean);
    expect(Number(distanceRow['Difference (distance − local)'])).toBe(meetings.difference!.estimate);
    expect(Number(distanceRow['Low (95 %)'])).toBe(meetings.difference!.low);
    expect(Number(distanceRow['High (95 %)'])).toBe(meetings.difference!.high);
    const nearZone = measures.find((r) => r.Measure === 'Satisfaction (1–5)' && r.Group === 'Near time zone')!;
    expect(nearZone).toMatchObject({ Pairs: '0', Mean: '' });
  });

  it('gives one row per item in plain English, with formulas made harmless', async () => {
    const reasons = rows((await get(`/report/end-reasons.csv?${RANGE}`)).body);
    expect(reasons).toEqual([{ Reason: 'Schedules did not fit', Pairs: '1', 'At a distance': '1' }]);
    const channels = rows((await get(`/report/minutes-by-channel.csv?${RANGE}`)).body);
    expect(channels[0]).toMatchObject({ Channel: 'meeting', Minutes: '585', 'Per pair': String(585 / 4), 'Per pair, far time zone': '90' });
    const requests = rows((await get(`/report/requests.csv?${RANGE}`)).body);
    expect(requests.map((r) => [r['Distance class'], r['Open requests'], r['Median age (days)']])).toEqual([
      ['All', '1', '10'], ['Same city', '0', ''], ['Same country', '0', ''], ['Near time zone', '1', '10'], ['Far time zone', '0', ''],
    ]);
    expect(requests[0]).toMatchObject({ 'Older than 7 days': '1', 'Oldest (days)': '10' });
    const stalled = rows((await get('/report/stalled.csv')).body);
    expect(stalled.map((r) => r.Mentee)).toEqual(['Chen', 'Ana', `'=HYPERLINK("http://evil.example")`]);
  });

  it('zips every table with a README naming the range and filters', async () => {
    const res = await get(`/report.zip?${RANGE}&distance=far-zone`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="meridian-report-2026-07-01-2026-09-29.zip"');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(['README.txt', ...REPORT_TABLES.map((table) => `meridian-report-${table}-2026-07-01-2026-09-29.csv`)].sort());
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Range: 2026-07-01 to 2026-09-29');
    expect(readme).toContain('Distance class: far-zone');
    const partnerships = rows(strFromU8(files['meridian-report-partnerships-2026-07-01-2026-09-29.csv']!));
    expect(partnerships[0]).toMatchObject({ 'Distance class': 'All', Total: '1', Active: '1' });
  });

  it('refuses an unknown table, naming the field, and people who are not admins', async () => {
    const unknown = await get('/report/salaries.csv');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('table');
    expect((await get('/report/measures.csv', null)).statusCode).toBe(401);
    expect((await get('/report.zip', f.member.as)).statusCode).toBe(403);
  });
});
