import type { Queue } from 'pg-boss';
import type { RequestContext } from '../common/request-context';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Services } from '../services';

/** What a job's handler can use. */
export interface JobContext {
  services: Services;
  logger: Logger;
  /** The app clock (tests move it). */
  now(): Date;
  /**
   * A fresh request context for one run (services take it): no actor, the job's logger, named after
   * the queue, `now()` as its time.
   */
  requestContext(): RequestContext;
}

/** The queue's bookkeeping of one job, for handlers that act on their last retry. */
export interface JobInfo {
  id: string;
  /** Retries so far (0 on the first attempt). */
  retryCount: number;
  /** Retries the queue allows; retryCount === retryLimit is the last attempt. */
  retryLimit: number;
}

/**
 * One kind of background job. To add one: write a `<name>.job.ts` exporting a JobDefinition and list
 * it in `jobDefinitions` (jobs.ts). The runner creates its queue, schedules it if it has a `cron`,
 * and runs `handle` for each job (retried by pg-boss when it throws).
 */
export interface JobDefinition<Data extends object = object> {
  /** Queue name: kebab-case, stable (jobs in the database refer to it). */
  queue: string;
  /** pg-boss cron expression (UTC, a minute is the finest grain); omit for jobs that are only sent. */
  cron?: string;
  /** Also run the handler every this many seconds in each process, outside the queue (0: never). */
  intervalSeconds?: (config: Config) => number;
  /**
   * Workers polling this queue in each process (default 1); each takes one job at a time and waits
   * `pollingIntervalSeconds` (default 2, at least 0.5) between fetches.
   */
  workers?: number;
  pollingIntervalSeconds?: number;
  /** Retries, expiry and retention of the queue (pg-boss defaults otherwise). */
  queueOptions?: Omit<Queue, 'name'>;
  /**
   * Runs a job. `job` is the queue's bookkeeping; undefined for interval runs outside the queue.
   */
  handle(data: Data, context: JobContext, job?: JobInfo): Promise<void>;
}
