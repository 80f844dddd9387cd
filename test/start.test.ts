import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SIGN_INS } from '../src/modules/demo/demo.seed';
import { startServer, type ServerProcess } from './server-process';

// `npm start` on an empty data folder, as a newcomer runs it (always SQLite here).
describe('starting on an empty data folder', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-start-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', MERIDIAN_DEMO: 'on' };
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates and migrates the SQLite database, seeds the demo and prints the URL and sign-ins', async () => {
    server = await startServer(env);
    expect(fs.existsSync(path.join(dataDir, 'meridian.sqlite'))).toBe(true);
    const out = server.output();
    expect(out).toContain(`Meridian is running at ${server.url}`);
    for (const s of DEMO_SIGN_INS) expect(out).toContain(s.email);
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', database: 'sqlite' });

    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_SIGN_INS[0]!.email, password: DEMO_SIGN_INS[0]!.password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const programs = await (await fetch(`${server.url}/api/v1/programs`, { headers: { cookie } })).json();
    expect(programs.programs.map((p: { name: string }) => p.name)).toContain('Global Engineering Mentoring (demo)');
  });

  it('starts again on the same folder without seeding twice, and skips the demo when MERIDIAN_DEMO=off', async () => {
    await server?.stop();
    server = await startServer(env);
    expect(server.output()).toContain('Demo program is ready');
    await server.stop();

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nodemo-'));
    server = await startServer({ DATA_DIR: empty, DATABASE_URL: '', MERIDIAN_DEMO: 'off' });
    expect(server.output()).not.toContain('demo.meridian.test');
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_SIGN_INS[0]!.email, password: DEMO_SIGN_INS[0]!.password }),
    });
    expect(res.status).toBe(401);
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('stops with a readable message when a setting is wrong', async () => {
    await expect(startServer({ DATA_DIR: dataDir, PORT: 'not-a-port' })).rejects.toThrow(/PORT/);
  });
});

describe.runIf(process.env.DATABASE_URL)('starting on PostgreSQL', () => {
  it('migrates an empty schema, seeds the demo and reports the database as postgres', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const schema = `start_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-pg-start-'));
    let server: ServerProcess | undefined;
    try {
      server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: url.toString(), MERIDIAN_DEMO: 'on' });
      expect(server.output()).toContain('(database: postgres)');
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'postgres' });
      const tables = await admin.query(`select count(*)::int as n from information_schema.tables where table_schema = $1 and table_name = 'users'`, [schema]);
      expect(tables.rows[0].n).toBe(1);
      const users = await admin.query(`select count(*)::int as n from ${schema}.users`);
      expect(users.rows[0].n).toBe(101);
    } finally {
      await server?.stop();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
