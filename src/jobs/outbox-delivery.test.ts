import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/database';
import { queueEmail } from '../modules/notifications/mail';
import { createMailTransport, type MailTransport } from '../modules/notifications/mail-transport';
import { countByStatus } from '../modules/notifications/outbox.repository';
import { TestClock } from '../../test/clock';
import { createTestDatabase, dialects } from '../../test/databases';
import { startTestMailbox, type TestMailbox } from '../../test/smtp';
import { MAX_ATTEMPTS, deliverDueMail } from './outbox-delivery';

const quiet = { info() {}, warn() {} };

describe.each(dialects)('mail outbox on %s', (dialect) => {
  let database: Db;
  let mailbox: TestMailbox;
  const clock = new TestClock();
  const dataDir = path.join(os.tmpdir(), `meridian-mail-${process.pid}-${dialect}`);

  beforeAll(async () => {
    mailbox = await startTestMailbox();
  });
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await mailbox.close();
  });

  const transports: MailTransport[] = [];
  const smtp = () => {
    const t = createMailTransport({ smtpUrl: mailbox.url, from: 'Meridian <no-reply@meridian.test>', dataDir }, quiet);
    transports.push(t);
    return t;
  };
  afterEach(() => transports.splice(0).forEach((t) => t.close()));

  it('delivers a queued email over SMTP exactly once', async () => {
    await database.db.transaction().execute((trx) =>
      queueEmail(trx, clock, { to: 'rania@example.org', subject: 'Hello over SMTP', text: 'Plain body', html: '<p>HTML body</p>' }),
    );
    const deps = { db: database.db, clock, transport: smtp(), log: quiet };
    expect(await deliverDueMail(deps)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await deliverDueMail(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });
    const mail = await mailbox.waitFor((m) => m.subject === 'Hello over SMTP');
    expect(mail.text?.trim()).toBe('Plain body');
    expect(mail.html).toContain('<p>HTML body</p>');
    expect(mail.from?.text).toContain('no-reply@meridian.test');
    expect(mailbox.messages.filter((m) => m.subject === 'Hello over SMTP')).toHaveLength(1);
    await database.close();
  });

  it('keeps nothing when the transaction that queued it fails', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await queueEmail(trx, clock, { to: 'x@example.org', subject: 'Never', text: 'never' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await countByStatus(database.db)).toEqual({});
    await database.close();
  });

  it('retries with backoff while SMTP is down, then delivers; gives up after the last attempt', async () => {
    await queueEmail(database.db, clock, { to: 'a@example.org', subject: 'Eventually', text: 'x' });
    const down = createMailTransport({ smtpUrl: 'smtp://127.0.0.1:1', from: 'm@meridian.test', dataDir }, quiet);
    transports.push(down);
    const deps = { db: database.db, clock, transport: down, log: quiet };
    expect(await deliverDueMail(deps)).toEqual({ sent: 0, retried: 1, failed: 0 });
    // Not due again until the backoff has passed.
    expect(await deliverDueMail(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.advance(1);
    expect(await deliverDueMail({ ...deps, transport: smtp() })).toEqual({ sent: 1, retried: 0, failed: 0 });
    await mailbox.waitFor((m) => m.subject === 'Eventually');

    await queueEmail(database.db, clock, { to: 'b@example.org', subject: 'Never arrives', text: 'x' });
    let last = { sent: 0, retried: 0, failed: 0 };
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      last = await deliverDueMail(deps);
      clock.advance(120);
    }
    expect(last).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await countByStatus(database.db)).toEqual({ sent: 1, failed: 1 });
    await database.close();
  });

  it('lets only one of two concurrent deliverers send an item', async () => {
    for (let i = 0; i < 5; i++) await queueEmail(database.db, clock, { to: 'c@example.org', subject: `Race ${i}`, text: 'x' });
    const deps = { db: database.db, clock, transport: smtp(), log: quiet };
    const [a, b] = await Promise.all([deliverDueMail(deps), deliverDueMail(deps)]);
    expect(a.sent + b.sent).toBe(5);
    for (let i = 0; i < 5; i++) await mailbox.waitFor((m) => m.subject === `Race ${i}`);
    expect(mailbox.messages.filter((m) => m.subject?.startsWith('Race '))).toHaveLength(5);
    await database.close();
  });

  it('writes .eml files under DATA_DIR/mail when no SMTP server is set', async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
    await queueEmail(database.db, clock, { to: 'd@example.org', subject: 'To a file', text: 'file body' });
    const logged: string[] = [];
    const transport = createMailTransport({ smtpUrl: undefined, from: 'm@meridian.test', dataDir }, { info: (m) => logged.push(m) });
    expect((await deliverDueMail({ db: database.db, clock, transport, log: quiet })).sent).toBe(1);
    const files = await fs.readdir(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = await fs.readFile(path.join(dataDir, 'mail', files[0]!), 'utf8');
    expect(eml).toContain('Subject: To a file');
    expect(eml).toContain('file body');
    expect(logged[0]).toContain('To a file');
    await database.close();
  });
});
