/**
 * The whole stack for one test file: the real API (createApp) on a database of its own, and the
 * built site (client/build) in a child process pointed at it. Seed data with the server's factories
 * through `stack.dataSource`. The API's PUBLIC_URL is the site, so PayPal's return links and the links
 * in e-mails lead back to it; `{ smtp: true }` adds a loopback SMTP sink and the API's job runner, so
 * e-mails are really sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { findFreePort } from '../../server/src/net';
import { startSmtpSink, type SmtpSink } from '../../server/test/smtp-sink';
import { startTestServer, type TestServer } from '../../server/test/test-server';

const SITE_ENTRY = path.resolve(__dirname, '../../client/build/index.js');

export interface Stack {
  /** Base URL of the site, e.g. http://127.0.0.1:41234 (no trailing slash). */
  siteUrl: string;
  api: TestServer;
  dataSource: DataSource;
  /** The SMTP server the API delivers to, with `{ smtp: true }`. */
  smtp?: SmtpSink;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Deliver e-mails to a loopback SMTP sink (starts the API's job runner). */
  smtp?: boolean;
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Spawns the built site; resolves once it listens, rejects with its output if it exits first. */
function spawnSite(port: number, apiUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SITE_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: `http://127.0.0.1:${port}`,
      API_URL: apiUrl,
      // Browsers keep connections open; do not wait the default 30 s for them at the end.
      SHUTDOWN_TIMEOUT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the site exited (${code}) before listening:\n${output}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Listening on')) {
        child.off('exit', onExit);
        resolve(child);
      }
    });
  });
}

/**
 * The built site (client/build) on a loopback port (`port`, else a free one), talking to the API at
 * `apiUrl`.
 */
export async function startSite(apiUrl: string, port?: number): Promise<Site> {
  // A free port can be taken by someone else between finding and listening: try a few.
  for (let attempt = 1; ; attempt++) {
    const sitePort = port ?? (await findFreePort());
    let child: ChildProcess;
    try {
      child = await spawnSite(sitePort, apiUrl);
    } catch (error) {
      if (port === undefined && attempt < 3 && String(error).includes('EADDRINUSE')) continue;
      throw error;
    }
    return {
      url: `http://127.0.0.1:${sitePort}`,
      async close() {
        if (child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      },
    };
  }
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  // The site's port is chosen before the API starts (it goes into PUBLIC_URL), so something the API
  // starts on a port of the system's choosing (the PayPal simulator) can take it first: start again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStackOnce(options);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startStackOnce(options: StackOptions): Promise<Stack> {
  // The site's address goes into the API's config (PUBLIC_URL), so its port is chosen first.
  const sitePort = await findFreePort();
  const smtp = options.smtp ? await startSmtpSink() : undefined;
  let api: TestServer;
  try {
    api = await startTestServer({
      jobs: Boolean(smtp),
      env: { PUBLIC_URL: `http://127.0.0.1:${sitePort}`, ...(smtp && { SMTP_URL: smtp.url }) },
    });
  } catch (error) {
    await smtp?.close();
    throw error;
  }
  let site: Site;
  try {
    site = await startSite(api.url, sitePort);
  } catch (error) {
    await api.close();
    await smtp?.close();
    throw error;
  }
  return {
    siteUrl: site.url,
    api,
    dataSource: api.dataSource,
    smtp,
    async close() {
      await site.close();
      await api.close();
      await smtp?.close();
    },
  };
}
