import type { RequestContext } from '../common/request-context';
import { EXPIRY_BATCH_SIZE } from '../modules/bookings/booking-lifecycle.service';
import { releaseVoucherBlocks } from '../modules/tickets/seat-inventory';
import type { Services } from '../services';
import type { JobDefinition } from './job-definition';

/**
 * Expires every AWAITING_PAYMENT booking whose hold ended before `ctx.now` and gives its seats back,
 * one unit of work (one statement) per batch, until a batch comes back short; then releases the seats
 * of codes that reserved them and can no longer be used. Idempotent and safe to
 * run from several processes at once. Returns how many bookings it expired.
 */
export async function expireDueHolds(
  services: Pick<Services, 'unitOfWork' | 'bookingLifecycle' | 'waitingListOffers'>,
  ctx: RequestContext,
): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await services.unitOfWork.withTransaction(ctx, (tx) =>
      services.bookingLifecycle.expireHolds(tx, { limit: EXPIRY_BATCH_SIZE }),
    );
    total += expired;
    if (expired < EXPIRY_BATCH_SIZE) break;
  }
  // Then seats reserved by codes whose validity ended (or that were disabled) go back on sale: after
  // the holds, whose uses return into a still valid code's block, and in a unit of work of its own so
  // ticket types are locked in id order; seats given back are offered to waiting lists in it.
  await services.unitOfWork.withTransaction(ctx, async (tx) => {
    if ((await releaseVoucherBlocks(tx, tx.ctx.now)) > 0)
      await services.waitingListOffers.offerEverywhere(tx);
  });
  return total;
}

/**
 * Gives the seats of unpaid bookings back once their hold has run out. Scheduled every minute (pg-boss
 * runs a scheduled job once across replicas) and, because a minute is long for a sold-out show, also
 * swept every JOBS_EXPIRY_SWEEP_SECONDS in each process: the sweep is idempotent, so overlapping runs
 * expire each booking once.
 */
export const expireHoldsJob: JobDefinition = {
  queue: 'expire-holds',
  cron: '* * * * *',
  intervalSeconds: (config) => config.jobs.expirySweepSeconds,
  // A failed sweep is not retried: the next one, a minute later at most, does the same work.
  queueOptions: { retryLimit: 0, expireInSeconds: 120, retentionSeconds: 3600 },
  async handle(_data, context) {
    const ctx = context.requestContext();
    const expired = await expireDueHolds(context.services, ctx);
    if (expired > 0) context.logger.info({ expired }, 'expired booking holds');
  },
};
