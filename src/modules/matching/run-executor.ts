import { Worker } from 'node:worker_threads';
import type { Progress, RunInput, RunOutput } from './cohort-run';

type Message =
  | { type: 'progress'; stage: Parameters<Progress>[0]; fraction: number }
  | { type: 'done'; output: RunOutput }
  | { type: 'failed'; message: string };

/** Runs computeRun in a worker thread of its own, so requests keep being served meanwhile. */
export function runInWorker(input: RunInput, progress: Progress): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./run-worker.mjs', import.meta.url), { workerData: input });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: Message) => {
      if (m.type === 'progress') progress(m.stage, m.fraction);
      else if (m.type === 'done') settle(() => resolve(m.output));
      else settle(() => reject(new Error(m.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`matching worker stopped (exit code ${code})`))));
  });
}
