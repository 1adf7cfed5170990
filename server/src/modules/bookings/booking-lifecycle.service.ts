/**
 * The booking lifecycle: every change of a booking's status after it was made, each one step inside
 * the caller's unit of work (`tx`); none opens a transaction of its own, so a composite change (an
 * admin's cancellation with its audit entry and e-mail, say) reads top to bottom where it is made.
 * Which changes exist is booking-status.ts (BOOKING_TRANSITIONS; every status written goes through
 * `transition`); seat counters change in tickets/seat-inventory.ts.
 *
 *   markPaymentStarted   AWAITING_PAYMENT, hold extended, provider order stored
 *   confirmPaid          AWAITING_PAYMENT | PAYMENT_PENDING | EXPIRED (seats retaken) -> CONFIRMED,
 *                        then bookingConfirmed (booking-confirmed.ts); seats gone -> HOLD_LOST
 *   markPaymentPending   AWAITING_PAYMENT | EXPIRED (seats retaken) -> PAYMENT_PENDING
 *   releaseHold          AWAITING_PAYMENT | PAYMENT_PENDING -> CANCELLED (the buyer or the provider)
 *   expireHolds          AWAITING_PAYMENT past its hold -> EXPIRED (one batch of the sweep)
 *   cancel               held or paid -> CANCELLED by an admin (seats back, tickets void)
 *   recordPayment        a capture in the payment history (no status change)
 *   recordRefund         a refund; of the booking's own capture -> PARTIALLY_REFUNDED | REFUNDED
 *
 * Every transition locks the booking row (SELECT ... FOR UPDATE) first, so concurrent calls for one
 * booking take turns and each sees the state the previous one left.
 *
 * A little over 400 lines on purpose: one method per transition of the table, which a reader wants
 * side by side; what they return is booking-outcomes.ts, the counter statements seat-inventory.ts.
 */
import type { FreedSeats } from '../waiting-list/waiting-list-offers';
import { WebhookEventType } from '../webhooks/webhook-event-types';
import { bookingRefundedWebhookEvent, bookingWebhookEvent } from '../webhooks/webhook-payloads';
import { In, IsNull } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';
import {
  expireHoldsBatch,
  releaseSeats,
  retakeSeats,
  returnVoucherUses,
  sellHeldSeats,
} from '../tickets/seat-inventory';
import { bookingConfirmed, type BookingConfirmedEffects } from './booking-confirmed';
import { newTicketCode } from './booking-codes';
import { assignTicketShortCodes } from './ticket-short-codes';
import { BookingLineEntity } from './booking-line.entity';
import type {
  CancelBookingResult,
  ConfirmPaidBookingResult,
  MarkPaymentPendingResult,
  MarkPaymentStartedResult,
  ProviderPayment,
  ProviderPaymentReport,
  ProviderRefund,
  RecordRefundResult,
  ReleaseHoldResult,
} from './booking-outcomes';
import { BookingRefundEntity } from './booking-refund.entity';
import {
  BookingCause,
  BookingStatus,
  holdHasRunOut,
  holdsSeats,
  isAwaitingPayment,
  isCancellable,
  isExpired,
  isPaid,
  isPaymentPending,
  statusAfterRefunds,
  transition,
  wasPaid,
} from './booking-status';
import { BookingEntity, PaymentProvider } from './booking.entity';
import { TicketEntity, TicketStatus } from './ticket.entity';

export interface LifecycleSettings {
  /** How long the hold lasts from the start of a payment at the provider. */
  paymentHoldMinutes: number;
  /** A hold's absolute lifetime from the booking's creation, the payment's extension included. */
  holdMaxMinutes: number;
}

const MINUTE = 60 * 1000;
/** Bookings one expireHolds call expires at most (one statement). */
export const EXPIRY_BATCH_SIZE = 500;

/** Locks the booking row for the rest of the transaction; null when there is no such booking. */
export function lockBooking(tx: Transaction, bookingId: string): Promise<BookingEntity | null> {
  return tx.manager
    .getRepository(BookingEntity)
    .createQueryBuilder('booking')
    .setLock('pessimistic_write')
    .where('booking.id = :bookingId', { bookingId })
    .getOne();
}

export class BookingLifecycleService {
  constructor(
    private readonly settings: LifecycleSettings,
    private readonly confirmed: BookingConfirmedEffects,
    /** Seats given back are offered to the event's waiting list in the same transaction. */
    private readonly offers?: FreedSeats,
  ) {}

