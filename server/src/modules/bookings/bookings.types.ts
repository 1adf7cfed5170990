import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { UserError } from '../../graphql/user-error.types';
import type { EventEntity } from '../events/event.entity';
import { Event } from '../events/events.types';
import { BookingStatus } from './booking.entity';
import { TicketStatus } from './ticket.entity';

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking is in its life.',
  valuesConfig: {
    AWAITING_PAYMENT: { description: 'Seats are held until `holdExpiresAt` while the buyer pays.' },
    PAYMENT_PENDING: {
      description: 'The payment provider accepted the payment but has not completed it; seats stay held.',
    },
    CONFIRMED: { description: 'Paid (or free): the tickets are issued.' },
    EXPIRED: { description: 'Not paid in time; the seats went back on sale.' },
    CANCELLED: {
      description:
        'Called off (by the buyer before paying, or by an admin, who may have refunded it); the seats went back on sale and the tickets are void.',
    },
    REFUNDED: { description: 'Paid, then refunded in full.' },
    PARTIALLY_REFUNDED: { description: 'Paid, then refunded in part.' },
  },
});

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Whether a ticket can be used.',
  valuesConfig: {
    PENDING: { description: 'Reserved; issued once the booking is confirmed.' },
    ISSUED: { description: 'Valid: its code admits the attendee.' },
    VOID: { description: 'Not valid (the booking expired, was cancelled or refunded).' },
  },
});

export enum BookingErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  NOT_ON_SALE = 'NOT_ON_SALE',
  SOLD_OUT = 'SOLD_OUT',
  NOT_ENOUGH_SEATS = 'NOT_ENOUGH_SEATS',
  BELOW_MIN_PER_ORDER = 'BELOW_MIN_PER_ORDER',
  ABOVE_MAX_PER_ORDER = 'ABOVE_MAX_PER_ORDER',
  ATTENDEES_MISMATCH = 'ATTENDEES_MISMATCH',
  DUPLICATE_ATTENDEE_EMAIL = 'DUPLICATE_ATTENDEE_EMAIL',
  TOO_MANY_OPEN_BOOKINGS = 'TOO_MANY_OPEN_BOOKINGS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_VOUCHER = 'INVALID_VOUCHER',
  VOUCHER_LIMIT_PER_BOOKING = 'VOUCHER_LIMIT_PER_BOOKING',
  ANSWER_MISSING = 'ANSWER_MISSING',
  ANSWER_INVALID = 'ANSWER_INVALID',
  WAITING_LIST_OFFER_INVALID = 'WAITING_LIST_OFFER_INVALID',
  SERIES_NOT_BOOKABLE = 'SERIES_NOT_BOOKABLE',
}

registerEnumType(BookingErrorCode, {
  name: 'BookingErrorCode',
  description: 'Why a booking could not be made.',
  valuesConfig: {
    EVENT_NOT_FOUND: {
      description: 'No such event, or a private event without its right key (the two look the same).',
    },
    TICKET_TYPE_NOT_FOUND: { description: 'The ticket type does not exist for this event or is withdrawn.' },
    SERIES_NOT_BOOKABLE: {
      description:
        'The event is a series: its ticket types are a template; book one of its dates (`Event.dates`).',
    },
    NOT_ON_SALE: { description: 'Sales for the ticket type have not started yet, or have ended.' },
    SOLD_OUT: { description: 'No seats of the ticket type are left.' },
    NOT_ENOUGH_SEATS: { description: 'Fewer seats of the ticket type are left than asked for.' },
    BELOW_MIN_PER_ORDER: { description: 'Fewer tickets of the type than one order must contain.' },
    ABOVE_MAX_PER_ORDER: { description: 'More tickets of the type than one order may contain.' },
    ATTENDEES_MISMATCH: {
      description: 'The attendees do not match the tickets: one attendee per ticket, of a booked type.',
    },
    DUPLICATE_ATTENDEE_EMAIL: {
      description:
        "Two attendees of the booking have the same e-mail address (attendees `sameAsBuyer` may share the buyer's).",
    },
    TOO_MANY_OPEN_BOOKINGS: {
      description:
        "The buyer's e-mail address (field `buyer.email`) or the caller's network (no field) already has as many unpaid or free bookings, or tickets in them, for this event as allowed (`BOOKING_OPEN_*`). Paying for one, or its hold ending, makes room.",
    },
    TOO_MANY_ATTEMPTS: {
      description:
        "Too many createBooking calls from the caller's network lately (`CHECKOUT_RATE_LIMIT`), or too many bookings already waiting on this server (`BOOKING_QUEUE_LIMIT`); nothing was checked. Try again after `retryAfterSeconds` (also in the `Retry-After` header).",
    },
    INVALID_VOUCHER: {
      description:
        'The code (field `voucherCode`) cannot be used for these tickets: unknown, not valid now, disabled, used up, or for other ticket types. One error for all, so it never tells whether a code exists.',
    },
    VOUCHER_LIMIT_PER_BOOKING: {
      description:
        'The code applies to fewer tickets per booking than the booking has of the types it covers.',
    },
    ANSWER_MISSING: {
      description:
        'A required question asked of the buyer (field `answers.<questionId>`) or of an attendee (`attendees.<n>.answers.<questionId>`) is not answered.',
    },
    ANSWER_INVALID: {
      description:
        'An answer does not suit its question (type, bounds, choices), answers a question not asked of that person, or answers one twice; the field names it as for ANSWER_MISSING.',
    },
    WAITING_LIST_OFFER_INVALID: {
      description:
        'The waiting-list offer (field `waitingListOfferToken`) has expired, was used or removed, is for another event, or does not cover the lines (field `lines`: only its ticket type, at most its quantity).',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A reason a booking could not be made.' })
export class BookingError extends UserError {
  @Field(() => BookingErrorCode, { description: 'What went wrong, for programs.' })
  code: BookingErrorCode;

  @Field(() => ID, { nullable: true, description: 'The ticket type concerned, if the error is about one.' })
  ticketTypeId: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another attempt will be considered.',
  })
  retryAfterSeconds: number | null;
}

@ObjectType({ description: 'The person who booked.' })
export class BookingBuyer {
  @Field({ description: 'Full name.' })
  name: string;

  @Field({ description: 'E-mail address.' })
  email: string;
}

@ObjectType({ description: 'Tickets of one type in a booking, at the price of the day it was made.' })
export class BookingLine {
  @Field(() => ID, { description: 'The ticket type.' })
  ticketTypeId: string;

  @Field({ description: 'Name of the ticket type.' })
  ticketTypeName: string;

  @Field(() => Int, { description: 'How many tickets of this type.' })
  quantity: number;

  @Field(() => Money, { description: 'Price of one ticket when the booking was made.' })
  unitPrice: Money;

  @Field(() => Money, {
    description:
      "What the booking's code took off each ticket (zero without a code or for types it does not cover).",
  })
  unitDiscount: Money;

  @Field(() => Money, {
    description: 'Quantity times the unit price less its discount: what the line costs.',
  })
  total: Money;
}

@ObjectType({ description: 'One seat of a booking and the person who uses it.' })
export class Ticket {
  @Field(() => ID, { description: 'Stable identifier of the ticket.' })
  id: string;

  @Field(() => ID, { description: 'The ticket type.' })
  ticketTypeId: string;

  @Field({ description: 'Name of the ticket type.' })
  ticketTypeName: string;

  @Field({ description: 'Who uses the ticket.' })
  attendeeName: string;

  @Field(() => String, { nullable: true, description: "The attendee's e-mail address, if given." })
  attendeeEmail: string | null;

  @Field(() => TicketStatus, { description: 'Pending until the booking is confirmed, then issued.' })
  status: TicketStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The secret code to show as a QR code at the door; null until the ticket is issued.',
  })
  code: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The short code printed under the QR code, for door staff to type if it will not scan, e.g. "7KQ2M-9X4TB"; null until issued.',
  })
  shortCode: string | null;
}

