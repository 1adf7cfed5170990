/**
 * The admin side of bookings, its changes: cancel a booking, refund it through PayPal, resend the
 * confirmation. Reading them is booking-admin-views.service.ts; reports (CSV, sales figures) are
 * modules/reports/.
 *
 * Money first, then the database (as in checkout): a refund is asked of PayPal outside any
 * transaction and recorded when PayPal said yes, in one unit of work with its audit entry and e-mail;
 * cancelling changes the booking afterwards in one more, with its own. PayPal failing therefore leaves
 * nothing changed, and a retry repeats the same PayPal request (same PayPal-Request-Id), so it never
 * refunds twice:
 *   cancel with refund   admin-cancel:<bookingId>            (a booking is cancelled once)
 *   refund               admin-refund:<bookingId>:<hash of the client's idempotency key>
 *                        (no key: admin-refund:<bookingId>:<refunded so far>:<amount>)
 *
 * A full refund does not cancel the booking (as in pretix): the booking becomes REFUNDED and its
 * tickets VOID (the lifecycle's recordRefund), but the seats stay sold until an admin cancels it;
 * cancelBooking with `refund` does both.
 */
import { createHash } from 'node:crypto';
import { domainProblem, invalidInput } from '../../common/domain-error';
import { money } from '../../common/money';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { Logger } from '../../logger';
import type { AuditService } from '../audit/audit.service';
import type { PaymentRefundsService } from '../checkout/payment-refunds.service';
import type { PaymentSettlementService } from '../checkout/payment-settlement.service';
import { minorUnitsToDecimal } from '../../common/money';
import { PaymentProviderUnavailableError } from '../payments/payment-errors';
import type {
  CancelBookingInput,
  RefundBookingInput,
  ResendBookingConfirmationInput,
} from './booking-admin.inputs';
import {
  AdminBookingErrorCode,
  type AdminBookingError,
  type AdminBookingPayload,
} from './booking-admin.types';
import { AdminBookingViews, refundableOf } from './booking-admin-views.service';
import { lockBooking, type BookingLifecycleService } from './booking-lifecycle.service';
import type { BookingNotifications } from './booking-notifications';
import { BookingRefundEntity } from './booking-refund.entity';
import { describeStatus, hasValidTickets, holdsSeats, isCancellable, isPaid } from './booking-status';
import { BookingEntity } from './booking.entity';
import type { BookingViews } from './booking-views.service';

const bookingError = (
  code: AdminBookingErrorCode,
  message: string,
  field: string | null = null,
): AdminBookingError => domainProblem(code, message, field);

