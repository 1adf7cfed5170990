/**
 * Runs pending migrations, then brings the SQL functions to the text of their files (db/functions,
 * see sql-functions.ts), under a PostgreSQL advisory lock, so replicas that start together take
 * turns: the first applies them, the others find nothing left to do. `npm run migrate` runs this by hand.
 */
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { withAdvisoryLock } from './advisory-lock';
import { applySqlFunctions } from './sql-functions';

/** Arbitrary constant shared by every replica: "evtsales" as an int. */
const MIGRATION_LOCK_KEY = 0x65767473;

/** Returns the names of the migrations it applied. */
export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<string[]> {
  return withAdvisoryLock(dataSource, MIGRATION_LOCK_KEY, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger.info({ migrations: names }, 'database migrations applied');
    const functions = await applySqlFunctions(dataSource);
    if (functions.length > 0) logger.info({ functions }, 'database functions replaced');
    return names;
  });
}
