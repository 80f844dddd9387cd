import { loadConfig } from '../server/config';
import { openDatabase, targetFromConfig } from './database';
import { migrateDown, migrateToLatest } from './migrator';

// `npm run db:migrate` applies pending migrations; `npm run db:migrate -- down` reverts the last one.
const config = loadConfig();
const database = openDatabase(targetFromConfig(config));
const { dialect, close } = database;
try {
  const ran = process.argv[2] === 'down' ? await migrateDown(database) : await migrateToLatest(database);
  console.log(ran.length ? ran.join('\n') : `Database (${dialect}) is up to date.`);
} finally {
  await close();
}
