/**
 * Paying a booking with PayPal, the shopper's side: start (create the order, extend the hold),
 * capture (when the buyer comes back) and cancel (the buyer called it off). Every PayPal call happens
 * outside any database transaction; the booking changes go through the lifecycle in short units of
 * work, so one rule holds throughout: ask PayPal first, then record what PayPal said. Settling what
 * PayPal reports is payment-settlement.service.ts; refunds payment-refunds.service.ts; webhooks and
 * reconciliation their own services. The payload errors are checkout-errors.ts.
 *
 * Idempotency: every PayPal call that changes something carries a PayPal-Request-Id derived from
 * our ids, so a retry (by the buyer, by PayPal's webhook, by the reconciliation job, by another
 * replica) repeats the first call instead of making a second order, capture or refund:
 *   create order   start:<bookingId>                 (a replacement after a declined capture:
 *                                                     start:<bookingId>:after:<deadOrderId>)
 *   capture        capture:<bookingId>:<orderId>     (payment-settlement.service.ts)
 *   refund         refund:<captureId>                (payment-refunds.service.ts)
 *
 * Return and cancel URLs: PayPal sends the buyer to `${PUBLIC_URL}/checkout/return?booking=<token>`
 * (PayPal adds `token=<orderId>&PayerID=...`) or `/checkout/cancel?booking=<token>`. The booking
 * token rides in those URLs so the site's return page can call capturePayment in whatever tab or
 * device the buyer comes back on. PayPal sees it, but PayPal already handles this payment and only
 * redirects the buyer to our site with it. The URLs are built from the token the buyer sent to
 * startPayment: the server keeps only its hash (bookings/booking-links.ts).
 */
import type { RequestContext } from '../../common/request-context';
import type { Config } from '../../config';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { Logger } from '../../logger';
import type { BookingLifecycleService } from '../bookings/booking-lifecycle.service';
import {
  cancelledByOrganiser,
  holdHasRunOut,
  isAwaitingPayment,
  isConfirmed,
  wasPaid,
} from '../bookings/booking-status';
import type { BookingViews } from '../bookings/booking-views.service';
import type { BookingEntity } from '../bookings/booking.entity';
import type { Booking } from '../bookings/bookings.types';
import { EventEntity } from '../events/event.entity';
import { PaymentProviderUnavailableError } from '../payments/payment-errors';
import type { PayPalGateway, PayPalOrder } from '../payments/paypal.gateway';
import {
  holdExpired,
  notAwaiting,
  notFound,
  paymentError,
  settlementErrors,
  tooManyAttempts,
  unavailable,
} from './checkout-errors';
import {
  PaymentErrorCode,
  type CancelPaymentPayload,
  type CapturePaymentPayload,
  type PaymentError,
  type StartPaymentPayload,
} from './checkout.types';
import {
  TAKEN_CAPTURE_STATUSES,
  type CaptureSettlement,
  type PaymentSettlementService,
  type Settlement,
} from './payment-settlement.service';

export interface CheckoutServiceOptions {
  site: Config['site'];
  logger: Logger;
  /** startPayment calls per client address (CHECKOUT_RATE_LIMIT). */
  rateLimiter: AddressRateLimiter;
}

