/** Once per run: the server suite's database setup (template database), then a fresh site build. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { requireBrowser } from '../../scripts/test-browser';
import serverGlobalSetup from '../../server/test/global-setup';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');

export default async function globalSetup(): Promise<void> {
  // Without a browser every file would fail in its own beforeAll, amid torn-down stacks: stop the run
  // at once with the one line saying how to get one.
  requireBrowser();
  await serverGlobalSetup();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // The site as it ships: jest sets NODE_ENV=test, and Vite would build Svelte's development code
    // into the bundle (the event page's first load measured 49.6 KB gzip instead of 41.4 KB).
    execFileSync('npm', ['run', 'build', '-w', 'client'], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
