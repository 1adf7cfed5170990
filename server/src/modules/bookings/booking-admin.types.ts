import { DateTimeResolver } from 'graphql-scalars';
import { TimeZoneScalar } from '../../graphql/time-zone.scalar';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { AdminRole } from '../accounts/admin-account.entity';
import { AttendeeTicket } from '../checkin/checkin.types';
import { EmailMessage } from '../email/email.types';
import { BookingStatus } from './booking.entity';
import { BookingBuyer, BookingLine } from './bookings.types';
import { TicketStatus } from './ticket.entity';

@ObjectType({ description: 'The event a booking is for, as the admin booking views show it.' })
export class AdminBookingEvent {
  @Field(() => ID, { description: 'Stable identifier of the event.' })
  id: string;

  @Field({ description: 'Title shown to shoppers.' })
  title: string;

  @Field({ description: 'Unique, URL-safe name used in the event page address.' })
  slug: string;

  @Field(() => DateTimeResolver, { description: 'When it starts.' })
  startsAt: Date;

  @Field(() => TimeZoneScalar, { description: 'IANA time zone the event is shown in.' })
  timeZone: string;
}

@ObjectType({
  description:
    'A ticket of a booking as admins see it: its attendee, code, check-in and waiver status, and whether it is still valid.',
})
export class AdminBookingTicket extends AttendeeTicket {
  @Field(() => ID, { description: 'The ticket type.' })
  ticketTypeId: string;

  @Field(() => TicketStatus, {
    description: 'PENDING until the booking is paid, ISSUED while valid, VOID once cancelled or refunded.',
  })
  status: TicketStatus;
}

@ObjectType({ description: 'A payment PayPal reported for a booking (one capture), as last seen.' })
export class AdminBookingPayment {
  @Field({ description: 'Payment provider, e.g. PAYPAL.' })
  provider: string;

  @Field({ description: 'The PayPal order the payment belongs to.' })
  orderId: string;

  @Field({ description: 'The PayPal capture id (what PayPal shows the merchant as the transaction).' })
  captureId: string;

  @Field({
    description:
      'The capture as PayPal last reported it: COMPLETED, PENDING, DECLINED, FAILED, PARTIALLY_REFUNDED or REFUNDED.',
  })
  status: string;

  @Field(() => Money, { description: 'Amount captured.' })
  amount: Money;

  @Field({
    description:
      'True for the payment that paid the booking; false for others (declined attempts, late or second payments, refunded automatically).',
  })
  paidBooking: boolean;

  @Field(() => DateTimeResolver, { description: 'When the shop first learnt of the payment.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'When its status last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'Money given back for a booking: one PayPal refund.' })
export class AdminBookingRefund {
  @Field(() => ID, { description: 'Stable identifier of the refund record.' })
  id: string;

  @Field(() => Money, { description: 'Amount refunded.' })
  amount: Money;

  @Field({
    description:
      'Why: an admin’s words, or LATE_PAYMENT, SECOND_PAYMENT, AMOUNT_MISMATCH (the shop refunded a payment it could not keep), PROVIDER (made at PayPal, e.g. a chargeback).',
  })
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of the admin who refunded; null for refunds the shop or PayPal made on their own.',
  })
  requestedBy: string | null;

  @Field({ description: 'PayPal’s refund id.' })
  providerRefundId: string;

  @Field({ description: 'The PayPal capture refunded.' })
  captureId: string;

  @Field({ description: 'True when it refunds the payment that paid the booking (counted in `refunded`).' })
  ofBookingPayment: boolean;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType({
  description: 'A booking as admins see it: buyer, tickets, money, payments, refunds and e-mails.',
})
export class AdminBooking {
  @Field(() => ID, { description: 'Stable identifier of the booking.' })
  id: string;

  @Field({ description: 'Short reference the buyer quotes, e.g. K7Q-9ZD4.' })
  reference: string;

  @Field(() => BookingStatus, { description: 'Where the booking is in its life.' })
  status: BookingStatus;

  @Field(() => BookingBuyer, { description: 'Who booked.' })
  buyer: BookingBuyer;

  @Field(() => AdminBookingEvent, { description: 'The event booked.' })
  event: AdminBookingEvent;

