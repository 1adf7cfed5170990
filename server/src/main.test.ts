/**
 * The real entrypoint as `npm start` runs it: compiled main.js, no DATABASE_URL (so the embedded
 * PostgreSQL), then SIGINT. `npm test` compiles the server before jest runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './net';

const MAIN = path.join(__dirname, '../dist/src/main.js');

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`process still running after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early with code ${child.exitCode}`);
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
}

describe('the API process on the embedded defaults', () => {
  it('starts its own PostgreSQL, serves the demo catalog, and stops everything cleanly on SIGINT', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evt-main-')), 'postgres');
    fs.chmodSync(path.dirname(dataDir), 0o755);
    const port = await findFreePort();
    let output = '';
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        API_PORT: String(port),
        PORT: '3999',
        DATABASE_URL: '',
        EMBEDDED_DB_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));

    try {
      await waitUntilReady(`http://127.0.0.1:${port}/readyz`, child, 30_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(first: 50) { nodes { slug } } }' }),
      });
      const body = (await response.json()) as { data: { events: { nodes: { slug: string }[] } } };
      expect(body.data.events.nodes.map((event) => event.slug)).toContain('berlin-jazz-night');
      expect(output).toMatch(
        /Private demo event link: +http:\/\/localhost:3999\/events\/[\w-]+\?key=[\w-]{32,}/,
      );
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
    } finally {
      child.kill('SIGINT');
    }

    expect(await waitForExit(child, 15_000)).toBe(0);
    // PostgreSQL removes its pid file when it has shut down.
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(output).toContain('"msg":"stopped"');
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }, 60_000);
});
