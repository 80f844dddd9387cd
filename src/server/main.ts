import { openDatabase, targetFromConfig } from '../db/database';
import { migrateToLatest } from '../db/migrator';
import { startJobs } from '../jobs/runner';
import { createEventBus } from '../modules/events/event-bus';
import { startInboundSmtp } from '../modules/inbound-mail/smtp-listener';
import { DEMO_SIGN_INS, seedDemoProgram } from '../modules/demo/demo.seed';
import { createMailTransport } from '../modules/notifications/mail-transport';
import { systemClock } from '../shared/clock';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const database = openDatabase(targetFromConfig(config));

await migrateToLatest(database);
// One bus for the app's streams and the jobs' events; it starts after the migrations made its tables.
const events = await createEventBus({ database, config, clock: systemClock });
const deps = { config, database, clock: systemClock, events };
const app = await buildApp(deps);
const seeded = config.demo ? await seedDemoProgram({ db: database.db, clock: systemClock, config, events }) : false;
const transport = createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }, app.log);
const jobs = startJobs(deps, transport, app.log);

await app.listen({ port: config.port, host: config.host });
const inboundSmtp =
  config.inboundSmtpPort === undefined
    ? undefined
    : await startInboundSmtp({ db: database.db, clock: systemClock, config, events }, { port: config.inboundSmtpPort, host: config.host, log: app.log });

const lines = [
  '',
  `Meridian is running at ${config.publicUrl}  (database: ${database.dialect}${database.dialect === 'sqlite' ? `, data in ${config.dataDir}` : ''})`,
  `API docs: ${config.publicUrl}/api/docs`,
  ...(inboundSmtp ? [`Emailed replies are received over SMTP on port ${inboundSmtp.port} (reply+…@${config.mailDomain}).`] : []),
  config.smtpUrl ? 'Mail goes out through SMTP_URL.' : `Mail is written to ${config.dataDir}/mail as .eml files (set SMTP_URL to send it).`,
];
if (config.demo) {
  lines.push(seeded ? 'Demo program created. Sign in as:' : 'Demo program is ready. Sign in as:');
  for (const s of DEMO_SIGN_INS) lines.push(`  ${s.role.padEnd(7)} ${s.email}  password: ${s.password}`);
}
console.log(lines.join('\n') + '\n');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: shutting down`);
  await inboundSmtp?.close();
  await app.close();
  await jobs.stop();
  await events.close();
  transport.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