export class BookingAdminService {
  private readonly logger: Logger;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: BookingLifecycleService,
    private readonly bookings: BookingViews,
    private readonly views: AdminBookingViews,
    private readonly settlement: PaymentSettlementService,
    private readonly refunds: PaymentRefundsService,
    private readonly notifications: BookingNotifications,
    private readonly audit: AuditService,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'booking-admin' });
  }

  // ----- Changing ---------------------------------------------------------------------------------

  /**
   * Calls a booking off. A hold: PayPal is asked first whether it was paid after all (then it is
   * confirmed instead, and PAYMENT_RECEIVED says so); otherwise its seats go back. A paid booking:
   * with `refund`, what is still refundable goes back through PayPal first (a failure changes
   * nothing), then its seats go back and its tickets become void. The buyer gets the "booking
   * cancelled" e-mail (and "refund issued" for the refund). A cancelled booking is not cancelled again.
   */
  async cancel(ctx: RequestContext, input: CancelBookingInput): Promise<AdminBookingPayload> {
    const reason = input.reason.trim();
    if (!reason) throw invalidInput('reason', 'must not be blank');
    const booking = await this.bookings.findEntityById(ctx, input.bookingId);
    if (!booking) return this.notFound();
    const held = holdsSeats(booking.status);
    if (!isCancellable(booking.status)) {
      return this.refused(
        ctx,
        booking.id,
        bookingError(
          AdminBookingErrorCode.NOT_CANCELLABLE,
          `This booking is ${describeStatus(booking.status)} already.`,
          'bookingId',
        ),
      );
    }

    if (held) {
      try {
        const settled = await this.settlement.settleIfPaid(ctx, booking);
        // A completed payment confirmed it; a pending one leaves it held, and is refunded in full
        // when it completes after the cancellation (HOLD_LOST), so cancelling goes on.
        const now = settled ? await this.bookings.findEntityById(ctx, booking.id) : booking;
        if (now && isPaid(now.status)) return this.paidMeanwhile(ctx, booking.id);
      } catch (error) {
        // Cancelling a hold does not need PayPal: a payment that lands later is refunded (HOLD_LOST).
        if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      }
    }

    let refundedNow: { amountMinor: number; currency: string } | null = null;
    if (!held && input.refund) {
      const { refundableMinor } = refundableOf(booking, await this.refundsOf(booking.id));
      if (refundableMinor > 0) {
        const refunded = await this.refundThroughPayPal(ctx, booking, {
          amountMinor: refundableMinor,
          reason,
          requestId: `admin-cancel:${booking.id}`,
          field: 'refund',
        });
        if ('error' in refunded) return this.refused(ctx, booking.id, refunded.error);
        refundedNow = { amountMinor: refunded.amountMinor, currency: booking.currency };
      }
    }

    // Seats back, tickets void, the audit entry and the buyer's e-mail: one unit of work.
    const result = await this.uow.withTransaction(ctx, async (tx) => {
      const cancelled = await this.lifecycle.cancel(tx, {
        bookingId: booking.id,
        reason,
        expected: held ? 'held' : 'paid',
      });
      if (cancelled.outcome !== 'CANCELLED') return cancelled;
      await this.audit.record(tx, {
        action: 'booking.cancel',
        objectType: 'booking',
        objectId: booking.id,
        changes: {
          status: { before: booking.status, after: cancelled.booking.status },
          cancellationReason: { before: null, after: reason },
          ...(refundedNow ? { refundedNowMinor: { before: 0, after: refundedNow.amountMinor } } : {}),
        },
      });
      await this.notifications.bookingCancelled(tx, cancelled.booking, {
        reason,
        refund: refundedNow ? money(refundedNow.amountMinor, refundedNow.currency) : null,
      });
      return cancelled;
    });
    switch (result.outcome) {
      case 'NOT_FOUND':
        return this.notFound();
      case 'CANCELLED':
        return { booking: await this.views.get(ctx, booking.id), errors: [] };
      case 'STATUS_CHANGED':
        return isPaid(result.booking.status)
          ? this.paidMeanwhile(ctx, booking.id)
          : this.refused(
              ctx,
              booking.id,
              bookingError(
                AdminBookingErrorCode.NOT_CANCELLABLE,
                `This booking changed meanwhile (it is ${describeStatus(result.booking.status)} now): look at it again.`,
                'bookingId',
              ),
            );
      case 'NOT_CANCELLABLE':
        return this.refused(
          ctx,
          booking.id,
          bookingError(
            AdminBookingErrorCode.NOT_CANCELLABLE,
            `This booking is ${describeStatus(result.booking.status)} already.`,
            'bookingId',
          ),
        );
    }
  }

  /**
   * Gives money back through PayPal: `amountMinor`, or everything still refundable. Never more than
   * refundable (AMOUNT_EXCEEDS_REFUNDABLE on amountMinor); repeats with one idempotency key refund once.
   */
  async refund(ctx: RequestContext, input: RefundBookingInput): Promise<AdminBookingPayload> {
    const reason = input.reason.trim();
    if (!reason) throw invalidInput('reason', 'must not be blank');
    const booking = await this.bookings.findEntityById(ctx, input.bookingId);
    if (!booking) return this.notFound();
    const { refundedMinor, refundableMinor } = refundableOf(booking, await this.refundsOf(booking.id));
    if (refundableMinor <= 0) {
      return this.refused(
        ctx,
        booking.id,
        bookingError(
          AdminBookingErrorCode.NOTHING_TO_REFUND,
          booking.confirmedAt && booking.providerCaptureId
            ? 'Everything paid for this booking has been refunded already.'
            : 'This booking was never paid: there is nothing to refund.',
          'bookingId',
        ),
      );
    }
    const amountMinor = input.amountMinor ?? refundableMinor;
    if (amountMinor > refundableMinor) {
      return this.refused(
        ctx,
        booking.id,
        bookingError(
          AdminBookingErrorCode.AMOUNT_EXCEEDS_REFUNDABLE,
          `At most ${minorUnitsToDecimal(refundableMinor, booking.currency)} ${booking.currency} can be refunded.`,
          'amountMinor',
        ),
      );
    }
    const requestId = input.idempotencyKey
      ? `admin-refund:${booking.id}:${createHash('sha256').update(input.idempotencyKey).digest('hex').slice(0, 40)}`
      : `admin-refund:${booking.id}:${refundedMinor}:${amountMinor}`;
    const refunded = await this.refundThroughPayPal(ctx, booking, {
      amountMinor,
      reason,
      requestId,
      field: 'amountMinor',
    });
    if ('error' in refunded) return this.refused(ctx, booking.id, refunded.error);
    return { booking: await this.views.get(ctx, booking.id), errors: [] };
  }

  /** Sends the confirmation (tickets as they are now) again, as a new message each time. */
  async resendConfirmation(
    ctx: RequestContext,
    input: ResendBookingConfirmationInput,
  ): Promise<AdminBookingPayload> {
    const outcome = await this.uow.withTransaction(ctx, async (tx) => {
      const booking = await lockBooking(tx, input.bookingId);
      if (!booking) return 'NOT_FOUND' as const;
      if (!hasValidTickets(booking.status)) return booking.status;
      await resendConfirmationStep(tx, booking, this.notifications, this.audit);
      return 'RESENT' as const;
    });
    if (outcome === 'NOT_FOUND') return this.notFound();
    if (outcome !== 'RESENT') {
      return this.refused(
        ctx,
        input.bookingId,
        bookingError(
          AdminBookingErrorCode.NOT_CONFIRMED,
          `This booking is ${describeStatus(outcome)}: its tickets are not valid, so there is no confirmation to resend.`,
          'bookingId',
        ),
      );
    }
    return { booking: await this.views.get(ctx, input.bookingId), errors: [] };
  }

  // ----- Helpers ----------------------------------------------------------------------------------

  /**
   * Refunds through PayPal first, then records the refund, its audit entry (once) and the buyer's
   * "refund issued" e-mail in one unit of work. PayPal unreachable or refusing comes back as an
   * error; nothing is recorded then.
   */
  private async refundThroughPayPal(
    ctx: RequestContext,
    booking: BookingEntity,
    refund: { amountMinor: number; reason: string; requestId: string; field: string },
  ): Promise<{ amountMinor: number } | { error: AdminBookingError }> {
    const actor = requireActor(ctx);
    let result: Awaited<ReturnType<PaymentRefundsService['refundAtProvider']>>;
    try {
      result = await this.refunds.refundAtProvider(ctx, {
        booking,
        captureId: booking.providerCaptureId!,
        currency: booking.currency,
        amountMinor: refund.amountMinor,
        reason: refund.reason,
        requestId: refund.requestId,
      });
    } catch (error) {
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      this.logger.warn({ err: error, bookingId: booking.id }, 'PayPal unavailable for an admin refund');
      return {
        error: bookingError(
          AdminBookingErrorCode.PAYMENT_PROVIDER_UNAVAILABLE,
          'PayPal did not answer, so nothing was changed here. Try again in a moment: a retry never refunds twice (if PayPal did refund meanwhile, the retry records it).',
        ),
      };
    }
    if ('refusedBecause' in result) {
      return {
        error: bookingError(
          AdminBookingErrorCode.REFUND_REFUSED,
          `PayPal refused the refund (${result.refusedBecause}); nothing was changed.`,
          refund.field,
        ),
      };
    }
    const recorded = result;
    await this.uow.withTransaction(ctx, async (tx) => {
      const stored = await this.lifecycle.recordRefund(tx, {
        bookingId: booking.id,
        refund: {
          refundId: recorded.refundId,
          amountMinor: recorded.amountMinor,
          currency: recorded.currency,
          captureId: booking.providerCaptureId!,
          reason: refund.reason,
          requestedBy: { accountId: actor.accountId, email: actor.email },
        },
      });
      if (stored.outcome === 'NOT_FOUND') return;
      if (stored.isNew) {
        await this.audit.record(tx, {
          action: 'booking.refund',
          objectType: 'booking',
          objectId: booking.id,
          changes: {
            refundedMinor: {
              before: stored.refundedMinor - recorded.amountMinor,
              after: stored.refundedMinor,
            },
            refundReason: { before: null, after: refund.reason },
          },
        });
      }
      await this.notifications.refundIssued(tx, stored.booking, {
        refundId: recorded.refundId,
        amount: money(recorded.amountMinor, recorded.currency),
        isFullRefund: stored.refundedMinor >= stored.booking.totalMinor,
        reason: refund.reason,
      });
    });
    return { amountMinor: recorded.amountMinor };
  }

  private refundsOf(bookingId: string): Promise<BookingRefundEntity[]> {
    return this.uow.manager.find(BookingRefundEntity, {
      where: { bookingId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private notFound(): AdminBookingPayload {
    return {
      booking: null,
      errors: [bookingError(AdminBookingErrorCode.BOOKING_NOT_FOUND, 'No booking has this id.', 'bookingId')],
    };
  }

  private async refused(
    ctx: RequestContext,
    bookingId: string,
    error: AdminBookingError,
  ): Promise<AdminBookingPayload> {
    return { booking: await this.views.get(ctx, bookingId), errors: [error] };
  }

  private paidMeanwhile(ctx: RequestContext, bookingId: string): Promise<AdminBookingPayload> {
    return this.refused(
      ctx,
      bookingId,
      bookingError(
        AdminBookingErrorCode.PAYMENT_RECEIVED,
        'The buyer has just paid, so the booking was confirmed instead of cancelled. Cancel it again to cancel and refund it.',
        'bookingId',
      ),
    );
  }
}

/**
 * A step of a unit of work on a locked booking with valid tickets: sends the confirmation (tickets as
 * they are now, to the buyer's address as it is now) again as a new message, audited.
 */
export async function resendConfirmationStep(
  tx: Transaction,
  booking: BookingEntity,
  notifications: BookingNotifications,
  audit: AuditService,
): Promise<void> {
  const resendNumber = booking.confirmationResendCount + 1;
  await tx.manager.update(BookingEntity, booking.id, { confirmationResendCount: resendNumber });
  await notifications.confirmationResent(tx, booking.id, resendNumber);
  await audit.record(tx, {
    action: 'booking.resendConfirmation',
    objectType: 'booking',
    objectId: booking.id,
    changes: {
      confirmationResendCount: { before: booking.confirmationResendCount, after: resendNumber },
    },
  });
}
