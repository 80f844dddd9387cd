import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer as startServerProcess } from '../../test/server-process';

export interface TestServer {
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real server on a free port with an empty data directory, on the
 * embedded SQLite database (as `npm start` runs for a newcomer), without the demo.
 */
export async function startServer(options: { smtpUrl?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-e2e-'));
  try {
    const server = await startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      MERIDIAN_DEMO: 'off',
      MAIL_POLL_MS: '200',
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    });
    return {
      ...server,
      dataDir,
      async stop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
