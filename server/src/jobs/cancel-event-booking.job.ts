import { createRequestContext } from '../common/request-context';
import { AdminBookingErrorCode } from '../modules/bookings/booking-admin.types';
import { CANCEL_EVENT_BOOKING_QUEUE, type CancelEventBookingJob } from '../modules/events/event-cancellation';
import type { JobDefinition } from './job-definition';

/** Outcomes that end the job: done, or nothing left to do. Anything else is retried. */
const SETTLED = new Set<string>([
  AdminBookingErrorCode.NOT_CANCELLABLE,
  AdminBookingErrorCode.BOOKING_NOT_FOUND,
  AdminBookingErrorCode.PAYMENT_RECEIVED,
]);

/**
 * Cancels one booking of a cancelled event (modules/events/event-cancellation.ts) through the admin's
 * cancel path, with a full refund when asked: PayPal is called here, outside any transaction, and
 * the refund's request id makes a retry refund once.
 */
export const cancelEventBookingJob: JobDefinition<CancelEventBookingJob> = {
  queue: CANCEL_EVENT_BOOKING_QUEUE,
  pollingIntervalSeconds: 0.5,
  queueOptions: { retryLimit: 5, retryDelay: 30, retryBackoff: true, retentionSeconds: 7 * 24 * 3600 },
  async handle(data, context) {
    const system = context.requestContext();
    const ctx = createRequestContext({
      requestId: system.requestId,
      now: context.now(),
      logger: system.logger,
      actor: { ...data.actor, sessionId: null },
    });
    const result = await context.services.bookingAdmin.cancel(ctx, {
      bookingId: data.bookingId,
      reason: data.reason,
      refund: data.refund,
    });
    const unsettled = result.errors.filter((error) => !SETTLED.has(error.code));
    if (unsettled.length > 0) {
      // PayPal unreachable or refusing: try again later (the buyer was told already).
      throw new Error(`cancelling booking of a cancelled event: ${unsettled[0].code}`);
    }
  },
};
