/**
 * The compiled API (dist/src/main.js) as a child process, as it is deployed: for tests about what
 * only a whole process shows (replicas, signals, a database that goes away). `npm test` compiles the
 * server before jest runs; a missing build fails the test that needs it.
 *
 *   const api = await startApiProcess({ DATABASE_URL: url, JOBS_ENABLED: 'true' });
 *   await fetch(`${api.url}/readyz`);
 *   api.child.kill('SIGTERM');
 *   expect(await api.exited(15_000)).toBe(0);
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../src/net';
import { graphqlAt, LIFTED_ADDRESS_LIMITS, type GraphQLResponse } from './test-server';

export const COMPILED_MAIN = path.resolve(__dirname, '../dist/src/main.js');

export interface ApiProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  readonly output: string;
  /** POSTs a GraphQL operation as JSON, like TestServer.graphql. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Resolves with the exit code once the process has exited; rejects after `timeoutMs`. */
  exited(timeoutMs: number): Promise<number | null>;
  /** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`); safe to call when already gone. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface ApiProcessOptions {
  /** How long the process may take to answer /readyz with 200 (default 60 s). */
  readyTimeoutMs?: number;
  /** Which URL must answer 200 before the process counts as started (default /readyz). */
  readyPath?: string;
}

/** Starts the compiled API on a free loopback port with `env` and waits until it is ready. */
export async function startApiProcess(
  env: Record<string, string>,
  options: ApiProcessOptions = {},
): Promise<ApiProcess> {
  if (!fs.existsSync(COMPILED_MAIN))
    throw new Error(`${COMPILED_MAIN} is missing: run npm run build -w server`);
  const port = await findFreePort();
  let output = '';
  const child = spawn(process.execPath, [COMPILED_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      // Every test client is 127.0.0.1: the per-address limits are lifted, as in test-server.ts.
      ...LIFTED_ADDRESS_LIMITS,
      ...env,
      API_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    url,
    port,
    child,
    get output() {
      return output;
    },
    graphql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      return graphqlAt<T>(url, query, variables, headers);
    },
    exited(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`API still running after ${timeoutMs} ms`)), timeoutMs);
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    async stop(timeoutMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      try {
        await api.exited(timeoutMs);
      } catch {
        child.kill('SIGKILL');
        await exit;
      }
    },
  };

  const readyUrl = `${url}${options.readyPath ?? '/readyz'}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`API exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    const response = await fetch(readyUrl).catch(() => undefined);
    if (response?.status === 200) return api;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await api.stop();
  throw new Error(`API not ready within ${options.readyTimeoutMs ?? 60_000} ms:\n${output}`);
}
