import { loadConfig } from '../server/config';
import { openDatabase, targetFromConfig } from './database';
import { migrateDown, migrateToLatest } from './migrator';

// `npm run db:migrate` applies pending migrations; `npm run db:migrate -- down` reverts the last one.
const config = loadConfig();
const { db, dialect, close } = openDatabase(targetFromConfig(config));
try {
  const ran = process.argv[2] === 'down' ? await migrateDown(db) : await migrateToLatest(db);
  console.log(ran.length ? ran.join('\n') : `Database (${dialect}) is up to date.`);
} finally {
  await close();
}
