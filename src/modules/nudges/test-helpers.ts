// Shared by the reminder and nudge job tests (not imported by the app).
import os from 'node:os';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import type { Db, DialectName } from '../../db/database';
import { deliverDueMail } from '../../jobs/outbox-delivery';
import { loadConfig } from '../../server/config';
import type { ServiceContext } from '../../server/context';
import { createEventBus } from '../events/event-bus';
import { createMailTransport } from '../notifications/mail-transport';
import { TestClock } from '../../../test/clock';
import { createTestDatabase } from '../../../test/databases';
import { startTestMailbox, type TestMailbox } from '../../../test/smtp';

/** What a background job needs (no HTTP app): a fresh migrated database, a pinned clock, the real outbox over real SMTP. */
export interface JobBench {
  database: Db;
  clock: TestClock;
  ctx: ServiceContext;
  mailbox: TestMailbox;
  /** Runs the real delivery job until the outbox is empty; returns how many were sent. */
  deliver(): Promise<number>;
  /** Messages received so far by this address, optionally only those whose subject matches. */
  inbox(email: string, subject?: string | RegExp): ParsedMail[];
  close(): Promise<void>;
}

const quiet = { info() {}, warn() {} };
const addressed = (m: ParsedMail, email: string) => JSON.stringify(m.to).includes(email);
const subjectMatches = (m: ParsedMail, s: string | RegExp | undefined) =>
  s === undefined || (typeof s === 'string' ? m.subject === s : s.test(m.subject ?? ''));

export async function startJobBench(dialect: DialectName): Promise<JobBench> {
  const database = await createTestDatabase(dialect);
  const clock = new TestClock();
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'meridian-test'), PUBLIC_URL: 'http://meridian.test', MERIDIAN_DEMO: 'off' });
  const events = await createEventBus({ database, config, clock });
  const mailbox = await startTestMailbox();
  const transport = createMailTransport(
    { smtpUrl: mailbox.url, from: 'Meridian <no-reply@meridian.test>', dataDir: path.join(os.tmpdir(), 'meridian-nudges-mail') },
    quiet,
  );
  return {
    database,
    clock,
    ctx: { db: database.db, clock, config, events },
    mailbox,
    async deliver() {
      let sent = 0;
      for (;;) {
        const r = await deliverDueMail({ db: database.db, clock, transport, log: quiet });
        sent += r.sent;
        if (r.sent === 0) return sent;
      }
    },
    inbox: (email, subject) => mailbox.messages.filter((m) => addressed(m, email) && subjectMatches(m, subject)),
    async close() {
      transport.close();
      await mailbox.close();
      await events.close();
      await database.close();
    },
  };
}
