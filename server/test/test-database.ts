/**
 * Each test file gets a database of its own, cloned from a template that global-setup migrated once
 * per run, on the PostgreSQL server of DATABASE_URL (or the run's embedded server).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url)
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests through jest (global-setup).');
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the server's maintenance connection (the database named in the URL). */
export async function withAdminClient<T>(
  serverUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function createDatabase(template: string | undefined): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `evt_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, async (client) => {
    // Clones of one template may collide for a moment when files start together: retry briefly.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        return;
      } catch (error) {
        if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withAdminClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/** A fresh, fully migrated database. */
export function createMigratedTestDatabase(): Promise<TestDatabase> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template)
    throw new Error('TEST_TEMPLATE_DATABASE is not set: run the tests through jest (global-setup).');
  return createDatabase(template);
}

/** A fresh database with no tables at all (for migration tests). */
export function createEmptyTestDatabase(): Promise<TestDatabase> {
  return createDatabase(undefined);
}