  @Field(() => DateTimeResolver, { description: 'When the booking was made.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was paid (or, if free, made).' })
  confirmedAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When an admin cancelled it.' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason the admin gave for cancelling it.' })
  cancellationReason: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Until when its seats are held for payment; null when none are held.',
  })
  holdExpiresAt: Date | null;

  @Field(() => [BookingLine], { description: 'Ticket types, quantities and prices.' })
  lines: BookingLine[];

  @Field(() => String, {
    nullable: true,
    description: 'The code (voucher) used for the booking; each line shows what it took off.',
  })
  voucherCode: string | null;

  @Field(() => Int, { description: 'How many tickets (seats) the booking has.' })
  ticketCount: number;

  @Field(() => Money, { description: 'What the booking costs in total.' })
  total: Money;

  @Field(() => Money, { description: 'How much of the payment that paid the booking has been refunded.' })
  refunded: Money;

  @Field(() => Money, {
    description:
      'How much can still be refunded: the paid total less what was refunded; zero for bookings never paid.',
  })
  refundable: Money;

  @Field(() => [AdminBookingTicket], { description: 'One ticket per seat, in the order given at booking.' })
  tickets: AdminBookingTicket[];

  @Field(() => [AdminBookingPayment], { description: 'Payment history: every PayPal capture, oldest first.' })
  payments: AdminBookingPayment[];

  @Field(() => [AdminBookingRefund], { description: 'Refunds, oldest first.' })
  refunds: AdminBookingRefund[];

  @Authorized(AdminRole.ADMIN)
  @Field(() => [EmailMessage], {
    nullable: true,
    description:
      'The outbox messages about this booking (confirmation, notices, waiver requests, cancellation, refunds), oldest first. ADMIN only, like emailMessages.',
    complexity: 10,
  })
  emails?: EmailMessage[] | null;
}

export const AdminBookingConnection = connectionTypes(AdminBooking, {
  name: 'AdminBookingConnection',
  edgeName: 'AdminBookingEdge',
  description: 'A page of bookings for admins, newest first.',
  edgeDescription: 'A booking in an admin list, with its cursor.',
  item: 'booking',
  items: 'bookings',
});
export type AdminBookingConnection = Connection<AdminBooking>;

export enum AdminBookingErrorCode {
  BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND',
  NOT_CANCELLABLE = 'NOT_CANCELLABLE',
  PAYMENT_RECEIVED = 'PAYMENT_RECEIVED',
  NOTHING_TO_REFUND = 'NOTHING_TO_REFUND',
  AMOUNT_EXCEEDS_REFUNDABLE = 'AMOUNT_EXCEEDS_REFUNDABLE',
  REFUND_REFUSED = 'REFUND_REFUSED',
  PAYMENT_PROVIDER_UNAVAILABLE = 'PAYMENT_PROVIDER_UNAVAILABLE',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}

registerEnumType(AdminBookingErrorCode, {
  name: 'AdminBookingErrorCode',
  description: 'Why an admin’s change to a booking was refused.',
  valuesConfig: {
    BOOKING_NOT_FOUND: { description: 'No booking has this id.' },
    NOT_CANCELLABLE: { description: 'The booking is cancelled or expired already.' },
    PAYMENT_RECEIVED: {
      description:
        'The buyer paid while it was being cancelled: it is confirmed now. Cancel again to cancel and refund it.',
    },
    NOTHING_TO_REFUND: {
      description: 'Nothing of the booking’s payment is left to refund (or it was never paid).',
    },
    AMOUNT_EXCEEDS_REFUNDABLE: { description: 'The amount is more than can still be refunded.' },
    REFUND_REFUSED: { description: 'PayPal refused the refund (the message says why); nothing changed.' },
    PAYMENT_PROVIDER_UNAVAILABLE: {
      description:
        'PayPal did not answer; nothing changed. Try again in a moment: a retry never refunds twice.',
    },
    NOT_CONFIRMED: { description: 'Only a confirmed booking has a confirmation to resend.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with an admin’s change to a booking.' })
export class AdminBookingError extends UserError {
  @Field(() => AdminBookingErrorCode, { description: 'What went wrong, for programs.' })
  code: AdminBookingErrorCode;
}

@ObjectType({ description: 'Result of an admin’s change to a booking: the booking, or why it was refused.' })
export class AdminBookingPayload {
  @Field(() => AdminBooking, {
    nullable: true,
    description: 'The booking after the change (as it is, when refused); null when it does not exist.',
  })
  booking: AdminBooking | null;

  @Field(() => [AdminBookingError], { description: 'Why the change was refused; empty on success.' })
  errors: AdminBookingError[];
}