  /**
   * The buyer is sent to the payment provider: stores the provider's order id and extends the hold to
   * `now + BOOKING_PAYMENT_HOLD_MINUTES`, but never past the booking's `holdDeadline` (its creation
   * plus BOOKING_HOLD_MAX_MINUTES) and never shorter than it was. Only a new order extends:
   * the same order id again (a reload of the pay page, a retry) keeps the hold as it is, so calling
   * startPayment over and over cannot keep seats. Refuses a hold that has run out, even if the sweep
   * has not expired it yet. A different order id is refused (ORDER_MISMATCH) so one booking never has
   * two live orders: reuse `booking.providerOrderId`. `replacesOrderId` allows the one exception: a
   * new order replacing the stored one after that one ended without payment (e.g. a declined capture).
   */
  async markPaymentStarted(
    tx: Transaction,
    input: {
      bookingId: string;
      providerOrderId: string;
      provider?: PaymentProvider;
      replacesOrderId?: string;
    },
  ): Promise<MarkPaymentStartedResult> {
    const provider = input.provider ?? PaymentProvider.PAYPAL;
    const now = tx.ctx.now;
    const booking = await lockBooking(tx, input.bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    if (holdHasRunOut(booking, now)) return { outcome: 'HOLD_EXPIRED', booking };
    if (!isAwaitingPayment(booking.status)) return { outcome: 'NOT_AWAITING_PAYMENT', booking };
    if (
      booking.providerOrderId &&
      booking.providerOrderId !== input.replacesOrderId &&
      (booking.providerOrderId !== input.providerOrderId || booking.paymentProvider !== provider)
    ) {
      return { outcome: 'ORDER_MISMATCH', booking };
    }
    const newOrder = booking.providerOrderId !== input.providerOrderId;
    const lifetimeEnd =
      booking.holdDeadline?.getTime() ?? booking.createdAt.getTime() + this.settings.holdMaxMinutes * MINUTE;
    const extended = new Date(
      Math.min(now.getTime() + this.settings.paymentHoldMinutes * MINUTE, lifetimeEnd),
    );
    booking.paymentProvider = provider;
    booking.providerOrderId = input.providerOrderId;
    if (newOrder && extended > booking.holdExpiresAt!) booking.holdExpiresAt = extended;
    await tx.manager.update(BookingEntity, booking.id, {
      paymentProvider: provider,
      providerOrderId: input.providerOrderId,
      holdExpiresAt: booking.holdExpiresAt,
    });
    return { outcome: 'STARTED', booking };
  }

  /**
   * The provider reports a COMPLETED capture (from the capture call, a webhook or reconciliation).
   * Idempotent and safe to call concurrently: the booking row is locked, so exactly one call confirms
   * (seats held -> sold, tickets issued once, bookingConfirmed) and the others see ALREADY_CONFIRMED.
   * A booking whose hold was given back (EXPIRED) is confirmed if its seats can be taken again;
   * otherwise, or if it was CANCELLED before payment, the outcome is HOLD_LOST and the caller refunds.
   * A booking an admin cancelled after it was paid counts as ALREADY_CONFIRMED: its own capture is
   * settled already (kept or refunded as the admin chose), another one is a second payment.
   */
  async confirmPaid(
    tx: Transaction,
    input: { bookingId: string; payment: ProviderPayment },
  ): Promise<ConfirmPaidBookingResult> {
    const { payment } = input;
    const provider = payment.provider ?? PaymentProvider.PAYPAL;
    const booking = await lockBooking(tx, input.bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    if (wasPaid(booking)) return { outcome: 'ALREADY_CONFIRMED', booking };
    if (payment.amountMinor !== booking.totalMinor || payment.currency !== booking.currency) {
      return { outcome: 'AMOUNT_MISMATCH', booking };
    }
    const lines = await this.linesOf(tx, booking.id);

    if (holdsSeats(booking.status)) {
      await sellHeldSeats(tx, lines);
    } else if (!isExpired(booking.status) || !(await retakeSeats(tx, booking.id, lines, 'sold'))) {
      const recorded = { paymentProvider: provider, providerCaptureId: payment.captureId };
      await tx.manager.update(BookingEntity, booking.id, recorded);
      return { outcome: 'HOLD_LOST', booking: { ...booking, ...recorded } };
    }

    await this.issueTickets(tx, booking.id);
    const changes = {
      status: transition(booking.status, BookingStatus.CONFIRMED, BookingCause.PAYMENT_CAPTURED),
      confirmedAt: tx.ctx.now,
      paymentProvider: provider,
      providerCaptureId: payment.captureId,
    };
    await tx.manager.update(BookingEntity, booking.id, changes);
    await bookingConfirmed(this.confirmed, tx, booking.id);
    return { outcome: 'CONFIRMED', booking: { ...booking, ...changes } };
  }

  /**
   * The provider accepted a capture but reports it PENDING: the booking waits in PAYMENT_PENDING,
   * seats held, untouched by the expiry sweep, until confirmPaid (completed) or releaseHold (denied).
   * A booking whose hold had already expired takes its seats back if it can, else HOLD_LOST (the
   * capture id is stored; refund or void it when it completes).
   */
  async markPaymentPending(
    tx: Transaction,
    input: { bookingId: string; payment: ProviderPayment },
  ): Promise<MarkPaymentPendingResult> {
    const { payment } = input;
    const provider = payment.provider ?? PaymentProvider.PAYPAL;
    const booking = await lockBooking(tx, input.bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    if (wasPaid(booking)) return { outcome: 'ALREADY_CONFIRMED', booking };
    if (isPaymentPending(booking.status)) return { outcome: 'ALREADY_PENDING', booking };
    if (payment.amountMinor !== booking.totalMinor || payment.currency !== booking.currency) {
      return { outcome: 'AMOUNT_MISMATCH', booking };
    }
    const changes: Partial<BookingEntity> = {
      paymentProvider: provider,
      providerCaptureId: payment.captureId,
    };
    if (!isAwaitingPayment(booking.status)) {
      const lines = await this.linesOf(tx, booking.id);
      if (!isExpired(booking.status) || !(await retakeSeats(tx, booking.id, lines, 'held'))) {
        const recorded = { paymentProvider: provider, providerCaptureId: payment.captureId };
        await tx.manager.update(BookingEntity, booking.id, recorded);
        return { outcome: 'HOLD_LOST', booking: { ...booking, ...recorded } };
      }
      await tx.manager.update(
        TicketEntity,
        { bookingId: booking.id, status: TicketStatus.VOID },
        { status: TicketStatus.PENDING },
      );
      changes.holdExpiresAt = new Date(tx.ctx.now.getTime() + this.settings.paymentHoldMinutes * MINUTE);
    }
    changes.status = transition(booking.status, BookingStatus.PAYMENT_PENDING, BookingCause.PAYMENT_PENDING);
    await tx.manager.update(BookingEntity, booking.id, changes);
    return { outcome: 'PENDING', booking: { ...booking, ...changes } };
  }

  /**
   * Gives a booking's held seats back at once and marks it CANCELLED (the buyer cancelled at the
   * provider, or the provider denied the payment). Does nothing to bookings that hold no seats.
   */
  async releaseHold(tx: Transaction, input: { bookingId: string }): Promise<ReleaseHoldResult> {
    const booking = await lockBooking(tx, input.bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    if (!holdsSeats(booking.status)) return { outcome: 'NOT_HELD', booking };
    const status = transition(booking.status, BookingStatus.CANCELLED, BookingCause.HOLD_RELEASED);
    await this.giveSeatsBack(tx, booking.id, 'held');
    await tx.manager.update(BookingEntity, booking.id, { status });
    await this.offers?.offerFreedSeats(tx, [booking.eventId]);
    return { outcome: 'RELEASED', booking: { ...booking, status } };
  }

  /**
   * One batch of the expiry sweep: up to `limit` AWAITING_PAYMENT bookings whose hold ended before
   * `tx.ctx.now` become EXPIRED and give their seats back (tickets/seat-inventory.ts). Idempotent and
   * safe beside other processes sweeping. Returns how many it expired; the caller sweeps again while
   * a batch comes back full.
   */
  async expireHolds(tx: Transaction, input: { limit?: number } = {}): Promise<number> {
    const { expired, eventIds } = await expireHoldsBatch(tx, tx.ctx.now, input.limit ?? EXPIRY_BATCH_SIZE);
    await this.offers?.offerFreedSeats(tx, eventIds);
    return expired;
  }

  /**
   * An admin calls the booking off: a hold gives its seats back, a paid booking (confirmed, or
   * refunded in part or whole) gives its sold seats back; every ticket becomes VOID (no longer admits)
   * and the booking CANCELLED with the time and reason. Money is not touched here: the caller refunds
   * first (outside any transaction), then cancels. `expected` is what the caller decided on: a booking
   * that changed from held to paid (or back) meanwhile is left alone (STATUS_CHANGED) so nothing paid
   * is cancelled unrefunded by surprise. Cancelled, expired or unknown bookings change nothing.
   */
  async cancel(
    tx: Transaction,
    input: { bookingId: string; reason: string; expected: 'held' | 'paid' },
  ): Promise<CancelBookingResult> {
    const booking = await lockBooking(tx, input.bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    if (!isCancellable(booking.status)) return { outcome: 'NOT_CANCELLABLE', booking };
    const held = holdsSeats(booking.status);
    if ((input.expected === 'held') !== held) return { outcome: 'STATUS_CHANGED', booking };
    await this.giveSeatsBack(tx, booking.id, held ? 'held' : 'sold');
    await this.offers?.offerFreedSeats(tx, [booking.eventId]);
    const changes = {
      status: transition(booking.status, BookingStatus.CANCELLED, BookingCause.CANCELLED_BY_ADMIN),
      cancelledAt: tx.ctx.now,
      cancellationReason: input.reason.slice(0, 500),
    };
    await tx.manager.update(BookingEntity, booking.id, changes);
    await bookingWebhookEvent(tx, WebhookEventType.BOOKING_CANCELLED, booking.id);
    return { outcome: 'CANCELLED', booking: { ...booking, ...changes } };
  }

  /**
   * Keeps a capture the provider reported in the booking's payment history (one row per capture,
   * its status updated as it changes). Called for every capture settled, before its settlement.
   */
  async recordPayment(
    tx: Transaction,
    input: { bookingId: string; payment: ProviderPaymentReport },
  ): Promise<void> {
    const { payment } = input;
    await tx.manager.query(
      `INSERT INTO booking_payment
         (booking_id, provider, provider_order_id, provider_capture_id, status, amount_minor, currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (provider, provider_capture_id) DO UPDATE
         SET status = EXCLUDED.status, amount_minor = EXCLUDED.amount_minor, updated_at = now()
         WHERE booking_payment.status <> EXCLUDED.status`,
      [
        input.bookingId,
        payment.provider ?? PaymentProvider.PAYPAL,
        payment.orderId,
        payment.captureId,
        payment.status.slice(0, 32),
        payment.amountMinor,
        payment.currency,
      ],
    );
  }

  /**
   * Records a refund the provider made for this booking, once (unique by refund id), and, when it
   * refunds the capture that paid the booking, sets REFUNDED or PARTIALLY_REFUNDED from the sum of
   * that capture's refunds (a full refund also voids the tickets). Refunds of other captures (a late
   * or second payment) are recorded without changing the status. A refund with `requestedBy` that a
   * webhook recorded first without one is claimed by the requester's call (it takes over the reason
   * and requester) and counts as new for it (`isNew`), so its audit entry is written once.
   */
  async recordRefund(
    tx: Transaction,
    input: { bookingId: string; refund: ProviderRefund },
  ): Promise<RecordRefundResult> {
    const { bookingId, refund } = input;
    const provider = refund.provider ?? PaymentProvider.PAYPAL;
    const booking = await lockBooking(tx, bookingId);
    if (!booking) return { outcome: 'NOT_FOUND' };
    const inserted = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(BookingRefundEntity)
      .values({
        bookingId,
        provider,
        providerRefundId: refund.refundId,
        providerCaptureId: refund.captureId,
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        reason: refund.reason.slice(0, 500),
        requestedById: refund.requestedBy?.accountId ?? null,
        requestedByEmail: refund.requestedBy?.email ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const isNew = (inserted.raw as unknown[]).length === 1;
    // PayPal's webhook may have recorded an admin's refund first, knowing no reason or requester:
    // the admin's call claims it (once), so the record says who asked and why.
    const claimed = !isNew && refund.requestedBy ? await this.claimRefund(tx, provider, refund) : false;
    const refundedMinor = booking.providerCaptureId
      ? Number(
          (
            await tx.manager
              .createQueryBuilder(BookingRefundEntity, 'refund')
              .select('coalesce(sum(refund.amountMinor), 0)', 'sum')
              .where('refund.bookingId = :bookingId', { bookingId })
              .andWhere('refund.providerCaptureId = :captureId', { captureId: booking.providerCaptureId })
              .getRawOne<{ sum: string }>()
          )?.sum ?? 0,
        )
      : 0;
    if (!isNew) return { outcome: 'ALREADY_RECORDED', booking, refundedMinor, isNew: claimed };

    // The payment history shows the capture as PayPal now has it: refunded in part or in full.
    await tx.manager.query(
      `UPDATE booking_payment p
          SET status = CASE WHEN refunds.sum >= p.amount_minor THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END,
              updated_at = now()
         FROM (SELECT coalesce(sum(amount_minor), 0) AS sum FROM booking_refund
                WHERE provider = $1 AND provider_capture_id = $2) refunds
        WHERE p.provider = $1 AND p.provider_capture_id = $2
          AND p.status IN ('COMPLETED', 'PARTIALLY_REFUNDED')`,
      [provider, refund.captureId],
    );
    if (isPaid(booking.status) && refund.captureId === booking.providerCaptureId && refundedMinor > 0) {
      const status = statusAfterRefunds(refundedMinor, booking.totalMinor);
      if (status !== booking.status) {
        booking.status = transition(booking.status, status, BookingCause.REFUND_RECORDED);
        await tx.manager.update(BookingEntity, booking.id, { status });
      }
      if (status === BookingStatus.REFUNDED) {
        await tx.manager.update(
          TicketEntity,
          { bookingId: booking.id, status: TicketStatus.ISSUED },
          { status: TicketStatus.VOID },
        );
      }
    }
    await bookingRefundedWebhookEvent(tx, booking.id, {
      id: (inserted.raw as { id: string }[])[0].id,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
    });
    return { outcome: 'RECORDED', booking, refundedMinor, isNew: true };
  }

  /** An admin's call takes over a refund a webhook recorded without a requester; true if it did. */
  private async claimRefund(
    tx: Transaction,
    provider: PaymentProvider,
    refund: ProviderRefund,
  ): Promise<boolean> {
    const updated = await tx.manager
      .createQueryBuilder()
      .update(BookingRefundEntity)
      .set({
        reason: refund.reason.slice(0, 500),
        requestedById: refund.requestedBy!.accountId,
        requestedByEmail: refund.requestedBy!.email,
      })
      .where('provider = :provider AND provider_refund_id = :refundId AND requested_by_id IS NULL', {
        provider,
        refundId: refund.refundId,
      })
      .returning(['id'])
      .execute();
    return (updated.raw as unknown[]).length === 1;
  }

  /**
   * Gives a booking's held or sold seats back (ticket types in id order), then its code's uses, and
   * voids its tickets.
   */
  private async giveSeatsBack(tx: Transaction, bookingId: string, from: 'held' | 'sold'): Promise<void> {
    await releaseSeats(tx, await this.linesOf(tx, bookingId), from, `booking ${bookingId}`);
    await returnVoucherUses(tx, [bookingId]);
    await tx.manager.update(
      TicketEntity,
      { bookingId, status: In([TicketStatus.PENDING, TicketStatus.ISSUED]) },
      { status: TicketStatus.VOID },
    );
  }

  /** A booking's lines in ticket type id order, the order every counter change follows. */
  private linesOf(tx: Transaction, bookingId: string): Promise<BookingLineEntity[]> {
    return tx.manager.find(BookingLineEntity, { where: { bookingId }, order: { ticketTypeId: 'ASC' } });
  }

  /** Gives every not yet issued ticket of the booking its code (void ones too: they are paid for now). */
  private async issueTickets(tx: Transaction, bookingId: string): Promise<void> {
    const tickets = await tx.manager.find(TicketEntity, {
      select: { id: true },
      where: { bookingId, code: IsNull() },
    });
    if (tickets.length === 0) return;
    await tx.manager.query(
      `UPDATE ticket t SET code = v.code, status = 'ISSUED', issued_at = $3, updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS v(id, code)
       WHERE t.id = v.id AND t.code IS NULL`,
      [tickets.map((ticket) => ticket.id), tickets.map(() => newTicketCode()), tx.ctx.now],
    );
    await assignTicketShortCodes(
      tx.manager,
      tickets.map((ticket) => ticket.id),
    );
  }
}
