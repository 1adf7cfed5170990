/**
 * Refunds through PayPal: `refundAtProvider` asks PayPal (outside any transaction, idempotent by
 * PayPal-Request-Id) and `refundInFull` is the shop's own full refund of a payment it cannot keep (a
 * late, mismatched or second payment): PayPal first, then one unit of work that records the refund
 * and tells the buyer of a late payment. An admin's refund asks `refundAtProvider` and records it in
 * its own unit of work (bookings/booking-admin.service.ts).
 *
 *   refund         refund:<captureId>                (a full refund of that capture)
 *   admin refunds  admin-refund:... / admin-cancel:<bookingId>  (BookingAdminService)
 */
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { Logger } from '../../logger';
import type { BookingLifecycleService } from '../bookings/booking-lifecycle.service';
import type { BookingNotifications } from '../bookings/booking-notifications';
import type { BookingEntity } from '../bookings/booking.entity';
import { PaymentProviderUnavailableError } from '../payments/payment-errors';
import type { PayPalGateway } from '../payments/paypal.gateway';

export type RefundReason = 'LATE_PAYMENT' | 'AMOUNT_MISMATCH' | 'SECOND_PAYMENT' | (string & {});

/** Money PayPal took for a capture. */
export interface CapturedPayment {
  captureId: string;
  amountMinor: number;
  currency: string;
}

/** What PayPal refunded, or why it would not. */
export type ProviderRefundOutcome =
  { refundId: string; amountMinor: number; currency: string } | { refusedBecause: string };

export class PaymentRefundsService {
  private readonly logger: Logger;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: BookingLifecycleService,
    private readonly gateway: PayPalGateway,
    private readonly notifications: BookingNotifications,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'checkout' });
  }

  static refundRequestId(captureId: string): string {
    return `refund:${captureId}`;
  }

  /**
   * Refunds all (amountMinor omitted) or part of a capture at PayPal, idempotently (`requestId`, by
   * default one per capture), and records nothing: the caller records what PayPal says. Throws
   * PaymentProviderUnavailableError when PayPal is out of reach.
   */
  async refundAtProvider(
    _ctx: RequestContext,
    input: {
      booking: BookingEntity;
      captureId: string;
      currency: string;
      amountMinor?: number;
      reason: RefundReason;
      requestId?: string;
    },
  ): Promise<ProviderRefundOutcome> {
    const result = await this.gateway.refundCapture({
      captureId: input.captureId,
      amountMinor: input.amountMinor,
      currency: input.currency,
      requestId: input.requestId ?? PaymentRefundsService.refundRequestId(input.captureId),
      note: refundNote(input.reason, input.booking.reference),
    });
    if (result.outcome === 'REFUSED') {
      this.logger.warn({ bookingId: input.booking.id, issue: result.issue }, 'PayPal refused a refund');
      return { refusedBecause: result.issue };
    }
    return { refundId: result.refundId, amountMinor: result.amountMinor, currency: result.currency };
  }

  /**
   * Refunds a capture in full and records it on the booking; a late payment's buyer is told in the
   * same unit of work. False when PayPal could not be reached: the reconciliation job tries again (it
   * looks for captures without a recorded refund).
   */
  async refundInFull(
    ctx: RequestContext,
    input: { booking: BookingEntity; payment: CapturedPayment; reason: RefundReason },
  ): Promise<boolean> {
    const { booking, payment, reason } = input;
    let refunded: ProviderRefundOutcome;
    try {
      refunded = await this.refundAtProvider(ctx, { booking, ...payment, reason });
    } catch (error) {
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      this.logger.warn({ err: error, bookingId: booking.id, reason }, 'refund postponed: PayPal unavailable');
      return false;
    }
    if ('refusedBecause' in refunded) return true;
    await this.uow.withTransaction(ctx, async (tx) => {
      const recorded = await this.lifecycle.recordRefund(tx, {
        bookingId: booking.id,
        refund: {
          refundId: refunded.refundId,
          amountMinor: refunded.amountMinor,
          currency: refunded.currency,
          captureId: payment.captureId,
          reason,
        },
      });
      if (recorded.outcome !== 'NOT_FOUND' && reason === 'LATE_PAYMENT') {
        await this.notifications.latePaymentRefunded(tx, recorded.booking, {
          captureId: payment.captureId,
          amountMinor: refunded.amountMinor,
          currency: refunded.currency,
        });
      }
    });
    return true;
  }
}

function refundNote(reason: RefundReason, reference: string): string {
  switch (reason) {
    case 'LATE_PAYMENT':
      return `Booking ${reference}: your payment arrived after the reservation had expired and the seats were gone.`;
    case 'AMOUNT_MISMATCH':
      return `Booking ${reference}: the amount paid did not match the booking total.`;
    case 'SECOND_PAYMENT':
      return `Booking ${reference}: this booking had been paid already.`;
    default:
      return `Booking ${reference}: ${reason}`.slice(0, 255);
  }
}
