/**
 * What the booking lifecycle's transitions (booking-lifecycle.service.ts) take and answer: the
 * payments and refunds a provider reports, and one outcome type per transition. Expected outcomes
 * are data (HOLD_LOST, ALREADY_CONFIRMED ...), for the caller to act on.
 */
import type { BookingEntity, PaymentProvider } from './booking.entity';

/** A payment the provider reports for a booking (captured, or accepted but pending). */
export interface ProviderPayment {
  /** The provider's capture id (PayPal: purchase_units[0].payments.captures[0].id). */
  captureId: string;
  /** Captured amount in minor units of `currency`; must equal the booking total. */
  amountMinor: number;
  currency: string;
  provider?: PaymentProvider;
}

export type MarkPaymentStartedResult =
  | { outcome: 'STARTED'; booking: BookingEntity }
  /** The hold ran out (or the sweep expired it): send the buyer back to book again. */
  | { outcome: 'HOLD_EXPIRED'; booking: BookingEntity }
  /** The booking is past payment (pending, confirmed, cancelled, refunded): nothing to pay. */
  | { outcome: 'NOT_AWAITING_PAYMENT'; booking: BookingEntity }
  /** The booking already has another provider order: reuse `booking.providerOrderId` instead. */
  | { outcome: 'ORDER_MISMATCH'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type ConfirmPaidBookingResult =
  /** Seats sold, tickets issued, capture id stored. Send the confirmation. */
  | { outcome: 'CONFIRMED'; booking: BookingEntity }
  /**
   * Nothing changed: the booking was confirmed before (or since refunded; see booking.status). If
   * `booking.providerCaptureId` differs from this capture, this is a second payment: refund it.
   */
  | { outcome: 'ALREADY_CONFIRMED'; booking: BookingEntity }
  /** The capture's amount or currency differs from the booking total: nothing changed; refund it. */
  | { outcome: 'AMOUNT_MISMATCH'; booking: BookingEntity }
  /**
   * The hold was released (expired or cancelled) and the seats could not be taken again. The booking
   * keeps its status and records the capture id: refund the capture and tell the buyer.
   */
  | { outcome: 'HOLD_LOST'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type MarkPaymentPendingResult =
  | { outcome: 'PENDING'; booking: BookingEntity }
  | { outcome: 'ALREADY_PENDING'; booking: BookingEntity }
  | { outcome: 'ALREADY_CONFIRMED'; booking: BookingEntity }
  | { outcome: 'AMOUNT_MISMATCH'; booking: BookingEntity }
  | { outcome: 'HOLD_LOST'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

/** A refund the provider made (our call's answer, or seen in its order or webhook). */
export interface ProviderRefund {
  refundId: string;
  captureId: string;
  amountMinor: number;
  currency: string;
  /** Why, for the record (LATE_PAYMENT, SECOND_PAYMENT, an admin's reason ...). */
  reason: string;
  provider?: PaymentProvider;
  /** The admin who asked for it; omitted for refunds the shop or the provider made on its own. */
  requestedBy?: { accountId: string; email: string } | null;
}

/** A capture as the provider reported it, for the booking's payment history. */
export interface ProviderPaymentReport extends ProviderPayment {
  orderId: string;
  /** The provider's status of the capture (PayPal: COMPLETED, PENDING, DECLINED, REFUNDED ...). */
  status: string;
}

export type CancelBookingResult =
  | { outcome: 'CANCELLED'; booking: BookingEntity }
  /** Cancelled (or expired) before: nothing changed. */
  | { outcome: 'NOT_CANCELLABLE'; booking: BookingEntity }
  /** Held when the caller looked, paid now (or the other way round): nothing changed. */
  | { outcome: 'STATUS_CHANGED'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type RecordRefundResult =
  /** Stored; `booking.status` is the status after it (changed only for the booking's own capture). */
  | { outcome: 'RECORDED'; booking: BookingEntity; refundedMinor: number; isNew: true }
  /**
   * This refund was stored before: nothing changed, except that an admin's call (with `requestedBy`)
   * claims a record a webhook made first without one; then `isNew` is true for that call, so what a
   * new refund causes (its audit entry) happens once. `refundedMinor` sums the booking's own capture.
   */
  | { outcome: 'ALREADY_RECORDED'; booking: BookingEntity; refundedMinor: number; isNew: boolean }
  | { outcome: 'NOT_FOUND' };

export type ReleaseHoldResult =
  | { outcome: 'RELEASED'; booking: BookingEntity }
  /** The booking holds no seats (confirmed, expired, cancelled ...): nothing changed. */
  | { outcome: 'NOT_HELD'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };
