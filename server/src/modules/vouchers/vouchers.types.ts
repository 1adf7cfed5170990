import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { UserError } from '../../graphql/user-error.types';
import type { EventEntity } from '../events/event.entity';
import { Event } from '../events/events.types';
import { TicketType } from '../tickets/ticket-types.types';
import { VoucherDiscountKind, VoucherUseUnit } from './voucher.entity';

registerEnumType(VoucherDiscountKind, {
  name: 'VoucherDiscountKind',
  description:
    'What a code takes off each ticket it covers (rounded half up to a minor unit; never below zero).',
  valuesConfig: {
    NONE: { description: 'Nothing: an access code only (hidden ticket types, a private event).' },
    PERCENTAGE: { description: '`discountValue` percent (1 to 100) off each ticket.' },
    AMOUNT_OFF: { description: '`discountValue` minor units off each ticket, at most its price.' },
    SET_PRICE: { description: 'Each ticket costs `discountValue` minor units, or its own price if lower.' },
  },
});

registerEnumType(VoucherUseUnit, {
  name: 'VoucherUseUnit',
  description: 'What one use of a code is, for its `maxUses`.',
  valuesConfig: {
    TICKETS: { description: 'Each ticket of a booking the code covers is one use.' },
    BOOKINGS: { description: 'Each booking is one use, whatever its tickets.' },
  },
});

export enum VoucherErrorCode {
  INVALID_VOUCHER = 'INVALID_VOUCHER',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(VoucherErrorCode, {
  name: 'VoucherErrorCode',
  description: 'Why a code could not be applied.',
  valuesConfig: {
    INVALID_VOUCHER: {
      description:
        'The code cannot be used here: unknown, not valid now, disabled, used up, or for no ticket on offer. One error for all, so it never tells whether a code exists.',
    },
    TOO_MANY_ATTEMPTS: {
      description:
        "Too many codes tried from the caller's network lately (`CHECKOUT_RATE_LIMIT`); nothing was checked. Try again after `retryAfterSeconds`.",
    },
  },
});

@ObjectType({ implements: UserError, description: 'A reason a code could not be applied.' })
export class VoucherError extends UserError {
  @Field(() => VoucherErrorCode, { description: 'What went wrong, for programs.' })
  code: VoucherErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another attempt will be considered.',
  })
  retryAfterSeconds: number | null;
}

@ObjectType({ description: 'The price of one ticket of a type with a code applied.' })
export class VoucherPrice {
  @Field(() => ID, { description: 'The ticket type.' })
  ticketTypeId: string;

  @Field(() => Money, { description: 'Its price without the code.' })
  unitPrice: Money;

  @Field(() => Money, { description: 'What the code takes off one ticket.' })
  unitDiscount: Money;

  @Field(() => Money, { description: 'What one ticket costs with the code.' })
  discountedUnitPrice: Money;
}

@ObjectType({
  description:
    'What a code does for a shopper, before booking: the prices with it and the hidden ticket types it reveals. The booking (createBooking with `voucherCode`) is priced by the same rule.',
})
export class VoucherPreview {
  @Field({ description: 'The code as stored (upper case).' })
  code: string;

  @Field(() => Event, { description: 'The event the code is for (a private one, if the code opens it).' })
  event: EventEntity;

  @Field(() => VoucherDiscountKind, { description: 'What it takes off each ticket it covers.' })
  discountKind: VoucherDiscountKind;

  @Field(() => Int, {
    description: 'Percent for PERCENTAGE, minor units for AMOUNT_OFF and SET_PRICE, else 0.',
  })
  discountValue: number;

  @Field(() => [VoucherPrice], {
    description: 'Each ticket type on offer that the code covers, with its price.',
  })
  prices: VoucherPrice[];

  @Field(() => [TicketType], {
    description: 'Hidden ticket types the code reveals: offered only to its holders, beside the public ones.',
  })
  revealedTicketTypes: TicketType[];

  @Field(() => [TicketType], {
    description:
      'Every ticket type the code covers as its holders see it: hidden ones included, and with the seats a code that reserves seats keeps for them counted as available.',
  })
  coveredTicketTypes: TicketType[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many tickets of one booking it may cover; null: no limit.',
  })
  maxPerBooking: number | null;
}

@ObjectType({ description: 'The outcome of applyVoucher.' })
export class ApplyVoucherPayload {
  @Field(() => VoucherPreview, {
    nullable: true,
    description: 'What the code does; null when there are errors.',
  })
  voucher: VoucherPreview | null;

  @Field(() => [VoucherError], { description: 'Why the code was not applied; empty on success.' })
  errors: VoucherError[];
}
