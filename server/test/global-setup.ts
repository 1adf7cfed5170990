/**
 * Once per test run: find the PostgreSQL server (DATABASE_URL, else start an embedded one in a temp
 * folder) and migrate a template database that every test file clones.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../src/db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded-database';
import { runMigrations } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import { databaseUrl, withAdminClient } from './test-database';

declare global {
  var __TEST_EMBEDDED_DATABASE__: { server: EmbeddedDatabase; dir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const logger = createLogger('warn');
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedDatabase({ dir: path.join(dir, 'data'), port: 0, logger });
    globalThis.__TEST_EMBEDDED_DATABASE__ = { server, dir };
    serverUrl = server.url;
  }

  const template = `evt_template_${process.pid}`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  const dataSource = createDataSource({ url: databaseUrl(serverUrl, template), poolSize: 2 });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, logger);
  } finally {
    await dataSource.destroy();
  }

  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}
