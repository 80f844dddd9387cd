import { parentPort, workerData } from 'node:worker_threads';
import { computeRun, type RunInput } from './cohort-run';

// Runs one cohort match off the request thread; reports progress, then the result.
const port = parentPort!;
try {
  const output = computeRun(workerData as RunInput, (stage, fraction) => port.postMessage({ type: 'progress', stage, fraction }));
  port.postMessage({ type: 'done', output });
} catch (err) {
  port.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
