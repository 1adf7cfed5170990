import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { Booking } from '../bookings/bookings.types';

export enum PaymentErrorCode {
  BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND',
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  NOT_AWAITING_PAYMENT = 'NOT_AWAITING_PAYMENT',
  ORDER_MISMATCH = 'ORDER_MISMATCH',
  PAYMENT_NOT_APPROVED = 'PAYMENT_NOT_APPROVED',
  PAYMENT_DECLINED = 'PAYMENT_DECLINED',
  RETURN_TO_PAYPAL = 'RETURN_TO_PAYPAL',
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  PAYMENT_PROVIDER_UNAVAILABLE = 'PAYMENT_PROVIDER_UNAVAILABLE',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(PaymentErrorCode, {
  name: 'PaymentErrorCode',
  description: 'Why a payment step did not go through.',
  valuesConfig: {
    BOOKING_NOT_FOUND: { description: 'The booking token opens no booking.' },
    HOLD_EXPIRED: {
      description:
        'The seats are no longer held for this booking. If a payment arrived anyway it was refunded in full; book again.',
    },
    NOT_AWAITING_PAYMENT: {
      description: 'The booking is not waiting for payment (already paid, pending, cancelled or refunded).',
    },
    ORDER_MISMATCH: { description: 'The PayPal order is not the one started for this booking.' },
    PAYMENT_NOT_APPROVED: { description: 'The buyer has not approved the payment at PayPal yet.' },
    PAYMENT_DECLINED: {
      description:
        'PayPal declined the payment; nothing was charged. The seats stay held until the hold expires: start the payment again.',
    },
    RETURN_TO_PAYPAL: {
      description:
        "PayPal could not capture with the way the buyer chose to pay (INSTRUMENT_DECLINED) or needs the buyer to act (PAYER_ACTION_REQUIRED); nothing was charged. Send the buyer to `approvalUrl`, PayPal's page for the same order, to choose another way to pay; the seats stay held, and the return from there captures as usual.",
    },
    AMOUNT_MISMATCH: {
      description: 'The amount paid differs from the booking total; the payment was refunded in full.',
    },
    PAYMENT_PROVIDER_UNAVAILABLE: {
      description:
        'PayPal could not be reached or did not answer. Nothing is charged twice: try again; a payment that went through is picked up automatically.',
    },
    BOOKING_CANCELLED: {
      description:
        'An admin (the organiser) cancelled the booking. An approved payment is not taken any more; one PayPal took anyway is refunded in full (a pending one once it completes). The message says which applies.',
    },
    TOO_MANY_ATTEMPTS: {
      description:
        "Too many startPayment calls from the caller's network lately (`CHECKOUT_RATE_LIMIT`); nothing was done. Try again after `retryAfterSeconds` (also in the `Retry-After` header).",
    },
  },
});

@ObjectType({ implements: UserError, description: 'A reason a payment step did not go through.' })
export class PaymentError extends UserError {
  @Field(() => PaymentErrorCode, { description: 'What went wrong, for programs.' })
  code: PaymentErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another attempt will be considered.',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({ description: 'The outcome of startPayment.' })
export class StartPaymentPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "Send the buyer here to approve the payment (PayPal's page, or the simulator's in test mode); null when there are errors.",
  })
  approvalUrl: string | null;

  @Field(() => Booking, { nullable: true, description: 'The booking; null when the token opens none.' })
  booking: Booking | null;

  @Field(() => [PaymentError], { description: 'Why the payment could not start; empty on success.' })
  errors: PaymentError[];
}

@ObjectType({ description: 'The outcome of capturePayment.' })
export class CapturePaymentPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "With the error RETURN_TO_PAYPAL: PayPal's approval page for the same order, where the buyer chooses another way to pay. Null otherwise.",
  })
  approvalUrl?: string | null;

  @Field(() => Booking, {
    nullable: true,
    description:
      'The booking after the capture: CONFIRMED with tickets when paid, PAYMENT_PENDING while PayPal completes the payment; null when the token opens none.',
  })
  booking: Booking | null;

  @Field(() => [PaymentError], { description: 'Why the payment did not go through; empty on success.' })
  errors: PaymentError[];
}

@ObjectType({ description: 'The outcome of cancelPayment.' })
export class CancelPaymentPayload {
  @Field(() => Booking, {
    nullable: true,
    description: 'The booking, CANCELLED when its seats were released; null when the token opens none.',
  })
  booking: Booking | null;

  @Field(() => [PaymentError], { description: 'Why nothing was cancelled; empty on success.' })
  errors: PaymentError[];
}
