import { DateTimeResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { UserError } from '../../graphql/user-error.types';
import { AdminRole } from '../accounts/admin-account.entity';
import { TicketAvailability } from './ticket-availability';

@ObjectType({ description: 'A ticket type as admins see it: settings and sales figures.' })
export class AdminTicketType {
  @Field(() => ID, { description: 'Stable identifier of the ticket type.' })
  id: string;

  @Field(() => ID, { description: 'The event it belongs to.' })
  eventId: string;

  @Field({ description: 'Name shown to shoppers.' })
  name: string;

  @Field({ description: 'What the ticket includes (plain text, may be empty).' })
  description: string;

  @Field(() => Money, { description: 'Price of one ticket.' })
  price: Money;

  @Field(() => Int, { description: 'Seats in total.' })
  capacity: number;

  @Field(() => Int, { description: 'Seats sold.' })
  sold: number;

  @Field(() => Int, { description: 'Seats held by checkouts in progress.' })
  held: number;

  @Field(() => Int, { description: 'Seats neither sold nor held.' })
  remaining: number;

  @Authorized(AdminRole.ADMIN)
  @Field(() => Money, {
    nullable: true,
    description:
      'Sold seats times the current price, in minor units (until bookings record paid amounts). ADMIN only.',
  })
  revenue: Money | null;

  @Field(() => Int, { description: 'Fewest tickets of this type one order may contain.' })
  minPerOrder: number;

  @Field(() => Int, { description: 'Most tickets of this type one order may contain.' })
  maxPerOrder: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When sales open; null: on publishing.' })
  salesStartAt: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When sales close; null: when the event ends.',
  })
  salesEndAt: Date | null;

  @Field(() => Int, { description: 'Position in the event’s list (ascending).' })
  sortOrder: number;

  @Field({ description: 'False when deactivated: hidden from shoppers and not on sale.' })
  active: boolean;

  @Field({ description: 'Hidden: shown and sold only to holders of an access code that covers it.' })
  hidden: boolean;

  @Field(() => TicketAvailability, { description: 'Whether shoppers could buy it now, and why not.' })
  availability: TicketAvailability;
}

export enum TicketTypeErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  CAPACITY_BELOW_COMMITTED = 'CAPACITY_BELOW_COMMITTED',
  MAX_BELOW_MIN = 'MAX_BELOW_MIN',
  SALES_END_BEFORE_START = 'SALES_END_BEFORE_START',
  HAS_SALES = 'HAS_SALES',
  REORDER_MISMATCH = 'REORDER_MISMATCH',
}

registerEnumType(TicketTypeErrorCode, {
  name: 'TicketTypeErrorCode',
  description: 'Why a ticket type change was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    TICKET_TYPE_NOT_FOUND: { description: 'No ticket type has this id.' },
    CAPACITY_BELOW_COMMITTED: { description: 'The capacity would be below the seats already sold and held.' },
    MAX_BELOW_MIN: { description: 'The most per order would be below the fewest per order.' },
    SALES_END_BEFORE_START: { description: 'The sales window would end before it starts.' },
    HAS_SALES: { description: 'Seats are sold or held: deactivate it instead of deleting it.' },
    REORDER_MISMATCH: { description: 'The list must name every ticket type of the event exactly once.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a ticket type change.' })
export class TicketTypeError extends UserError {
  @Field(() => TicketTypeErrorCode, { description: 'What went wrong, for programs.' })
  code: TicketTypeErrorCode;
}

@ObjectType({ description: 'Result of a ticket type change.' })
export class TicketTypePayload {
  @Field(() => AdminTicketType, {
    nullable: true,
    description: 'The ticket type after the change; null when refused.',
  })
  ticketType: AdminTicketType | null;

  @Field(() => [TicketTypeError], { description: 'Why the change was refused; empty on success.' })
  errors: TicketTypeError[];
}

@ObjectType({ description: 'Result of deleting a ticket type.' })
export class DeleteTicketTypePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted ticket type; null when refused.' })
  deletedId: string | null;

  @Field(() => [TicketTypeError], { description: 'Why deleting was refused; empty on success.' })
  errors: TicketTypeError[];
}

@ObjectType({ description: 'Result of reordering ticket types.' })
export class ReorderTicketTypesPayload {
  @Field(() => [AdminTicketType], {
    description: 'The event’s ticket types in their new order; empty when refused.',
  })
  ticketTypes: AdminTicketType[];

  @Field(() => [TicketTypeError], { description: 'Why reordering was refused; empty on success.' })
  errors: TicketTypeError[];
}
