import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../jobs/outbox-delivery';
import { createMailTransport } from '../notifications/mail-transport';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createMembership, createUser, type ProgramRef } from '../../../test/factories';
import { startTestMailbox, type TestMailbox } from '../../../test/smtp';
import { signUp, type SignedIn } from '../../../test/users';

const quiet = { info() {}, warn() {} };

describe.each(dialects)('CSV invitation import on %s', (dialect) => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let admin: SignedIn;
  let ref: ProgramRef;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mailbox = await startTestMailbox();
    admin = await signUp(t.app, { name: 'Nadia' });
    const { program } = (
      await t.app.inject({ method: 'POST', url: '/api/v1/programs', headers: admin.headers, payload: { name: 'Import Lab' } })
    ).json();
    ref = { id: program.id, name: program.name, admin: admin.user };
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const importCsv = (csv: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${ref.id}/invitations/import`,
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
  const invitations = async () =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/programs/${ref.id}/invitations`, headers: admin.headers })).json().invitations;

  it('imports the good rows, mails each of them their role’s link, and reports each bad row by number', async () => {
    const member = await createUser(t.ctx, { email: 'already@import.test' });
    await createMembership(t.ctx, { program: ref, user: member, role: 'mentee' });
    const csv = [
      '\uFEFFName,ROLE,Email,Team',
      'Amina Diallo,mentor,Amina@Import.test,Data',
      'Bo,mentee,not-an-email,Data',
      ',mentee,empty-name@import.test,',
      'Chen Wei,coach,chen@import.test,',
      'Amina again,mentee,amina@import.test,',
      'Already Here,mentor,already@import.test,',
      '"Dubois, Léa",Mentee,lea@import.test,"Ops, EU"',
      '',
      'Short row,mentee',
    ].join('\r\n');
    const res = await importCsv(csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toEqual([
      { row: 1, email: 'amina@import.test', name: 'Amina Diallo', role: 'mentor' },
      { row: 7, email: 'lea@import.test', name: 'Dubois, Léa', role: 'mentee' },
    ]);
    expect(res.json().errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '2:email',
      '3:name',
      '4:role',
      '5:email',
      '6:email',
      '9:email',
    ]);
    expect(res.json().errors.find((e: { row: number }) => e.row === 5).message).toMatch(/row 1/);
    expect(res.json().errors.find((e: { row: number }) => e.row === 6).message).toMatch(/mentee/);

    // One new link per role, each emailed to its people.
    const list = await invitations();
    expect(list.map((i: { role: string; recipients: number }) => `${i.role}:${i.recipients}`).sort()).toEqual(['mentee:1', 'mentor:1']);
    const mentorLink = list.find((i: { role: string }) => i.role === 'mentor').url;
    await deliverDueMail({
      db: t.database.db,
      clock: t.clock,
      transport: createMailTransport({ smtpUrl: mailbox.url, from: 'no-reply@meridian.test', dataDir: os.tmpdir() }, quiet),
      log: quiet,
    });
    const toAmina = await mailbox.waitFor((m) => JSON.stringify(m.to).includes('amina@import.test'));
    expect(toAmina.subject).toBe('Nadia invites you to Import Lab as a mentor');
    expect(toAmina.text).toContain('Hello Amina Diallo,');
    expect(toAmina.text).toContain(mentorLink);
    const toLea = await mailbox.waitFor((m) => JSON.stringify(m.to).includes('lea@import.test'));
    expect(toLea.text).toContain('Hello Dubois, Léa,');
    expect(mailbox.messages).toHaveLength(2);
  });

  it('accepts the same CSV as JSON { csv }, and creates nothing when no row is good', async () => {
    const before = (await invitations()).length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${ref.id}/invitations/import`,
      headers: admin.headers,
      payload: { csv: 'email,name,role\nnope,Nope,mentor\n' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: [], errors: [{ row: 1, field: 'email', message: expect.any(String) }] });
    expect((await invitations()).length).toBe(before);
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${ref.id}/invitations/import`,
      headers: admin.headers,
      payload: { csv: 'role,email,name\nmentee,json@import.test,Jo' },
    });
    expect(json.json().imported).toEqual([{ row: 1, email: 'json@import.test', name: 'Jo', role: 'mentee' }]);
  });

  it('answers 400 with a clear message for a missing header, an unreadable file or too many rows', async () => {
    const before = (await invitations()).length;
    const noHeader = await importCsv('someone@import.test,Someone,mentee\n');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toMatch(/header.*Missing: email, name, role/);
    const partial = await importCsv('email,name\na@import.test,A\n');
    expect(partial.json().error.message).toMatch(/Missing: role/);
    const empty = await importCsv('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/empty/);
    const broken = await importCsv('email,name,role\n"unclosed@import.test,A,mentee\n');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields[0].path).toBe('csv');
    const rows = Array.from({ length: 5001 }, (_, i) => `p${i}@import.test,P${i},mentee`);
    const tooMany = await importCsv(['email,name,role', ...rows].join('\n'));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/5000/);
    const notText = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${ref.id}/invitations/import`,
      headers: admin.headers,
      payload: { file: 'x' },
    });
    expect(notText.statusCode).toBe(400);
    expect((await invitations()).length).toBe(before);
  });
});