@ObjectType({ description: 'An amount of money that moved between the buyer and the organiser, and when.' })
export class MoneyMovement {
  @Field(() => Money, { description: 'How much.' })
  amount: Money;

  @Field(() => DateTimeResolver, { description: 'When the shop learnt of it.' })
  at: Date;
}

@ObjectType({
  description:
    "What happened to a booking's money: what the buyer paid, what was refunded, and what the organiser still holds. The same figures the booking e-mails give.",
})
export class BookingAccount {
  @Field(() => Money, {
    description:
      'Everything the buyer paid for this booking (completed payments, refunded or not); zero if nothing was taken.',
  })
  paid: Money;

  @Field(() => [MoneyMovement], { description: 'Each completed payment, oldest first.' })
  payments: MoneyMovement[];

  @Field(() => Money, {
    description: 'Payments PayPal accepted but has not completed yet: nothing is taken until they complete.',
  })
  pending: Money;

  @Field(() => Money, { description: 'Everything given back to the buyer so far.' })
  refunded: Money;

  @Field(() => [MoneyMovement], { description: 'Each refund, oldest first.' })
  refunds: MoneyMovement[];

  @Field(() => Money, {
    description: 'What the organiser still holds of the buyer’s money: paid less refunded.',
  })
  retained: Money;
}

@ObjectType('Booking', { description: "A shopper's booking: tickets for one event, its total and status." })
export class Booking {
  @Field(() => ID, { description: 'Stable identifier of the booking (it opens nothing by itself).' })
  id: string;

  @Field({ description: 'Short reference to quote to the organiser, e.g. K7Q-9ZD4.' })
  reference: string;

  @Field(() => BookingStatus, { description: 'Where the booking is in its life.' })
  status: BookingStatus;

  @Field(() => Event, { description: 'The event booked.' })
  event: EventEntity;

  @Field(() => BookingBuyer, { description: 'Who booked.' })
  buyer: BookingBuyer;

  @Field(() => [BookingLine], { description: 'Ticket types, quantities and prices.' })
  lines: BookingLine[];

  @Field(() => Money, { description: 'What the booking costs in total, computed by the server.' })
  total: Money;

  @Field(() => String, {
    nullable: true,
    description: 'The code (voucher) used for the booking, as stored (upper case); null without one.',
  })
  voucherCode: string | null;

  @Field(() => Money, { description: "What the booking's code took off in total; zero without a code." })
  discount: Money;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Until when the seats are held for payment; null when they are not held.',
  })
  holdExpiresAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the booking was confirmed.' })
  confirmedAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the booking was made.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'When the organiser cancelled the booking; null otherwise (also when the buyer called the payment off at PayPal).',
  })
  cancelledAt: Date | null;

  @Field(() => BookingAccount, { description: 'What was paid, refunded and is still held, with dates.' })
  account: BookingAccount;

  @Field(() => [Ticket], { description: 'One ticket per seat, with its attendee, in the order given.' })
  tickets: Ticket[];
}

@ObjectType({ description: 'The outcome of createBooking.' })
export class CreateBookingPayload {
  @Field(() => Booking, { nullable: true, description: 'The new booking; null when there are errors.' })
  booking: Booking | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Secret token that opens the booking (`booking(token:)`); keep it: it is the only way back. Null when there are errors.',
  })
  token: string | null;

  @Field(() => [BookingError], { description: 'Why the booking was not made; empty on success.' })
  errors: BookingError[];
}
