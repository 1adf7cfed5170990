import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so processes that start together (API
 * replicas, cluster workers) take turns at it. The lock lives on a connection of its own for the
 * whole run and is released even when `work` fails.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await lockRunner.release();
  }
}
