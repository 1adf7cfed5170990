#!/usr/bin/env node
/**
 * `npm start`: builds the API and the site only when their sources changed since their last build (a
 * fingerprint of the sources is kept in each build folder), quietly; then starts the site and, once it
 * listens, the API, so the API's banner (links, how to get into the admin) is the last thing printed.
 *
 * Ctrl-C: the API runs in a process group of its own, so the terminal's SIGINT does not reach the
 * embedded PostgreSQL server under it; this script passes the signal on, and the API stops its job
 * runner and HTTP server before the database, with nothing to complain about.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { buildWhatChanged, root } from './build-if-stale.mjs';

/** Starts the site and resolves once it listens; its own lines are shown with a prefix. */
function startSite() {
  const child = spawn(process.execPath, ['serve.js'], {
    cwd: path.join(root, 'client'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = new Promise((resolve) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      // adapter-node's "Listening on http://0.0.0.0:3400": the API's banner gives the public URL.
      if (/^Listening on /.test(line)) resolve();
      else process.stdout.write(`site: ${line}\n`);
    });
    child.on('exit', () => resolve());
  });
  return { child, listening };
}

function startApi() {
  return spawn(process.execPath, ['dist/src/main.js'], {
    cwd: path.join(root, 'server'),
    // The IPC channel closes when this script ends, however it ends: the API then stops too (main.ts).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    // A process group of its own: the terminal's Ctrl-C reaches this script, which passes it on.
    detached: true,
  });
}

async function main() {
  if (!(await buildWhatChanged())) process.exit(1);

  const children = [];
  let stopping = false;
  const stop = (signal, exitCode) => {
    if (stopping) {
      // A second Ctrl-C: do not wait any longer.
      for (const child of children) child.kill('SIGKILL');
      return;
    }
    stopping = true;
    process.exitCode = exitCode;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT', 0));
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  // The terminal closed: the API, in its own session, would not hear of it.
  process.on('SIGHUP', () => stop('SIGTERM', 0));

  const site = startSite();
  children.push(site.child);
  // One part ending on its own (a crash, a port in use) stops the other.
  site.child.on('exit', (code) => stopping || stop('SIGTERM', code ?? 1));
  await site.listening;
  if (stopping) return;

  const api = startApi();
  children.push(api);
  api.on('exit', (code) => stopping || stop('SIGTERM', code ?? 1));
}

await main();
