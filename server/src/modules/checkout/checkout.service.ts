/**
 * Paying a booking with PayPal, from the buyer's first click to the last webhook. Every PayPal call
 * happens here, outside any database transaction; the booking's state changes go through
 * BookingsService, whose short transactions lock the booking row. So one rule holds throughout: ask
 * PayPal first, then record what PayPal said.
 *
 * Idempotency: every PayPal call that changes something carries a PayPal-Request-Id derived from
 * our ids, so a retry (by the buyer, by PayPal's webhook, by the reconciliation job, by another
 * replica) repeats the first call instead of making a second order, capture or refund:
 *   create order   start:<bookingId>                 (a replacement after a declined capture:
 *                                                     start:<bookingId>:after:<deadOrderId>)
 *   capture        capture:<bookingId>:<orderId>
 *   refund         refund:<captureId>                (a full refund of that capture)
 *   admin refunds  admin-refund:... / admin-cancel:<bookingId>  (BookingAdminService)
 *
 * Three roads lead to the same settlement (`settleCapture`): the buyer coming back (capturePayment),
 * PayPal's webhooks (handleWebhookEvent) and the reconciliation job (reconcile). Each looks at the
 * capture as PayPal reports it and applies it; BookingsService makes the repeats no-ops.
 *
 * Return and cancel URLs: PayPal sends the buyer to `${PUBLIC_URL}/checkout/return?booking=<token>`
 * (PayPal adds `token=<orderId>&PayerID=...`) or `/checkout/cancel?booking=<token>`. The booking
 * token rides in those URLs so the site's return page can call capturePayment in whatever tab or
 * device the buyer comes back on. PayPal sees it, but PayPal already handles this payment and only
 * redirects the buyer to our site with it; the token is the same one in the buyer's booking e-mail.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { deleteInBatches } from '../../db/delete-in-batches';
import type { Logger } from '../../logger';
import type { BookingNotifications } from '../bookings/booking-notifications';
import type { BookingEntity } from '../bookings/booking.entity';
import {
  cancelledByOrganiser,
  holdHasRunOut,
  isAwaitingPayment,
  isConfirmed,
  isPaid,
  isPaymentPending,
  lostItsSeats,
  wasPaid,
} from '../bookings/booking-status';
import type { BookingsService } from '../bookings/bookings.service';
import type { Booking } from '../bookings/bookings.types';
import { EventEntity } from '../events/event.entity';
import { PaymentProviderUnavailableError } from '../payments/payment-errors';
import type { PayPalCapture, PayPalGateway, PayPalOrder } from '../payments/paypal.gateway';
import type { PayPalWebhookEvent } from '../payments/paypal-webhook-event';
import { PayPalWebhookEventEntity } from '../payments/paypal-webhook-event.entity';
import {
  PaymentErrorCode,
  type CancelPaymentPayload,
  type CapturePaymentPayload,
  type PaymentError,
  type StartPaymentPayload,
} from './checkout.types';

const MINUTE = 60_000;
/** Bookings the reconciliation looks at per run. */
const RECONCILE_BATCH = 100;
/** How long after its last change an expired or cancelled booking is still asked about. */
const RECONCILE_LOST_HOLDS_FOR_MS = 3 * 60 * MINUTE;

/** Money PayPal took (or holds) for a capture, as BookingsService wants it. */
type Payment = { captureId: string; amountMinor: number; currency: string };

/** What settling a capture did, for the caller to report. */
export type Settlement =
  | 'CONFIRMED'
  | 'PENDING'
  | 'DECLINED'
  | 'REFUNDED_LATE'
  | 'REFUNDED_MISMATCH'
  | 'REFUNDED_SECOND'
  | 'REFUND_FAILED'
  | 'NOTHING';

export type WebhookOutcome = 'APPLIED' | 'DUPLICATE' | 'IGNORED';

export type RefundReason = 'LATE_PAYMENT' | 'AMOUNT_MISMATCH' | 'SECOND_PAYMENT' | (string & {});

