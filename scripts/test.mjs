// `npm test`: typecheck, lint, unit and route tests (SQLite, and PostgreSQL when
// DATABASE_URL is set), then the browser journeys. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-test-'));
const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  {
    name: 'unit and route tests',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsDir}/unit.json`],
    results: 'unit.json',
  },
  { name: 'browser journeys', cmd: ['node', 'scripts/e2e.mjs'], results: 'e2e.json', env: { E2E_RESULTS: `${resultsDir}/e2e.json` } },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failures.push(step.name);
  console.log(`${run.status === 0 ? '✔' : '✖'} ${step.name} (${seconds} s)`);
  const file = step.results && path.join(resultsDir, step.results);
  if (file && fs.existsSync(file)) {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else if (!step.results && run.status !== 0) {
    failed += 1;
  }
}
if (failures.length) console.error(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length ? 1 : 0);
