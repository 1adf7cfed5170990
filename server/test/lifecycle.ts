/**
 * The booking lifecycle's steps as tests take them: each in a unit of work of its own, at a given
 * time, the way checkout and jobs call them (`uow.withTransaction(ctx, (tx) => step(tx, input))`).
 */
import { createRequestContext } from '../src/common/request-context';
import { expireDueHolds } from '../src/jobs/expire-holds.job';
import type { ProviderPayment } from '../src/modules/bookings/booking-outcomes';
import type { Services } from '../src/services';

export function lifecycleSteps(services: Services) {
  const { unitOfWork: uow, bookingLifecycle: lifecycle, bookingViews: views } = services;
  const at = (now: Date = new Date()) => createRequestContext({ now });
  return {
    markPaymentStarted: (
      bookingId: string,
      order: { providerOrderId: string; replacesOrderId?: string },
      now?: Date,
    ) => uow.withTransaction(at(now), (tx) => lifecycle.markPaymentStarted(tx, { bookingId, ...order })),
    confirmPaidBooking: (bookingId: string, payment: ProviderPayment, now?: Date) =>
      uow.withTransaction(at(now), (tx) => lifecycle.confirmPaid(tx, { bookingId, payment })),
    markPaymentPending: (bookingId: string, payment: ProviderPayment, now?: Date) =>
      uow.withTransaction(at(now), (tx) => lifecycle.markPaymentPending(tx, { bookingId, payment })),
    releaseHold: (bookingId: string) =>
      uow.withTransaction(at(), (tx) => lifecycle.releaseHold(tx, { bookingId })),
    /** The whole expiry sweep at `now`, as the expire-holds job runs it. */
    expireHolds: (now: Date) => expireDueHolds(services, at(now)),
    findEntityByProviderOrder: (orderId: string) => views.findEntityByProviderOrder(at(), orderId),
    findEntityByToken: (token: string) => views.findEntityByToken(at(), token),
  };
}