export class CheckoutService {
  private readonly logger: Logger;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: BookingLifecycleService,
    private readonly views: BookingViews,
    private readonly gateway: PayPalGateway,
    private readonly settlement: PaymentSettlementService,
    private readonly options: CheckoutServiceOptions,
  ) {
    this.logger = options.logger.child({ component: 'checkout' });
  }

  static startRequestId(bookingId: string, replacesOrderId?: string): string {
    return replacesOrderId ? `start:${bookingId}:after:${replacesOrderId}` : `start:${bookingId}`;
  }

  private returnUrls(token: string) {
    const query = `booking=${encodeURIComponent(token)}`;
    return {
      returnUrl: `${this.options.site.publicUrl}/checkout/return?${query}`,
      cancelUrl: `${this.options.site.publicUrl}/checkout/cancel?${query}`,
    };
  }

  /**
   * Creates (or finds again) the PayPal order for the booking's own total and extends the hold (once
   * per order, within the booking's absolute lifetime: markPaymentStarted). The order is created
   * before the hold is extended, outside any transaction; a retry reuses it. Rate-limited per client
   * address before anything is read.
   */
  async startPayment(ctx: RequestContext, input: { bookingToken: string }): Promise<StartPaymentPayload> {
    const verdict = await this.options.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) return this.startFailed(ctx, null, tooManyAttempts(verdict.retryAfterSeconds));
    const booking = await this.views.findEntityByToken(ctx, input.bookingToken);
    if (!booking) return this.startFailed(ctx, null, notFound());
    const refused = this.startRefusal(booking, ctx.now);
    if (refused) return this.startFailed(ctx, booking, refused);

    let replacesOrderId: string | undefined;
    let approvalUrl: string | undefined;
    let orderId: string | undefined;
    try {
      if (booking.providerOrderId) {
        const order = await this.gateway.getOrder(booking.providerOrderId);
        if (order && (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED')) {
          orderId = order.orderId;
          approvalUrl = order.approvalUrl;
        } else if (order?.status === 'APPROVED') {
          // Approved but never captured (the buyer did not come back): back to our return page.
          orderId = order.orderId;
          approvalUrl = `${this.returnUrls(input.bookingToken).returnUrl}&token=${encodeURIComponent(order.orderId)}`;
        } else if (order && order.captures.some((capture) => capture.status !== 'DECLINED')) {
          // Paid (or paying) already: settle that instead of taking a second payment.
          await this.settlement.settleOrder(ctx, { booking, order, captureApproved: false });
          return this.startFailed(
            ctx,
            (await this.views.findEntityById(ctx, booking.id)) ?? booking,
            paymentError(PaymentErrorCode.NOT_AWAITING_PAYMENT, 'This booking has been paid already.'),
          );
        } else {
          // The order ended without payment (declined, voided, gone): a new one replaces it.
          replacesOrderId = booking.providerOrderId;
        }
      }
      if (!orderId) {
        const event = await this.uow.manager.getRepository(EventEntity).findOneBy({ id: booking.eventId });
        const created = await this.gateway.createOrder({
          reference: booking.reference,
          description: `${event?.title ?? 'Tickets'}: booking ${booking.reference}`,
          amountMinor: booking.totalMinor,
          currency: booking.currency,
          ...this.returnUrls(input.bookingToken),
          requestId: CheckoutService.startRequestId(booking.id, replacesOrderId),
        });
        orderId = created.orderId;
        approvalUrl = created.approvalUrl;
      }
    } catch (error) {
      if (error instanceof PaymentProviderUnavailableError) {
        this.logger.warn({ err: error, bookingId: booking.id }, 'PayPal unavailable when starting a payment');
        return this.startFailed(ctx, booking, unavailable());
      }
      throw error;
    }

    const providerOrderId = orderId;
    const started = await this.uow.withTransaction(ctx, (tx) =>
      this.lifecycle.markPaymentStarted(tx, { bookingId: booking.id, providerOrderId, replacesOrderId }),
    );
    switch (started.outcome) {
      case 'STARTED':
        return {
          approvalUrl: approvalUrl ?? null,
          booking: await this.view(ctx, started.booking),
          errors: [],
        };
      case 'NOT_FOUND':
        return this.startFailed(ctx, null, notFound());
      case 'HOLD_EXPIRED':
        return this.startFailed(ctx, started.booking, holdExpired());
      case 'NOT_AWAITING_PAYMENT':
        return this.startFailed(ctx, started.booking, notAwaiting());
      case 'ORDER_MISMATCH':
        return this.startFailed(
          ctx,
          started.booking,
          paymentError(
            PaymentErrorCode.ORDER_MISMATCH,
            'Another payment was started for this booking: reload it.',
          ),
        );
    }
  }

  /**
   * Captures the approved order (idempotent by request id) and settles the booking by what PayPal
   * says: CONFIRMED, PAYMENT_PENDING, declined (hold kept), or refunded when the money cannot be kept.
   * When PayPal wants the buyer to choose another way to pay (INSTRUMENT_DECLINED,
   * PAYER_ACTION_REQUIRED) the payload carries the same order's approval URL: same order, same hold.
   */
  async capturePayment(
    ctx: RequestContext,
    input: { bookingToken: string; orderId: string },
  ): Promise<CapturePaymentPayload> {
    const { orderId } = input;
    const booking = await this.views.findEntityByToken(ctx, input.bookingToken);
    if (!booking) return { booking: null, errors: [notFound()] };
    if (booking.providerOrderId !== orderId) {
      return {
        booking: await this.view(ctx, booking),
        errors: [
          paymentError(
            PaymentErrorCode.ORDER_MISMATCH,
            'This PayPal order does not belong to the booking.',
            'orderId',
          ),
        ],
      };
    }
    // Confirmed by an earlier call (or a webhook): nothing to take.
    if (isConfirmed(booking.status)) return { booking: await this.view(ctx, booking), errors: [] };
    if (cancelledByOrganiser(booking)) return this.cancelledByOrganiser(ctx, booking, orderId);

    let captured: CaptureSettlement;
    try {
      captured = await this.settlement.captureAndSettle(ctx, { booking, orderId });
    } catch (error) {
      if (error instanceof PaymentProviderUnavailableError) {
        this.logger.warn({ err: error, bookingId: booking.id, orderId }, 'PayPal unavailable during capture');
        return { booking: await this.reload(ctx, booking), errors: [unavailable()] };
      }
      throw error;
    }
    const after = await this.reload(ctx, booking);
    return {
      booking: after,
      errors: settlementErrors(captured.settlement, after),
      approvalUrl: captured.approvalUrl ?? null,
    };
  }

  /**
   * The buyer comes back from PayPal to a booking an admin cancelled: the booking can never be
   * confirmed, so an approved payment is not taken. A capture PayPal has anyway (one that was pending
   * when the booking was cancelled) is settled as for any booking without seats, i.e. refunded in
   * full, and the buyer is told which of these happened. A booking paid before it was cancelled is
   * refunded as the admin chose, which the cancellation e-mail says.
   */
  private async cancelledByOrganiser(
    ctx: RequestContext,
    booking: BookingEntity,
    orderId: string,
  ): Promise<CapturePaymentPayload> {
    let message: string;
    if (wasPaid(booking)) {
      message =
        'The organiser cancelled this booking after it was paid. The e-mail we sent you about the cancellation gives any refund.';
    } else {
      let order: PayPalOrder | null;
      let settlement: Settlement = 'NOTHING';
      try {
        order = await this.gateway.getOrder(orderId);
        if (order)
          settlement = await this.settlement.settleOrder(ctx, { booking, order, captureApproved: false });
      } catch (error) {
        if (!(error instanceof PaymentProviderUnavailableError)) throw error;
        this.logger.warn(
          { err: error, bookingId: booking.id, orderId },
          'PayPal unavailable after a cancellation',
        );
        return { booking: await this.reload(ctx, booking), errors: [unavailable()] };
      }
      if (settlement === 'REFUND_FAILED') {
        return { booking: await this.reload(ctx, booking), errors: [unavailable()] };
      }
      const captures = order?.captures ?? [];
      if (captures.some((capture) => TAKEN_CAPTURE_STATUSES.has(capture.status))) {
        message = 'The organiser cancelled this booking, so your payment has been refunded in full.';
      } else if (captures.some((capture) => capture.status === 'PENDING')) {
        message =
          'The organiser cancelled this booking. PayPal is still completing your payment: it will be refunded in full as soon as it is complete.';
      } else {
        message =
          'The organiser cancelled this booking before your payment was taken: you have not been charged.';
      }
    }
    return {
      booking: await this.reload(ctx, booking),
      errors: [paymentError(PaymentErrorCode.BOOKING_CANCELLED, message)],
    };
  }

  /** The buyer cancelled at PayPal: releases the hold (after checking that nothing was paid). */
  async cancelPayment(ctx: RequestContext, input: { bookingToken: string }): Promise<CancelPaymentPayload> {
    const booking = await this.views.findEntityByToken(ctx, input.bookingToken);
    if (!booking) return { booking: null, errors: [notFound()] };
    if (!isAwaitingPayment(booking.status)) {
      return { booking: await this.view(ctx, booking), errors: [notAwaiting()] };
    }
    try {
      if (await this.settlement.settleIfPaid(ctx, booking)) {
        // Paid in another tab after all: settled rather than cancelled.
        return { booking: await this.reload(ctx, booking), errors: [notAwaiting()] };
      }
    } catch (error) {
      // Cancelling does not need PayPal: a payment that lands later is refunded (HOLD_LOST).
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
    }
    const released = await this.uow.withTransaction(ctx, (tx) =>
      this.lifecycle.releaseHold(tx, { bookingId: booking.id }),
    );
    if (released.outcome === 'NOT_FOUND') return { booking: null, errors: [notFound()] };
    if (released.outcome === 'NOT_HELD') {
      return { booking: await this.view(ctx, released.booking), errors: [notAwaiting()] };
    }
    return { booking: await this.view(ctx, released.booking), errors: [] };
  }

  private startRefusal(booking: BookingEntity, now: Date): PaymentError | null {
    if (holdHasRunOut(booking, now)) return holdExpired();
    if (!isAwaitingPayment(booking.status)) return notAwaiting();
    return null;
  }

  private async startFailed(
    ctx: RequestContext,
    booking: BookingEntity | null,
    error: PaymentError,
  ): Promise<StartPaymentPayload> {
    return { approvalUrl: null, booking: booking ? await this.view(ctx, booking) : null, errors: [error] };
  }

  private view(ctx: RequestContext, booking: BookingEntity): Promise<Booking | null> {
    return this.views.viewOf(ctx, booking);
  }

  private async reload(ctx: RequestContext, booking: BookingEntity): Promise<Booking | null> {
    return this.view(ctx, (await this.views.findEntityById(ctx, booking.id)) ?? booking);
  }
}
