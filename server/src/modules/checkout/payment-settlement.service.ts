/**
 * Settling a PayPal capture: the one place where what PayPal reports becomes a booking change. Three
 * roads lead here: the buyer coming back (checkout.service.ts capturePayment), PayPal's webhooks
 * (paypal-webhooks.service.ts) and the reconciliation job (reconciliation.service.ts). Each looks at
 * the order as PayPal reports it and applies it; the lifecycle makes the repeats no-ops.
 *
 * Money taken confirms the booking, or is refunded in full when it cannot be kept (seats gone, wrong
 * amount, second payment: payment-refunds.service.ts); pending waits; declined releases a pending
 * hold. PayPal is asked first, outside any transaction; each booking change is then one short unit
 * of work.
 *
 *   capture        capture:<bookingId>:<orderId>     (idempotent by PayPal-Request-Id)
 */
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { Logger } from '../../logger';
import type { BookingLifecycleService } from '../bookings/booking-lifecycle.service';
import type { BookingNotifications } from '../bookings/booking-notifications';
import type { ProviderPayment } from '../bookings/booking-outcomes';
import { isPaid, isPaymentPending, wasPaid } from '../bookings/booking-status';
import type { BookingViews } from '../bookings/booking-views.service';
import type { BookingEntity } from '../bookings/booking.entity';
import type { PayPalCapture, PayPalGateway, PayPalOrder } from '../payments/paypal.gateway';
import type { PaymentRefundsService, RefundReason } from './payment-refunds.service';

/** What settling a capture did, for the caller to report. */
export type Settlement =
  | 'CONFIRMED'
  | 'PENDING'
  | 'DECLINED'
  /** PayPal refused the capture until the buyer, back on its approval page, chooses another way to pay. */
  | 'RETURN_TO_PAYPAL'
  | 'REFUNDED_LATE'
  | 'REFUNDED_MISMATCH'
  | 'REFUNDED_SECOND'
  | 'REFUND_FAILED'
  | 'NOTHING';

/** What capturing did; for RETURN_TO_PAYPAL also where the buyer approves the same order again. */
export interface CaptureSettlement {
  settlement: Settlement;
  approvalUrl?: string;
}

