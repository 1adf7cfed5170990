/**
 * The move from pg-boss 10 to 12 on a database that ran the app before. pg-boss 11 rewrote its
 * tables and ships no migration from pg-boss 10's schema (version 24): pg-boss 12 refuses to start
 * on it ("the oldest supported starting version is 25"). So the job runner keeps its jobs in a schema
 * of its own (JOBS_SCHEMA), which pg-boss 12 installs fresh, and retires pg-boss 10's `pgboss` schema
 * once no pg-boss 10 process uses it any more (the old version of a rolling deploy): the jobs still
 * waiting there move to the same queues in the new schema, with their ids, and the old schema is
 * dropped, in one transaction.
 */
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { transactionDb } from './enqueue-in-transaction';

/** Where pg-boss 10 kept the jobs (the job runner's schema until then). */
export const V10_JOBS_SCHEMA = 'pgboss';
const V10_SCHEMA_VERSION = 24;
/**
 * A running pg-boss 10 stamps its version row at least every 2 minutes (cron monitor every 30 s,
 * maintenance every 2 minutes), so rows older than this mean that no pg-boss 10 process is left.
 */
export const V10_IDLE_MINUTES = 5;

export type V10Retirement =
  /** No pg-boss 10 schema (a database created after the upgrade, or already retired). */
  | 'absent'
  /** A pg-boss 10 process used it within V10_IDLE_MINUTES: try again later. */
  | 'in-use'
  /** Its waiting jobs moved to the new schema and it was dropped. */
  | 'retired'
  /** A `pgboss` schema that is not pg-boss 10's: left alone. */
  | 'not-v10';

interface V10Job {
  id: string;
  name: string;
  data: object | null;
  priority: number;
  startAfter: Date;
  singletonKey: string | null;
}

/**
 * Retires pg-boss 10's schema when it is idle. `queues` are the queues whose waiting jobs move (the
 * ones jobs are sent to; a scheduled queue gets its next job from the schedule anyway); each must
 * exist in `boss`. Callers serialise it across processes (the runner's queue-setup lock).
 */
export async function retireV10JobSchema(
  dataSource: DataSource,
  boss: PgBoss,
  queues: readonly string[],
  logger: Logger,
): Promise<V10Retirement> {
  return dataSource.transaction(async (manager) => {
    const [installed] = await manager.query(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [
      `${V10_JOBS_SCHEMA}.version`,
    ]);
    if (!installed.exists) return 'absent';
    const [version] = await manager.query(
      `SELECT version,
              GREATEST(cron_on, maintained_on, monitored_on) > now() - make_interval(mins => $1) AS "inUse"
         FROM ${V10_JOBS_SCHEMA}.version`,
      [V10_IDLE_MINUTES],
    );
    if (Number(version?.version) !== V10_SCHEMA_VERSION) return 'not-v10';
    if (version.inUse) return 'in-use';

    // 'active' too: its worker is gone with the process that ran it, so it runs again.
    const waiting: V10Job[] = await manager.query(
      `SELECT id, name, data, priority, start_after AS "startAfter", singleton_key AS "singletonKey"
         FROM ${V10_JOBS_SCHEMA}.job
        WHERE state IN ('created', 'retry', 'active') AND name = ANY($1)
        ORDER BY created_on`,
      [queues],
    );
    const db = transactionDb(manager);
    for (const queue of queues) {
      const jobs = waiting.filter((job) => job.name === queue);
      if (jobs.length === 0) continue;
      await boss.insert(
        queue,
        jobs.map((job) => ({
          id: job.id,
          data: job.data ?? {},
          priority: job.priority,
          startAfter: job.startAfter,
          ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}),
        })),
        { db },
      );
    }
    await manager.query(`DROP SCHEMA ${V10_JOBS_SCHEMA} CASCADE`);
    logger.info({ movedJobs: waiting.length }, 'retired the job queue of pg-boss 10 (schema pgboss)');
    return 'retired';
  });
}
