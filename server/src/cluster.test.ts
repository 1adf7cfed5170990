/**
 * The multi-process entry as the Docker image runs it: compiled cluster.js, two workers on a fresh
 * database. `npm test` compiles the server before jest runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createEmptyTestDatabase, type TestDatabase } from '../test/test-database';
import { restartDelay, workerEnvironment } from './cluster';
import { migrations } from './db/migrations';
import { findFreePort } from './net';
import { productionTestEnv } from '../test/production-env';

const CLUSTER = path.join(__dirname, '../dist/src/cluster.js');

interface LogLine {
  msg?: string;
  pid?: number;
  slot?: number;
  jobWorker?: boolean;
  [key: string]: unknown;
}

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exitOf(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The variables a process was started with (Linux). */
function environmentOf(pid: number): Record<string, string> {
  const raw = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
  return Object.fromEntries(
    raw
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the cluster entry', () => {
  it('lets only the worker in slot 0 run jobs', () => {
    expect(workerEnvironment(0)).toEqual({ API_WORKER_SLOT: '0' });
    expect(workerEnvironment(1)).toEqual({ API_WORKER_SLOT: '1', JOBS_ENABLED: 'false' });
  });

  it('backs off from 1 s to at most 30 s between restarts of a crashing worker', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  describe('with two workers on a fresh database', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createEmptyTestDatabase();
    });
    afterAll(() => database.drop());

    it('migrates once, shares the port, replaces a crashed worker and drains on SIGTERM', async () => {
      expect(fs.existsSync(CLUSTER)).toBe(true);
      const port = await findFreePort();
      let output = '';
      const child = spawn(process.execPath, [CLUSTER], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...productionTestEnv,
          DATABASE_URL: database.url,
          API_HOST: '127.0.0.1',
          API_PORT: String(port),
          API_WORKERS: '2',
          LOG_LEVEL: 'info',
          SHUTDOWN_TIMEOUT_MS: '3000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const lines = (msg: string) => logLines(output).filter((line) => line.msg === msg);

      try {
        await until('two workers ready', () => lines('API ready').length === 2);
        for (const route of ['/healthz', '/readyz']) {
          expect((await fetch(`http://127.0.0.1:${port}${route}`)).status).toBe(200);
        }

        // Both workers opened the database; one applied the migrations, under the advisory lock.
        expect(lines('database migrations applied')).toHaveLength(1);
        const client = new Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migration');
          expect(rows.map((row) => row.name).sort()).toEqual(migrations.map((m) => m.name).sort());
        } finally {
          await client.end();
        }

        // Exactly one worker may run jobs.
        const started = lines('API worker started');
        expect(started.map((line) => line.slot).sort()).toEqual([0, 1]);
        const workerPids = started.map((line) => line.pid!);
        const jobsEnabled = workerPids.map((pid) => environmentOf(pid).JOBS_ENABLED);
        expect(jobsEnabled.sort()).toEqual(['false', undefined].sort());

        // A crashed worker is replaced in its slot (so the job worker comes back as the job worker).
        const jobWorker = started.find((line) => line.slot === 0)!.pid!;
        process.kill(jobWorker, 'SIGKILL');
        await until('a replacement worker', () => lines('API worker started').length === 3);
        const replacement = lines('API worker started')[2];
        expect(replacement.slot).toBe(0);
        expect(environmentOf(replacement.pid!).JOBS_ENABLED).toBeUndefined();
        expect(lines('API worker exited unexpectedly; replacing it')).toHaveLength(1);
        await until('the replacement ready', () => lines('API ready').length === 3);
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      } finally {
        child.kill('SIGTERM');
      }

      expect(await exitOf(child, 15_000)).toBe(0);
      const pids = lines('API worker started').map((line) => line.pid!);
      expect(pids.filter(isRunning)).toEqual([]);
      // Each live worker ran its own graceful shutdown, then the primary exited.
      expect(lines('stopped').length).toBeGreaterThanOrEqual(3);
      expect(lines('API worker stopped')).toHaveLength(2);
    }, 60_000);
  });
});
