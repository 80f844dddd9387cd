// Worker threads start without the TypeScript loader the main thread has: bring it in, then run the clients.
import { tsImport } from 'tsx/esm/api';

await tsImport('./messages-clients.ts', import.meta.url);
