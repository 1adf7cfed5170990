/**
 * The background worker: pg-boss on the app's PostgreSQL. Started by main.ts after the database when
 * JOBS_ENABLED, stopped gracefully on shutdown. Several API replicas may run it: pg-boss hands each job
 * to one worker and sends each scheduled (cron) job once per slot across all of them.
 */
import { PgBoss, type SendOptions } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { systemContext } from '../common/request-context';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { enqueueInTransaction } from './enqueue-in-transaction';
import type { JobContext, JobDefinition } from './job-definition';
import { jobDefinitions } from './jobs';
import { withAdvisoryLock } from '../db/advisory-lock';
import { retireV10JobSchema, V10_IDLE_MINUTES } from './retire-v10-job-schema';

/** pg-boss 12's schema; pg-boss 10 used `pgboss`, which it cannot migrate (retire-v10-job-schema.ts). */
export const JOBS_SCHEMA = 'pgboss_v12';

export interface JobRunnerOptions {
  /** The app's data source; pg-boss opens a small pool of its own on the same database. */
  dataSource: DataSource;
  config: Config;
  services: Services;
  logger: Logger;
  clock?: () => Date;
  /** Default: every job of jobs.ts. */
  definitions?: JobDefinition[];
  /** How often to try again to retire a pg-boss 10 schema that was in use (default V10_IDLE_MINUTES). */
  retireV10EveryMs?: number;
}

export interface JobRunner {
  /** The pg-boss instance, for sending jobs outside a transaction (`boss.send`). */
  readonly boss: PgBoss;
  /** Sends a job inside the transaction of `manager`: it exists iff the transaction commits. */
  enqueue(manager: EntityManager, queue: string, data: object, options?: SendOptions): Promise<string>;
  /** Stops polling, lets running jobs finish (up to SHUTDOWN_TIMEOUT_MS), closes the pool. */
  stop(): Promise<void>;
}

function connectionStringOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the job runner needs a data source configured by URL');
  return url;
}

/** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now (SQLSTATE class 57P). */
function isDatabaseShuttingDown(error: unknown): error is { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^57P0[1-3]$/.test(code);
}