/** Capture statuses of money PayPal took (and may have given back since). */
export const TAKEN_CAPTURE_STATUSES = new Set(['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export class PaymentSettlementService {
  private readonly logger: Logger;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: BookingLifecycleService,
    private readonly views: BookingViews,
    private readonly gateway: PayPalGateway,
    private readonly refunds: PaymentRefundsService,
    private readonly notifications: BookingNotifications,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'checkout' });
  }

  static captureRequestId(bookingId: string, orderId: string): string {
    return `capture:${bookingId}:${orderId}`;
  }

  /**
   * Before a hold is called off (by the buyer or an admin): asks PayPal whether the booking's order
   * was paid after all and, if so, settles it (confirms, or waits for a pending capture) and returns
   * true: a booking now confirmed must not be cancelled. False when there is no order or nothing was
   * captured. Throws PaymentProviderUnavailableError when PayPal cannot be asked.
   */
  async settleIfPaid(ctx: RequestContext, booking: BookingEntity): Promise<boolean> {
    if (!booking.providerOrderId) return false;
    const order = await this.gateway.getOrder(booking.providerOrderId);
    if (!order || !order.captures.some((capture) => capture.status !== 'DECLINED')) return false;
    await this.settleOrder(ctx, { booking, order, captureApproved: false });
    return true;
  }

  /** Applies an order as PayPal reports it: its capture, or (if asked) captures an approved one. */
  async settleOrder(
    ctx: RequestContext,
    input: { booking: BookingEntity; order: PayPalOrder; captureApproved: boolean },
  ): Promise<Settlement> {
    const { booking, order } = input;
    if (order.status === 'APPROVED') {
      return input.captureApproved
        ? (await this.captureAndSettle(ctx, { booking, orderId: order.orderId })).settlement
        : 'NOTHING';
    }
    // One order, one capture that counts: a taken one if any, else the latest (pending, declined).
    const capture =
      order.captures.find((candidate) => TAKEN_CAPTURE_STATUSES.has(candidate.status)) ??
      order.captures.at(-1);
    if (!capture) return 'NOTHING';
    const settlement = await this.settleCapture(ctx, booking, order.orderId, capture);
    await this.recordOrderRefunds(ctx, booking, order, capture);
    return settlement;
  }

  /**
   * Captures (idempotently) and settles. Throws PaymentProviderUnavailableError when PayPal is out of
   * reach. When PayPal wants the buyer back (INSTRUMENT_DECLINED, PAYER_ACTION_REQUIRED) nothing
   * changes here: the booking keeps its hold and its order, and the same request id captures once the
   * buyer has approved again (PayPal keeps only successful answers for a request id).
   */
  async captureAndSettle(
    ctx: RequestContext,
    input: { booking: BookingEntity; orderId: string },
  ): Promise<CaptureSettlement> {
    const { booking, orderId } = input;
    const result = await this.gateway.captureOrder(
      orderId,
      PaymentSettlementService.captureRequestId(booking.id, orderId),
    );
    if (result.outcome === 'NOT_APPROVED') return { settlement: 'NOTHING' };
    if (result.outcome === 'RETURN_TO_PAYPAL') {
      this.logger.info(
        { bookingId: booking.id, orderId, issue: result.issue },
        'PayPal sends the buyer back to choose another way to pay',
      );
      return { settlement: 'RETURN_TO_PAYPAL', approvalUrl: result.approvalUrl };
    }
    if (result.outcome === 'DECLINED' && !result.capture) return { settlement: 'DECLINED' };
    return { settlement: await this.settleCapture(ctx, booking, orderId, result.capture!) };
  }

  /**
   * The heart of it: one capture as PayPal reports it, applied to the booking. Money taken confirms
   * the booking, or is refunded in full when it cannot be kept (seats gone, wrong amount, second
   * payment); pending waits; declined releases a pending hold (an unpaid hold runs out by itself).
   */
  private async settleCapture(
    ctx: RequestContext,
    booking: BookingEntity,
    orderId: string,
    capture: PayPalCapture,
  ): Promise<Settlement> {
    const payment: ProviderPayment = {
      captureId: capture.captureId,
      amountMinor: capture.amountMinor,
      currency: capture.currency,
    };
    const bookingId = booking.id;
    // The payment history keeps every capture PayPal reported, whatever settling it does.
    await this.uow.withTransaction(ctx, (tx) =>
      this.lifecycle.recordPayment(tx, {
        bookingId,
        payment: { ...payment, orderId, status: capture.status },
      }),
    );
    if (capture.status === 'PENDING') {
      const pending = await this.uow.withTransaction(ctx, (tx) =>
        this.lifecycle.markPaymentPending(tx, { bookingId, payment }),
      );
      if (pending.outcome === 'PENDING' || pending.outcome === 'ALREADY_PENDING') return 'PENDING';
      // AMOUNT_MISMATCH / HOLD_LOST: nothing to refund until it completes; its webhook settles it then.
      return 'NOTHING';
    }
    if (capture.status === 'DECLINED' || capture.status === 'FAILED') {
      const current = await this.views.findEntityById(ctx, bookingId);
      if (current && isPaymentPending(current.status) && current.providerCaptureId === capture.captureId) {
        await this.uow.withTransaction(ctx, (tx) => this.lifecycle.releaseHold(tx, { bookingId }));
      }
      return 'DECLINED';
    }
    if (capture.status === 'REFUNDED' && !isPaid(booking.status)) {
      // Refunded in full already (by us, or at PayPal): there is nothing left to confirm or refund.
      return 'NOTHING';
    }

    const confirmed = await this.uow.withTransaction(ctx, (tx) =>
      this.lifecycle.confirmPaid(tx, { bookingId, payment }),
    );
    switch (confirmed.outcome) {
      case 'CONFIRMED':
        return 'CONFIRMED';
      case 'NOT_FOUND':
        return 'NOTHING';
      case 'ALREADY_CONFIRMED':
        if (
          !confirmed.booking.providerCaptureId ||
          confirmed.booking.providerCaptureId === payment.captureId
        ) {
          return 'NOTHING';
        }
        return this.refundOrFail(ctx, confirmed.booking, payment, 'SECOND_PAYMENT', 'REFUNDED_SECOND');
      case 'AMOUNT_MISMATCH':
        this.logger.error(
          { bookingId, captureId: payment.captureId, paid: payment, total: booking.totalMinor },
          'PayPal captured an amount that differs from the booking total: refunding it',
        );
        return this.refundOrFail(ctx, confirmed.booking, payment, 'AMOUNT_MISMATCH', 'REFUNDED_MISMATCH');
      case 'HOLD_LOST':
        return this.refundOrFail(ctx, confirmed.booking, payment, 'LATE_PAYMENT', 'REFUNDED_LATE');
    }
  }

  /** Refunds a payment that cannot be kept in full: `done` when it went through, else REFUND_FAILED. */
  private async refundOrFail(
    ctx: RequestContext,
    booking: BookingEntity,
    payment: ProviderPayment,
    reason: RefundReason,
    done: Settlement,
  ): Promise<Settlement> {
    return (await this.refunds.refundInFull(ctx, { booking, payment, reason })) ? done : 'REFUND_FAILED';
  }

  /**
   * Refunds PayPal reports for the order (made by us, at PayPal, or a reversal), recorded once each.
   * On a paid booking they refund its payment (status follows); on a booking whose seats were lost
   * they are the refund of that late payment, and the buyer is told (once, whoever records it first).
   */
  private async recordOrderRefunds(
    ctx: RequestContext,
    booking: BookingEntity,
    order: PayPalOrder,
    capture: PayPalCapture,
  ): Promise<void> {
    if (order.refunds.length === 0) return;
    const current = await this.views.findEntityById(ctx, booking.id);
    if (!current || current.providerCaptureId !== capture.captureId) return;
    // A booking an admin cancelled after payment keeps its payment's refunds as its own (no late-payment mail).
    const paid = wasPaid(current);
    for (const refund of order.refunds) {
      if (refund.amountMinor <= 0) continue;
      await this.uow.withTransaction(ctx, async (tx) => {
        const recorded = await this.lifecycle.recordRefund(tx, {
          bookingId: booking.id,
          refund: {
            refundId: refund.refundId,
            captureId: capture.captureId,
            amountMinor: refund.amountMinor,
            currency: refund.currency,
            reason: paid ? 'PROVIDER' : 'LATE_PAYMENT',
          },
        });
        if (!paid && recorded.outcome !== 'NOT_FOUND') {
          await this.notifications.latePaymentRefunded(tx, recorded.booking, {
            captureId: capture.captureId,
            amountMinor: capture.amountMinor,
            currency: capture.currency,
          });
        }
      });
    }
  }
}
