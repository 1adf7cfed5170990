/**
 * What the shopper's payment mutations say when they cannot do what was asked: the payload errors
 * (code, words, field) of checkout.service.ts, in one place so every road says the same thing.
 */
import { domainProblem, retryLater } from '../../common/domain-error';
import { isAwaitingPayment, lostItsSeats } from '../bookings/booking-status';
import type { Booking } from '../bookings/bookings.types';
import { PaymentErrorCode, type PaymentError } from './checkout.types';
import type { Settlement } from './payment-settlement.service';

export function paymentError(
  code: PaymentErrorCode,
  message: string,
  field: string | null = null,
): PaymentError {
  return domainProblem(code, message, field);
}

export function notFound(): PaymentError {
  return paymentError(PaymentErrorCode.BOOKING_NOT_FOUND, 'There is no such booking.', 'bookingToken');
}

export function holdExpired(): PaymentError {
  return paymentError(
    PaymentErrorCode.HOLD_EXPIRED,
    'Your reservation has run out and the seats were released. Please book again.',
  );
}

export function notAwaiting(): PaymentError {
  return paymentError(PaymentErrorCode.NOT_AWAITING_PAYMENT, 'This booking is not waiting for payment.');
}

/** startPayment called too often from the caller's address (CHECKOUT_RATE_LIMIT). */
export function tooManyAttempts(retryAfterSeconds: number): PaymentError {
  return retryLater(
    PaymentErrorCode.TOO_MANY_ATTEMPTS,
    'Too many payment attempts from your network.',
    retryAfterSeconds,
  );
}

export function unavailable(): PaymentError {
  return paymentError(
    PaymentErrorCode.PAYMENT_PROVIDER_UNAVAILABLE,
    'PayPal did not answer. You have not been charged twice: please try again in a moment. A payment that went through will be confirmed automatically.',
  );
}

/** What the buyer is told after a capture was settled, by what settling it did and where it left the booking. */
export function settlementErrors(settlement: Settlement, booking: Booking | null): PaymentError[] {
  switch (settlement) {
    case 'DECLINED':
      return [
        paymentError(
          PaymentErrorCode.PAYMENT_DECLINED,
          'PayPal declined the payment and nothing was charged. Your seats are still held: please try again.',
        ),
      ];
    case 'RETURN_TO_PAYPAL':
      return [
        paymentError(
          PaymentErrorCode.RETURN_TO_PAYPAL,
          'PayPal could not take the payment the way you chose and nothing was charged. Your seats are still held: choose another way to pay at PayPal.',
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
      return [unavailable()];
    case 'NOTHING':
      if (booking && isAwaitingPayment(booking.status)) {
        return [
          paymentError(
            PaymentErrorCode.PAYMENT_NOT_APPROVED,
            'The payment has not been approved at PayPal yet.',
          ),
        ];
      }
      if (booking && lostItsSeats(booking.status)) return [holdExpired()];
      return [];
    default:
      return [];
  }
}