/** Shared by every process: "evtqueue" as an int (migrations use another key). */
const QUEUE_SETUP_LOCK_KEY = 0x65767471;

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { config, services } = options;
  const logger = options.logger.child({ component: 'jobs' });
  const clock = options.clock ?? (() => new Date());
  const definitions = options.definitions ?? jobDefinitions;
  const contextFor = (queue: string): JobContext => ({
    services,
    logger,
    now: clock,
    requestContext: () => systemContext(queue, logger, clock()),
  });

  const boss = new PgBoss({
    connectionString: connectionStringOf(options.dataSource),
    schema: JOBS_SCHEMA,
    application_name: 'event-sales-jobs',
    max: 3,
  });
  let stopped = false;
  // An EventEmitter without an error listener would crash the process on a lost connection. A database
  // that is shutting down (a restart in production; the embedded server at the end of `npm start`) is
  // not a fault of the queue: one line without a stack while running (pg-boss reconnects if it comes
  // back), nothing once the runner has stopped and only its idle connections hear of it.
  boss.on('error', (error) => {
    if (!isDatabaseShuttingDown(error)) logger.error({ err: error }, 'job queue error');
    else if (!stopped) logger.warn({ code: error.code }, 'job queue: the database is shutting down');
  });
  await boss.start();

  const timers: NodeJS.Timeout[] = [];
  // Every job handler still running, from pg-boss workers and interval timers alike: stop() waits for
  // them, since pg-boss's own stop gives up on a handler after its timeout and leaves it running.
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>): Promise<void> => {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    running.add(settled);
    void settled.finally(() => running.delete(settled));
    return work;
  };
  try {
    // pg-boss's createQueue deadlocks when replicas create the same queues at once (seen with three
    // API processes starting on a fresh database), so they take turns.
    // Jobs waiting in pg-boss 10's schema move to the queues they were sent to (scheduled queues get
    // their next job from the schedule), once no pg-boss 10 process is left.
    const sentQueues = definitions
      .filter((definition) => !definition.cron)
      .map((definition) => definition.queue);
    const retireV10 = () =>
      withAdvisoryLock(options.dataSource, QUEUE_SETUP_LOCK_KEY, () =>
        retireV10JobSchema(options.dataSource, boss, sentQueues, logger),
      );
    const v10 = await withAdvisoryLock(options.dataSource, QUEUE_SETUP_LOCK_KEY, async () => {
      for (const definition of definitions) {
        await boss.createQueue(definition.queue, definition.queueOptions);
      }
      return retireV10JobSchema(options.dataSource, boss, sentQueues, logger);
    });
    if (v10 === 'in-use') {
      logger.info(
        { idleMinutes: V10_IDLE_MINUTES },
        'pg-boss 10 was active on this database lately (the previous version): its waiting jobs move here once it has been idle that long',
      );
      const timer = setInterval(
        () => {
          void track(
            retireV10()
              .then((outcome) => {
                if (outcome !== 'in-use') clearInterval(timer);
              })
              .catch((error) => logger.error({ err: error }, 'retiring the pg-boss 10 schema failed')),
          );
        },
        options.retireV10EveryMs ?? V10_IDLE_MINUTES * 60_000,
      );
      timer.unref();
      timers.push(timer);
    }
    // From here on, jobs a unit of work enqueues (tx.enqueue) are written by its transaction.
    services.unitOfWork.attachJobQueue({
      send: (manager, queue, data, sendOptions) =>
        enqueueInTransaction(boss, manager, queue, data, sendOptions),
    });
    for (const definition of definitions) {
      const context = contextFor(definition.queue);
      const workOptions = {
        batchSize: 1,
        includeMetadata: true as const,
        localConcurrency: definition.workers ?? 1,
        ...(definition.pollingIntervalSeconds
          ? { pollingIntervalSeconds: definition.pollingIntervalSeconds }
          : {}),
      };
      await boss.work<object, void, typeof workOptions>(definition.queue, workOptions, (jobs) =>
        track(
          (async () => {
            for (const job of jobs) {
              await definition.handle(job.data, context, {
                id: job.id,
                retryCount: job.retryCount,
                retryLimit: job.retryLimit,
              });
            }
          })(),
        ),
      );
      if (definition.cron) await boss.schedule(definition.queue, definition.cron, {}, { tz: 'UTC' });
      else await boss.unschedule(definition.queue);

      const seconds = definition.intervalSeconds?.(config) ?? 0;
      if (seconds > 0) {
        let current: Promise<void> | undefined;
        const timer = setInterval(() => {
          if (current) return; // the previous run is still going
          current = track(
            definition
              .handle({}, context)
              .catch((error) => logger.error({ err: error, queue: definition.queue }, 'interval job failed'))
              .finally(() => {
                current = undefined;
              }),
          );
        }, seconds * 1000);
        timer.unref();
        timers.push(timer);
      }
    }
  } catch (error) {
    timers.forEach(clearInterval);
    services.unitOfWork.attachJobQueue(undefined);
    await boss.stop({ graceful: false });
    throw error;
  }
  logger.info({ queues: definitions.map((definition) => definition.queue) }, 'job runner started');

  return {
    boss,
    enqueue: (manager, queue, data, sendOptions) =>
      enqueueInTransaction(boss, manager, queue, data, sendOptions),
    async stop() {
      timers.forEach(clearInterval);
      services.unitOfWork.attachJobQueue(undefined);
      await boss.stop({ graceful: true, timeout: Math.max(config.shutdownTimeoutMs, 1000) });
      // A handler that outlived pg-boss's timeout (e.g. waiting on PayPal) still ends before we return:
      // left running, it would touch a closed database, and pg-boss would poll for its worker after the
      // process (or a test file) has moved on.
      await Promise.all(running);
      stopped = true;
    },
  };
}
