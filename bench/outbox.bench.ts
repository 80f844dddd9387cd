import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';
import { deliverDueMail } from '../src/jobs/outbox-delivery';
import { queueEmail } from '../src/modules/notifications/mail';
import { createMailTransport } from '../src/modules/notifications/mail-transport';
import { systemClock } from '../src/shared/clock';
import { startTestMailbox } from '../test/smtp';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** Queues N emails in one transaction and delivers them over real SMTP on loopback. */
export async function outboxBenchmark(args: string[]): Promise<object> {
  const emails = flag(args, 'emails', 500);
  const database = openDatabase(
    process.env.DATABASE_URL ? { dialect: 'postgres', url: process.env.DATABASE_URL } : { dialect: 'sqlite', file: ':memory:' },
  );
  if (database.dialect === 'postgres') throw new Error('run the outbox benchmark on SQLite (unset DATABASE_URL)');
  await migrateToLatest(database);
  const mailbox = await startTestMailbox();
  const quiet = { info() {}, warn() {} };
  const transport = createMailTransport({ smtpUrl: mailbox.url, from: 'bench@meridian.test', dataDir: os.tmpdir() }, quiet);

  const q0 = performance.now();
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < emails; i++) await queueEmail(trx, systemClock, { to: `p${i}@example.org`, subject: `n${i}`, text: 'x' });
  });
  const queueMs = performance.now() - q0;
  const d0 = performance.now();
  let sent = 0;
  while (sent < emails) sent += (await deliverDueMail({ db: database.db, clock: systemClock, transport, log: quiet }, 100)).sent;
  const deliverMs = performance.now() - d0;
  transport.close();
  await mailbox.close();
  await database.close();
  return {
    benchmark: 'outbox',
    database: database.dialect,
    emails,
    queueMs: Math.round(queueMs),
    deliverMs: Math.round(deliverMs),
    perSecond: Math.round((emails / deliverMs) * 1000),
  };
}