export interface CheckoutServiceOptions {
  site: Config['site'];
  logger: Logger;
  /** Days a processed webhook event id is kept for deduplication (deleteOldWebhookEvents). */
  webhookEventRetentionDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function paymentError(code: PaymentErrorCode, message: string, field: string | null = null): PaymentError {
  return { code, message, field };
}

const TAKEN_CAPTURE_STATUSES = new Set(['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export class CheckoutService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingsService,
    private readonly gateway: PayPalGateway,
    private readonly notifications: BookingNotifications,
    private readonly options: CheckoutServiceOptions,
  ) {
    this.logger = options.logger.child({ component: 'checkout' });
  }

  static startRequestId(bookingId: string, replacesOrderId?: string): string {
    return replacesOrderId ? `start:${bookingId}:after:${replacesOrderId}` : `start:${bookingId}`;
  }

  static captureRequestId(bookingId: string, orderId: string): string {
    return `capture:${bookingId}:${orderId}`;
  }

  static refundRequestId(captureId: string): string {
    return `refund:${captureId}`;
  }

  private returnUrls(token: string) {
    const query = `booking=${encodeURIComponent(token)}`;
    return {
      returnUrl: `${this.options.site.publicUrl}/checkout/return?${query}`,
      cancelUrl: `${this.options.site.publicUrl}/checkout/cancel?${query}`,
    };
  }

  // ----- Mutations -------------------------------------------------------------------------------

  /**
   * Creates (or finds again) the PayPal order for the booking's own total and extends the hold. The
   * order is created before the hold is extended, outside any transaction; a retry reuses it.
   */
  async startPayment(token: string, now: Date): Promise<StartPaymentPayload> {
    const booking = await this.bookings.findEntityByToken(token);
    if (!booking) return this.startFailed(null, this.notFound());
    const refused = this.startRefusal(booking, now);
    if (refused) return this.startFailed(booking, refused);

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
          approvalUrl = `${this.returnUrls(booking.token).returnUrl}&token=${encodeURIComponent(order.orderId)}`;
        } else if (order && order.captures.some((capture) => capture.status !== 'DECLINED')) {
          // Paid (or paying) already: settle that instead of taking a second payment.
          await this.settleOrder(booking, order, now, { captureApproved: false });
          return this.startFailed(
            (await this.bookings.findEntityById(booking.id)) ?? booking,
            paymentError(PaymentErrorCode.NOT_AWAITING_PAYMENT, 'This booking has been paid already.'),
          );
        } else {
          // The order ended without payment (declined, voided, gone): a new one replaces it.
          replacesOrderId = booking.providerOrderId;
        }
      }
      if (!orderId) {
        const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id: booking.eventId });
        const created = await this.gateway.createOrder({
          reference: booking.reference,
          description: `${event?.title ?? 'Tickets'}: booking ${booking.reference}`,
          amountMinor: booking.totalMinor,
          currency: booking.currency,
          ...this.returnUrls(booking.token),
          requestId: CheckoutService.startRequestId(booking.id, replacesOrderId),
        });
        orderId = created.orderId;
        approvalUrl = created.approvalUrl;
      }
    } catch (error) {
      if (error instanceof PaymentProviderUnavailableError) {
        this.logger.warn({ err: error, bookingId: booking.id }, 'PayPal unavailable when starting a payment');
        return this.startFailed(booking, this.unavailable());
      }
      throw error;
    }

    const started = await this.bookings.markPaymentStarted(
      booking.id,
      { providerOrderId: orderId, replacesOrderId },
      now,
    );
    switch (started.outcome) {
      case 'STARTED':
        return { approvalUrl: approvalUrl ?? null, booking: await this.view(started.booking), errors: [] };
      case 'NOT_FOUND':
        return this.startFailed(null, this.notFound());
      case 'HOLD_EXPIRED':
        return this.startFailed(started.booking, this.holdExpired());
      case 'NOT_AWAITING_PAYMENT':
        return this.startFailed(started.booking, this.notAwaiting());
      case 'ORDER_MISMATCH':
        return this.startFailed(
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
   */
  async capturePayment(token: string, orderId: string, now: Date): Promise<CapturePaymentPayload> {
    const booking = await this.bookings.findEntityByToken(token);
    if (!booking) return { booking: null, errors: [this.notFound()] };
    if (booking.providerOrderId !== orderId) {
      return {
        booking: await this.view(booking),
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
    if (isConfirmed(booking.status)) return { booking: await this.view(booking), errors: [] };
    if (cancelledByOrganiser(booking)) {
      return this.cancelledByOrganiser(booking, orderId, now);
    }

    let settlement: Settlement;
    try {
      settlement = await this.captureAndSettle(booking, orderId, now);
    } catch (error) {
      if (error instanceof PaymentProviderUnavailableError) {
        this.logger.warn({ err: error, bookingId: booking.id, orderId }, 'PayPal unavailable during capture');
        return { booking: await this.reload(booking), errors: [this.unavailable()] };
      }
      throw error;
    }
    const after = await this.reload(booking);
    return { booking: after, errors: this.settlementErrors(settlement, after) };
  }

  /**
   * The buyer comes back from PayPal to a booking an admin cancelled: the booking can never be
   * confirmed, so an approved payment is not taken. A capture PayPal has anyway (one that was pending
   * when the booking was cancelled) is settled as for any booking without seats, i.e. refunded in
   * full, and the buyer is told which of these happened. A booking paid before it was cancelled is
   * refunded as the admin chose, which the cancellation e-mail says.
   */
  private async cancelledByOrganiser(
    booking: BookingEntity,
    orderId: string,
    now: Date,
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
        if (order) settlement = await this.settleOrder(booking, order, now, { captureApproved: false });
      } catch (error) {
        if (!(error instanceof PaymentProviderUnavailableError)) throw error;
        this.logger.warn(
          { err: error, bookingId: booking.id, orderId },
          'PayPal unavailable after a cancellation',
        );
        return { booking: await this.reload(booking), errors: [this.unavailable()] };
      }
      if (settlement === 'REFUND_FAILED') {
        return { booking: await this.reload(booking), errors: [this.unavailable()] };
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
      booking: await this.reload(booking),
      errors: [paymentError(PaymentErrorCode.BOOKING_CANCELLED, message)],
    };
  }

  /** The buyer cancelled at PayPal: releases the hold (after checking that nothing was paid). */
  async cancelPayment(token: string): Promise<CancelPaymentPayload> {
    const booking = await this.bookings.findEntityByToken(token);
    if (!booking) return { booking: null, errors: [this.notFound()] };
    if (!isAwaitingPayment(booking.status)) {
      return { booking: await this.view(booking), errors: [this.notAwaiting()] };
    }
    try {
      if (await this.settleIfPaid(booking, new Date())) {
        // Paid in another tab after all: settled rather than cancelled.
        return { booking: await this.reload(booking), errors: [this.notAwaiting()] };
      }
    } catch (error) {
      // Cancelling does not need PayPal: a payment that lands later is refunded (HOLD_LOST).
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
    }
    const released = await this.bookings.releaseHold(booking.id);
    if (released.outcome === 'NOT_FOUND') return { booking: null, errors: [this.notFound()] };
    if (released.outcome === 'NOT_HELD') {
      return { booking: await this.view(released.booking), errors: [this.notAwaiting()] };
    }
    return { booking: await this.view(released.booking), errors: [] };
  }

  /**
   * Before a hold is called off (by the buyer or an admin): asks PayPal whether the booking's order
   * was paid after all and, if so, settles it (confirms, or waits for a pending capture) and returns
   * true: a booking now confirmed must not be cancelled. False when there is no order or nothing was
   * captured.
   * Throws PaymentProviderUnavailableError when PayPal cannot be asked.
   */
  async settleIfPaid(booking: BookingEntity, now: Date): Promise<boolean> {
    if (!booking.providerOrderId) return false;
    const order = await this.gateway.getOrder(booking.providerOrderId);
    if (!order || !order.captures.some((capture) => capture.status !== 'DECLINED')) return false;
    await this.settleOrder(booking, order, now, { captureApproved: false });
    return true;
  }

  // ----- Webhooks ---------------------------------------------------------------------------------

  /**
   * Applies a verified PayPal event: repeats (same event id) are acknowledged without effect; the
   * event only says which order or capture changed, and PayPal is asked for its current state, which
   * is applied like everything else. Out-of-order events therefore all apply the latest state, and
   * each state change happens once (the booking transitions and refund records are idempotent).
   * The event id is recorded after applying it: a delivery that fails half-way is retried by PayPal,
   * and a concurrent duplicate re-applies the same state with no effect.
   * Throws PaymentProviderUnavailableError when PayPal cannot be asked (answer 503: PayPal retries).
   */
  async handleWebhookEvent(event: PayPalWebhookEvent, now: Date): Promise<WebhookOutcome> {
    const events = this.dataSource.getRepository(PayPalWebhookEventEntity);
    if (await events.existsBy({ eventId: event.eventId })) return 'DUPLICATE';

    const outcome = await this.applyWebhookEvent(event, now);
    await events
      .createQueryBuilder()
      .insert()
      .values({ eventId: event.eventId, eventType: event.eventType, resourceId: event.resourceId })
      .orIgnore()
      .execute();
    return outcome;
  }

  /**
   * Forgets the ids of webhook events processed more than the retention period before `now`: PayPal
   * retries a delivery "up to 25 times over 3 days"
   * (https://developer.paypal.com/api/rest/webhooks/rest/), so an older id is never delivered again
   * by PayPal's retries; the longer default also covers events resent by hand from PayPal's dashboard.
   * Even then, a forgotten event re-applies PayPal's current state, which changes nothing.
   * Returns how many it deleted.
   */
  deleteOldWebhookEvents(now: Date, batchSize?: number): Promise<number> {
    const cutoff = new Date(now.getTime() - this.options.webhookEventRetentionDays * DAY_MS);
    return deleteInBatches(this.dataSource, {
      table: 'paypal_webhook_event',
      key: 'event_id',
      where: 'processed_at < $1',
      parameters: [cutoff],
      batchSize,
    });
  }

  private async applyWebhookEvent(event: PayPalWebhookEvent, now: Date): Promise<WebhookOutcome> {
    let orderId = event.orderId;
    if (!orderId && event.captureId) orderId = (await this.gateway.getCapture(event.captureId))?.orderId;
    if (!orderId) {
      this.logger.info(
        { eventType: event.eventType, eventId: event.eventId },
        'webhook about no known order',
      );
      return 'IGNORED';
    }
    const booking = await this.bookings.findEntityByProviderOrder(orderId);
    if (!booking) return 'IGNORED';
    const order = await this.gateway.getOrder(orderId);
    if (!order) return 'IGNORED';
    // An approval is the buyer's to capture when they come back; reconciliation captures it otherwise.
    await this.settleOrder(booking, order, now, { captureApproved: false });
    return 'APPLIED';
  }

  // ----- Reconciliation ---------------------------------------------------------------------------

  /**
   * Settles orders whose buyer never came back, or whose outcome we never learnt: bookings with a
   * PayPal order that wait for payment (unchanged for a minute), or lost their hold recently, or hold
   * a capture no refund was recorded for. Asks PayPal for each order and settles it: APPROVED ones
   * of bookings still waiting are captured (same request id as the buyer's capture), captured ones
   * confirmed or refunded, pending ones left. Idempotent; safe beside other replicas (the per-minute
   * job runs once across them, and every step is idempotent anyway). Returns how many it settled.
   */
  async reconcile(now: Date): Promise<number> {
    const candidates = await this.dataSource.query<{ id: string }[]>(
      `SELECT b.id FROM booking b
       WHERE b.provider_order_id IS NOT NULL
         AND b.updated_at < $1
         AND (
           b.status IN ('AWAITING_PAYMENT', 'PAYMENT_PENDING')
           OR (b.status IN ('EXPIRED', 'CANCELLED') AND b.updated_at > $2)
           OR (b.status IN ('EXPIRED', 'CANCELLED') AND b.provider_capture_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM booking_refund r
                               WHERE r.booking_id = b.id AND r.provider_capture_id = b.provider_capture_id))
         )
       ORDER BY b.updated_at
       LIMIT $3`,
      [
        new Date(now.getTime() - MINUTE),
        new Date(now.getTime() - RECONCILE_LOST_HOLDS_FOR_MS),
        RECONCILE_BATCH,
      ],
    );
    let settled = 0;
    for (const { id } of candidates) {
      const booking = await this.bookings.findEntityById(id);
      if (!booking?.providerOrderId) continue;
      try {
        const order = await this.gateway.getOrder(booking.providerOrderId);
        if (!order) continue; // unknown to PayPal: expiry handles the hold
        const settlement = await this.settleOrder(booking, order, now, {
          captureApproved: isAwaitingPayment(booking.status),
        });
        const unchanged =
          settlement === 'NOTHING' || (settlement === 'PENDING' && isPaymentPending(booking.status));
        if (!unchanged) {
          settled++;
          this.logger.info(
            { bookingId: id, orderId: order.orderId, settlement },
            'reconciled a PayPal order',
          );
        }
      } catch (error) {
        // One order's trouble does not stop the others; the next run tries again.
        this.logger.warn({ err: error, bookingId: id }, 'could not reconcile a PayPal order');
      }
    }
    return settled;
  }

  // ----- Settlement -------------------------------------------------------------------------------

  /** Applies an order as PayPal reports it: its capture, or (if asked) captures an approved one. */
  private async settleOrder(
    booking: BookingEntity,
    order: PayPalOrder,
    now: Date,
    { captureApproved }: { captureApproved: boolean },
  ): Promise<Settlement> {
    if (order.status === 'APPROVED') {
      return captureApproved ? this.captureAndSettle(booking, order.orderId, now) : 'NOTHING';
    }
    // One order, one capture that counts: a taken one if any, else the latest (pending, declined).
    const capture =
      order.captures.find((candidate) => TAKEN_CAPTURE_STATUSES.has(candidate.status)) ??
      order.captures.at(-1);
    if (!capture) return 'NOTHING';
    const settlement = await this.settleCapture(booking, order.orderId, capture, now);
    await this.recordOrderRefunds(booking, order, capture);
    return settlement;
  }

  /** Captures (idempotently) and settles. Throws PaymentProviderUnavailableError when PayPal is out of reach. */
  private async captureAndSettle(booking: BookingEntity, orderId: string, now: Date): Promise<Settlement> {
    const result = await this.gateway.captureOrder(
      orderId,
      CheckoutService.captureRequestId(booking.id, orderId),
    );
    if (result.outcome === 'NOT_APPROVED') return 'NOTHING';
    if (result.outcome === 'DECLINED' && !result.capture) return 'DECLINED';
    return this.settleCapture(booking, orderId, result.capture!, now);
  }

  /**
   * The heart of it: one capture as PayPal reports it, applied to the booking. Money taken confirms
   * the booking, or is refunded in full when it cannot be kept (seats gone, wrong amount, second
   * payment); pending waits; declined releases a pending hold (an unpaid hold runs out by itself).
   */
  private async settleCapture(
    booking: BookingEntity,
    orderId: string,
    capture: PayPalCapture,
    now: Date,
  ): Promise<Settlement> {
    const payment: Payment = {
      captureId: capture.captureId,
      amountMinor: capture.amountMinor,
      currency: capture.currency,
    };
    // The payment history keeps every capture PayPal reported, whatever settling it does.
    await this.bookings.recordPayment(booking.id, { ...payment, orderId, status: capture.status });
    if (capture.status === 'PENDING') {
      const pending = await this.bookings.markPaymentPending(booking.id, payment, now);
      if (pending.outcome === 'PENDING' || pending.outcome === 'ALREADY_PENDING') return 'PENDING';
      // AMOUNT_MISMATCH / HOLD_LOST: nothing to refund until it completes; its webhook settles it then.
      return 'NOTHING';
    }
    if (capture.status === 'DECLINED' || capture.status === 'FAILED') {
      const current = await this.bookings.findEntityById(booking.id);
      if (current && isPaymentPending(current.status) && current.providerCaptureId === capture.captureId) {
        await this.bookings.releaseHold(booking.id);
      }
      return 'DECLINED';
    }
    if (capture.status === 'REFUNDED' && !isPaid(booking.status)) {
      // Refunded in full already (by us, or at PayPal): there is nothing left to confirm or refund.
      return 'NOTHING';
    }

    const confirmed = await this.bookings.confirmPaidBooking(booking.id, payment, now);
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
        return (await this.refundPayment(confirmed.booking, payment, 'SECOND_PAYMENT'))
          ? 'REFUNDED_SECOND'
          : 'REFUND_FAILED';
      case 'AMOUNT_MISMATCH':
        this.logger.error(
          { bookingId: booking.id, captureId: payment.captureId, paid: payment, total: booking.totalMinor },
          'PayPal captured an amount that differs from the booking total: refunding it',
        );
        return (await this.refundPayment(confirmed.booking, payment, 'AMOUNT_MISMATCH'))
          ? 'REFUNDED_MISMATCH'
          : 'REFUND_FAILED';
      case 'HOLD_LOST':
        return (await this.refundPayment(confirmed.booking, payment, 'LATE_PAYMENT'))
          ? 'REFUNDED_LATE'
          : 'REFUND_FAILED';
    }
  }

  /**
   * Refunds a capture in full and records it on the booking (a late payment also enqueues the
   * e-mail that tells the buyer, in the same transaction). False when PayPal could not be reached:
   * the reconciliation job tries again (it looks for captures without a recorded refund).
   */
  private async refundPayment(
    booking: BookingEntity,
    payment: Payment,
    reason: RefundReason,
  ): Promise<boolean> {
    try {
      await this.refund(booking, { ...payment, reason });
      return true;
    } catch (error) {
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      this.logger.warn({ err: error, bookingId: booking.id, reason }, 'refund postponed: PayPal unavailable');
      return false;
    }
  }

  /**
   * Refunds all (amountMinor omitted) or part of a capture through PayPal, idempotently, and records
   * it. Meant for reuse by admin refunds (pass their own requestId for each partial refund, the admin
   * as `requestedBy`, and what the refund causes as `inTransaction`: it runs in the transaction that
   * records the refund, also when it was recorded before, with `isNew` telling which).
   */
  async refund(
    booking: BookingEntity,
    input: {
      captureId: string;
      currency: string;
      amountMinor?: number;
      reason: RefundReason;
      requestId?: string;
      requestedBy?: { accountId: string; email: string } | null;
    },
    inTransaction?: (
      manager: EntityManager,
      booking: BookingEntity,
      refund: { refundId: string; amountMinor: number; currency: string },
      isNew: boolean,
    ) => Promise<void>,
  ): Promise<{ refundId: string; amountMinor: number } | { refusedBecause: string }> {
    const result = await this.gateway.refundCapture({
      captureId: input.captureId,
      amountMinor: input.amountMinor,
      currency: input.currency,
      requestId: input.requestId ?? CheckoutService.refundRequestId(input.captureId),
      note: refundNote(input.reason, booking.reference),
    });
    if (result.outcome === 'REFUSED') {
      this.logger.warn({ bookingId: booking.id, issue: result.issue }, 'PayPal refused a refund');
      return { refusedBecause: result.issue };
    }
    const late = input.reason === 'LATE_PAYMENT';
    const recorded = {
      refundId: result.refundId,
      amountMinor: result.amountMinor,
      currency: result.currency,
    };
    await this.bookings.recordRefund(
      booking.id,
      {
        ...recorded,
        captureId: input.captureId,
        reason: input.reason,
        requestedBy: input.requestedBy,
      },
      async (manager, locked, isNew) => {
        if (late) {
          await this.notifications.latePaymentRefunded(manager, locked, {
            captureId: input.captureId,
            amountMinor: result.amountMinor,
            currency: result.currency,
          });
        }
        await inTransaction?.(manager, locked, recorded, isNew);
      },
    );
    return { refundId: result.refundId, amountMinor: result.amountMinor };
  }

  /**
   * Refunds PayPal reports for the order (made by us, at PayPal, or a reversal), recorded once each.
   * On a paid booking they refund its payment (status follows); on a booking whose seats were lost
   * they are the refund of that late payment, and the buyer is told (once, whoever records it first).
   */
  private async recordOrderRefunds(booking: BookingEntity, order: PayPalOrder, capture: PayPalCapture) {
    if (order.refunds.length === 0) return;
    const current = await this.bookings.findEntityById(booking.id);
    if (!current || current.providerCaptureId !== capture.captureId) return;
    // A booking an admin cancelled after payment keeps its payment's refunds as its own (no late-payment mail).
    const paid = wasPaid(current);
    for (const refund of order.refunds) {
      if (refund.amountMinor <= 0) continue;
      await this.bookings.recordRefund(
        booking.id,
        {
          refundId: refund.refundId,
          captureId: capture.captureId,
          amountMinor: refund.amountMinor,
          currency: refund.currency,
          reason: paid ? 'PROVIDER' : 'LATE_PAYMENT',
        },
        paid
          ? undefined
          : (manager, locked) =>
              this.notifications.latePaymentRefunded(manager, locked, {
                captureId: capture.captureId,
                amountMinor: capture.amountMinor,
                currency: capture.currency,
              }),
      );
    }
  }

  // ----- Helpers ----------------------------------------------------------------------------------

  private settlementErrors(settlement: Settlement, booking: Booking | null): PaymentError[] {
    switch (settlement) {
      case 'DECLINED':
        return [
          paymentError(
            PaymentErrorCode.PAYMENT_DECLINED,
            'PayPal declined the payment and nothing was charged. Your seats are still held: please try again.',
          ),
        ];
      case 'REFUNDED_LATE':
        return [
          paymentError(
            PaymentErrorCode.HOLD_EXPIRED,
            'Your payment arrived after your reservation had run out and the seats were gone. It has been refunded in full.',
          ),
        ];
      case 'REFUNDED_MISMATCH':
        return [
          paymentError(
            PaymentErrorCode.AMOUNT_MISMATCH,
            'The amount paid did not match the booking total. It has been refunded in full.',
          ),
        ];
      case 'REFUND_FAILED':
        return [this.unavailable()];
      case 'NOTHING':
        if (booking && isAwaitingPayment(booking.status)) {
          return [
            paymentError(
              PaymentErrorCode.PAYMENT_NOT_APPROVED,
              'The payment has not been approved at PayPal yet.',
            ),
          ];
        }
        if (booking && lostItsSeats(booking.status)) {
          return [this.holdExpired()];
        }
        return [];
      default:
        return [];
    }
  }

  private startRefusal(booking: BookingEntity, now: Date): PaymentError | null {
    if (holdHasRunOut(booking, now)) return this.holdExpired();
    if (!isAwaitingPayment(booking.status)) return this.notAwaiting();
    return null;
  }

  private async startFailed(
    booking: BookingEntity | null,
    error: PaymentError,
  ): Promise<StartPaymentPayload> {
    return { approvalUrl: null, booking: booking ? await this.view(booking) : null, errors: [error] };
  }

  private notFound(): PaymentError {
    return paymentError(PaymentErrorCode.BOOKING_NOT_FOUND, 'There is no such booking.', 'bookingToken');
  }

  private holdExpired(): PaymentError {
    return paymentError(
      PaymentErrorCode.HOLD_EXPIRED,
      'Your reservation has run out and the seats were released. Please book again.',
    );
  }

  private notAwaiting(): PaymentError {
    return paymentError(PaymentErrorCode.NOT_AWAITING_PAYMENT, 'This booking is not waiting for payment.');
  }

  private unavailable(): PaymentError {
    return paymentError(
      PaymentErrorCode.PAYMENT_PROVIDER_UNAVAILABLE,
      'PayPal did not answer. You have not been charged twice: please try again in a moment. A payment that went through will be confirmed automatically.',
    );
  }

  private view(booking: BookingEntity): Promise<Booking | null> {
    return this.bookings.viewOf(booking);
  }

  private async reload(booking: BookingEntity): Promise<Booking | null> {
    return this.view((await this.bookings.findEntityById(booking.id)) ?? booking);
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
