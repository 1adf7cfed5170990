import type PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Services } from '../services';

/** What a job's handler can use. */
export interface JobContext {
  services: Services;
  logger: Logger;
  /** The app clock (tests move it). */
  now(): Date;
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
  /** Retries, expiry and retention of the queue (pg-boss defaults otherwise). */
  queueOptions?: Omit<PgBoss.Queue, 'name'>;
  handle(data: Data, context: JobContext): Promise<void>;
}
