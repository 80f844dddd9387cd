// `npm run bench -- <name> [--flags]`: runs one benchmark, prints one JSON line.
import { matchingBenchmark } from './matching.bench';
import { matchingSolverBenchmark } from './matching-solver.bench';
import { messagesBenchmark } from './messages.bench';
import { outboxBenchmark } from './outbox.bench';
import { overlapBenchmark } from './overlap.bench';
import { reportBenchmark } from './report.bench';
import { slotsBenchmark } from './slots.bench';
import { suggestionsBenchmark } from './suggestions.bench';

const benchmarks: Record<string, (args: string[]) => Promise<object>> = {
  matching: matchingBenchmark,
  'matching-solver': matchingSolverBenchmark,
  messages: messagesBenchmark,
  outbox: outboxBenchmark,
  overlap: overlapBenchmark,
  report: reportBenchmark,
  slots: slotsBenchmark,
  suggestions: suggestionsBenchmark,
};

const [name, ...args] = process.argv.slice(2);
const run = name ? benchmarks[name] : undefined;
if (!run) {
  console.error(`Usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [flags]`);
  process.exit(2);
}
console.log(JSON.stringify(await run(args)));
