/**
 * The real entrypoint as `npm start` runs it: compiled main.js, no DATABASE_URL (so the embedded
 * PostgreSQL), then SIGINT. `npm test` compiles the server before jest runs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startApiProcess } from '../test/api-process';
import { LOGIN } from '../test/auth';

const ADMIN_CLI = path.resolve(__dirname, '../dist/src/modules/accounts/admin-cli.js');

describe('the API process on the embedded defaults', () => {
  it('starts its own PostgreSQL, serves the demo catalog, and stops everything cleanly on SIGINT', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evt-main-')), 'postgres');
    fs.chmodSync(path.dirname(dataDir), 0o755);
    const api = await startApiProcess(
      {
        PORT: '3999',
        DATABASE_URL: '',
        EMBEDDED_DB_DIR: dataDir,
        SEED_DEMO_DATA: 'true',
        LOG_LEVEL: 'info',
      },
      { readyTimeoutMs: 30_000 },
    );

    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(first: 50) { nodes { slug } } }' }),
      });
      const body = (await response.json()) as { data: { events: { nodes: { slug: string }[] } } };
      expect(body.data.events.nodes.map((event) => event.slug)).toContain('berlin-jazz-night');
      expect(api.output).toMatch(
        /Private demo event link: +http:\/\/localhost:3999\/events\/[\w-]+\?key=[\w-]{32,}/,
      );
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
      // Every start says how to get into the admin.
      expect(api.output).toMatch(/Admin: +http:\/\/localhost:3999\/admin +as admin@example\.com/);
      expect(api.output).toContain('npm run admin:password');

      // The way back in for the demo admin, whose password was printed once: admin:password, run beside
      // the running app on its embedded database (it cannot start a second server on the folder).
      const newPassword = 'a new password for the demo admin';
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [ADMIN_CLI, 'password', '--email', 'admin@example.com', '--password', newPassword],
        { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', EMBEDDED_DB_DIR: dataDir } },
      );
      expect(stdout).toContain('Set a new password for admin@example.com.');
      const login = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { email: 'admin@example.com', password: newPassword },
        }),
      });
      const loginBody = (await login.json()) as { data: { login: { errors: unknown[] } } };
      expect(loginBody.data.login.errors).toEqual([]);
    } finally {
      api.child.kill('SIGINT');
    }

    expect(await api.exited(15_000)).toBe(0);
    // PostgreSQL removes its pid file when it has shut down.
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(api.output).toContain('"msg":"stopped"');
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }, 60_000);
});
