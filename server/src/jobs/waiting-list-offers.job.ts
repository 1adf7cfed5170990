import type { RequestContext } from '../common/request-context';
import type { Services } from '../services';
import type { JobDefinition } from './job-definition';

/** Offers one sweep transaction expires at most. */
const OFFER_EXPIRY_BATCH = 200;

/**
 * The waiting list's sweep: offers past their time become EXPIRED, give their seats back and pass
 * them to the next people in line (one unit of work per batch, claimed with SKIP LOCKED, so replicas
 * sweeping together expire each offer once); then whatever is free is offered to everyone waiting
 * (seats freed where no offer could be made at once). Returns how many offers expired.
 */
export async function sweepWaitingListOffers(
  services: Pick<Services, 'unitOfWork' | 'waitingListOffers'>,
  ctx: RequestContext,
): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await services.unitOfWork.withTransaction(ctx, (tx) =>
      services.waitingListOffers.expireDueOffers(tx, OFFER_EXPIRY_BATCH),
    );
    total += expired;
    if (expired < OFFER_EXPIRY_BATCH) break;
  }
  await services.unitOfWork.withTransaction(ctx, (tx) => services.waitingListOffers.offerEverywhere(tx));
  return total;
}

/** Scheduled every minute (pg-boss runs a scheduled job once across replicas); safe to overlap. */
export const waitingListOffersJob: JobDefinition = {
  queue: 'waiting-list-offers',
  cron: '* * * * *',
  // A failed sweep is not retried: the next one, a minute later, does the same work.
  queueOptions: { retryLimit: 0, expireInSeconds: 120, retentionSeconds: 3600 },
  async handle(_data, context) {
    const expired = await sweepWaitingListOffers(context.services, context.requestContext());
    if (expired > 0) context.logger.info({ expired }, 'expired waiting-list offers');
  },
};
