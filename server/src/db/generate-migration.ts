/**
 * `npm run migration:generate -w server -- AddBookings`: writes src/db/migrations/<timestamp>-AddBookings.ts
 * with the SQL that brings a freshly migrated database up to the entities, then prints what to add to
 * migrations/index.ts. It works on a scratch database on DATABASE_URL's server (or an embedded one).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedDatabase } from './embedded-database';
import { runMigrations } from './migrate';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -w server -- PascalCaseName');
  }
  const config = loadConfig();
  const logger = createLogger('warn');
  const embedded = config.database.url
    ? undefined
    : await startEmbeddedDatabase({
        dir: fs.mkdtempSync(path.join(os.tmpdir(), 'evt-migration-')),
        port: 0,
        logger,
      });
  const serverUrl = new URL(config.database.url ?? embedded!.url);
  const scratch = `migration_scratch_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${scratch}"`);
  serverUrl.pathname = `/${scratch}`;
  const dataSource = createDataSource({ url: serverUrl.toString(), poolSize: 2 });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource, logger);
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const statement = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
    const file = path.join(__dirname, '../../../src/db/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      [
        "import type { MigrationInterface, QueryRunner } from 'typeorm';",
        '',
        `export class ${className} implements MigrationInterface {`,
        `  name = '${className}';`,
        '',
        '  async up(queryRunner: QueryRunner): Promise<void> {',
        ...upQueries.map((query) => statement(query.query)),
        '  }',
        '',
        '  async down(queryRunner: QueryRunner): Promise<void> {',
        ...downQueries.reverse().map((query) => statement(query.query)),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    console.log(`wrote ${file}\nadd ${className} to src/db/migrations/index.ts, then run prettier.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
