// Worker threads start without the TypeScript loader the main thread has: bring it in, then run the worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./run-worker.ts', import.meta.url);
