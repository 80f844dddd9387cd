// Browser journeys: builds the web app, then runs e2e/**/*.e2e.ts with Vitest in real Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isCi = process.env.CI === 'true' || process.env.CI === '1';

if (!existsSync(chromium)) {
  const bar = '!'.repeat(72);
  console.error(
    [
      bar,
      `!!  CHROMIUM NOT FOUND — browser journeys SKIPPED`,
      `!!  Expected ${chromium}. Install it with: apt-get install -y chromium`,
      isCi ? '!!  CI=true: failing the run.' : '!!  Not in CI: exiting 0, but nothing was tested.',
      bar,
    ].join('\n'),
  );
  process.exit(isCi ? 1 : 0);
}

function run(label, args) {
  console.log(`e2e: ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('building the web app (vite build)', [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
run('running journeys (vitest run -c e2e/vitest.config.ts)', [
  path.join(repo, 'node_modules/vitest/vitest.mjs'),
  'run',
  '-c',
  'e2e/vitest.config.ts',
  // npm test reads the counts from here for its summary line.
  ...(process.env.E2E_RESULTS ? ['--reporter=default', '--reporter=json', `--outputFile.json=${process.env.E2E_RESULTS}`] : []),
  ...process.argv.slice(2),
]);
