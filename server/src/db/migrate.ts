/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that start together take turns:
 * the first applies them, the others find nothing left to do. `npm run migrate` runs this file by hand.
 */
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { withAdvisoryLock } from './advisory-lock';

/** Arbitrary constant shared by every replica: "evtsales" as an int. */
const MIGRATION_LOCK_KEY = 0x65767473;

export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<string[]> {
  return withAdvisoryLock(dataSource, MIGRATION_LOCK_KEY, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger.info({ migrations: names }, 'database migrations applied');
    return names;
  });
}
