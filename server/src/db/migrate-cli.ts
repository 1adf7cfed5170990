/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from './database';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.log.level, { format: config.log.format });
  // Opening the database runs the migrations (under the advisory lock).
  const database = await openDatabase(config, logger);
  const pending = await database.dataSource.showMigrations();
  logger.info({ pending }, 'migrations up to date');
  await database.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
