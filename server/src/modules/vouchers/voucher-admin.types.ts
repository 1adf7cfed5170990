import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { UserError } from '../../graphql/user-error.types';
import { BookingStatus } from '../bookings/booking.entity';
import { VoucherDiscountKind, VoucherUseUnit } from './voucher.entity';

@ObjectType({
  description: 'A code (voucher) of an event as organisers see it: what it does, its limits and uses.',
})
export class AdminVoucher {
  @Field(() => ID, { description: 'Stable identifier of the code.' })
  id: string;

  @Field(() => ID, { description: 'The event it is for.' })
  eventId: string;

  @Field({ description: 'The code, upper case (shoppers may type it in any case).' })
  code: string;

  @Field(() => VoucherDiscountKind, { description: 'What it takes off each ticket it covers.' })
  discountKind: VoucherDiscountKind;

  @Field(() => Int, {
    description: 'Percent for PERCENTAGE, minor units for AMOUNT_OFF and SET_PRICE, else 0.',
  })
  discountValue: number;

  @Field({ description: 'An access code: reveals the hidden ticket types it covers.' })
  revealsHidden: boolean;

  @Field({ description: 'Opens the event, when private, without its private link.' })
  opensPrivateEvent: boolean;

  @Field({
    description: 'Reserves seats for its holders on its one ticket type until used or its validity ends.',
  })
  reservesSeats: boolean;

  @Field(() => Int, {
    description:
      'Seats set aside for its holders now (counted as held on its ticket type): its uses left while it is valid, 0 once it is disabled or its validity ended.',
  })
  reservedSeats: number;

  @Field(() => [ID], { description: 'The ticket types it covers; empty: all of the event.' })
  ticketTypeIds: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'Valid from; null: since it was made.' })
  validFrom: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Valid until (exclusive); null: no end.' })
  validUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many uses it has; null: no limit.' })
  maxUses: number | null;

  @Field(() => VoucherUseUnit, { description: 'What one use is: a ticket or a booking.' })
  useUnit: VoucherUseUnit;

  @Field(() => Int, {
    description:
      'Uses taken by bookings that hold or bought seats (expired and cancelled ones gave theirs back).',
  })
  usedCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many tickets of one booking it may cover; null: no limit.',
  })
  maxPerBooking: number | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When an organiser disabled it (no booking can use it since); null while enabled.',
  })
  disabledAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'A booking that used a code.' })
export class VoucherBooking {
  @Field(() => ID, { description: 'The booking (open it with adminBooking).' })
  bookingId: string;

  @Field({ description: 'Its reference.' })
  reference: string;

  @Field(() => BookingStatus, {
    description: 'Where it is in its life (expired and cancelled ones gave their uses back).',
  })
  status: BookingStatus;

  @Field({ description: "The buyer's name." })
  buyerName: string;

  @Field({ description: "The buyer's e-mail address." })
  buyerEmail: string;

  @Field(() => Int, { description: 'The uses of the code it counts (tickets covered, or 1 per booking).' })
  uses: number;

  @Field(() => Money, { description: 'What the code took off the booking.' })
  discount: Money;

  @Field(() => Money, { description: 'What the booking costs after the discount.' })
  total: Money;

  @Field(() => DateTimeResolver, { description: 'When it was made.' })
  createdAt: Date;
}

export enum VoucherAdminErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  VOUCHER_NOT_FOUND = 'VOUCHER_NOT_FOUND',
  CODE_OR_GENERATE = 'CODE_OR_GENERATE',
  CODE_TAKEN = 'CODE_TAKEN',
  INVALID_CODE = 'INVALID_CODE',
  INVALID_DISCOUNT = 'INVALID_DISCOUNT',
  NO_EFFECT = 'NO_EFFECT',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  VALIDITY_ENDS_BEFORE_START = 'VALIDITY_ENDS_BEFORE_START',
  INVALID_CSV = 'INVALID_CSV',
  INVALID_RESERVATION = 'INVALID_RESERVATION',
  NOT_ENOUGH_SEATS = 'NOT_ENOUGH_SEATS',
}

registerEnumType(VoucherAdminErrorCode, {
  name: 'VoucherAdminErrorCode',
  description: 'Why an organiser’s change to codes was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    VOUCHER_NOT_FOUND: { description: 'No code has this id.' },
    CODE_OR_GENERATE: { description: 'Give either `code` or `generate`.' },
    CODE_TAKEN: { description: 'The event already has this code (codes are compared in upper case).' },
    INVALID_CODE: { description: 'A code must be 3 to 64 letters, digits, - or _.' },
    INVALID_DISCOUNT: {
      description: 'A percentage must be 1 to 100; an amount or a set price needs a value.',
    },
    NO_EFFECT: {
      description: 'The code would do nothing: no discount, reveals, opens and reserves nothing.',
    },
    TICKET_TYPE_NOT_FOUND: { description: 'A ticket type given is not one of the event’s.' },
    VALIDITY_ENDS_BEFORE_START: { description: '`validUntil` must be after `validFrom`.' },
    INVALID_CSV: {
      description: 'The CSV text cannot be read, or a row is incomplete (the field names the row).',
    },
    INVALID_RESERVATION: {
      description:
        'A code that reserves seats needs exactly one ticket type, a number of uses and an end of validity.',
    },
    NOT_ENOUGH_SEATS: {
      description: 'The ticket type has not that many seats free to reserve for the codes.',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A reason an organiser’s change to codes was refused.' })
export class VoucherAdminError extends UserError {
  @Field(() => VoucherAdminErrorCode, { description: 'What went wrong, for programs.' })
  code: VoucherAdminErrorCode;
}

@ObjectType({ description: 'The outcome of createVouchers, importVouchers and emailVouchers.' })
export class VouchersPayload {
  @Field(() => [AdminVoucher], {
    description: 'The codes made; empty when there are errors (nothing is made then).',
  })
  vouchers: AdminVoucher[];

  @Field(() => [VoucherAdminError], { description: 'Every problem found; empty on success.' })
  errors: VoucherAdminError[];
}

@ObjectType({ description: 'The outcome of setVoucherDisabled.' })
export class VoucherPayload {
  @Field(() => AdminVoucher, {
    nullable: true,
    description: 'The code as it is now; null when there are errors.',
  })
  voucher: AdminVoucher | null;

  @Field(() => [VoucherAdminError], { description: 'Why nothing changed; empty on success.' })
  errors: VoucherAdminError[];
}
