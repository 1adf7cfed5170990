/**
 * Request contexts for tests that call services directly, built the way resolvers, jobs and the CLI
 * build theirs (common/request-context.ts).
 */
import {
  createRequestContext,
  systemContext,
  type RequestContext,
  type RequestContextFields,
} from '../src/common/request-context';
import type { Transaction } from '../src/db/unit-of-work';
import type { JobContext } from '../src/jobs/job-definition';
import type { Logger } from '../src/logger';
import type { Services } from '../src/services';

/** A context with no actor at the current time, unless `fields` says otherwise. */
export function testContext(fields: RequestContextFields = {}): RequestContext {
  return createRequestContext(fields);
}

/** What the job runner hands a job's handler, with `clock` as its time. */
export function testJobContext(
  services: Services,
  logger: Logger,
  clock: () => Date = () => new Date(),
  queue = 'test',
): JobContext {
  return { services, logger, now: clock, requestContext: () => systemContext(queue, logger, clock()) };
}

/** Runs `work` in one unit of work of the app's services, as a service step would be run. */
export function inTransaction<T>(
  services: Pick<Services, 'unitOfWork'>,
  work: (tx: Transaction) => Promise<T>,
  ctx: RequestContext = testContext(),
): Promise<T> {
  return services.unitOfWork.withTransaction(ctx, work);
}
