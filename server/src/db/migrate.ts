/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that start together take turns:
 * the first applies them, the others find nothing left to do. `npm run migrate` runs this file by hand.
 */
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/** Arbitrary constant shared by every replica: "evtsales" as an int. */
const MIGRATION_LOCK_KEY = 0x65767473;

export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<string[]> {
  // The lock is held by a connection of its own, for the whole run, and released even on failure.
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      const names = applied.map((migration) => migration.name);
      if (names.length > 0) logger.info({ migrations: names }, 'database migrations applied');
      return names;
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}
