// Builds the web app only when dist/web is missing or older than its sources,
// so `npm start` stays fast after the first run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(repo, 'dist/web/index.html');
const sources = [path.join(repo, 'src/web'), path.join(repo, 'vite.config.ts')];

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function reasonToBuild() {
  if (!existsSync(builtIndex)) return 'dist/web/index.html is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  return newestSource > builtAt ? 'sources changed since the last build' : null;
}

const reason = reasonToBuild();
if (!reason) {
  console.log('web: dist/web is up to date, skipped vite build');
  process.exit(0);
}
const started = Date.now();
const result = spawnSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: repo,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error(`web: vite build failed (${reason})`);
  process.exit(result.status ?? 1);
}
console.log(`web: built dist/web with vite because ${reason} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
