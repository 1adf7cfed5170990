import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { TicketAvailability } from './ticket-availability';

registerEnumType(TicketAvailability, {
  name: 'TicketAvailability',
  description: 'Whether a ticket type can be bought now, and if not, why.',
  valuesConfig: {
    ON_SALE: { description: 'Can be bought now.' },
    NOT_YET_ON_SALE: { description: 'Sales have not started yet; see `salesStartAt`.' },
    SALES_ENDED: { description: 'Sales are over (the window closed, or the event ended or was cancelled).' },
    SOLD_OUT: { description: 'No seats are left.' },
  },
});

@ObjectType('TicketType', { description: 'A kind of ticket for an event, with its own price and seats.' })
export class TicketType {
  @Field(() => ID, { description: 'Stable identifier of the ticket type.' })
  id: string;

  @Field({ description: 'Name shown to shoppers, e.g. "Standard" or "VIP".' })
  name: string;

  @Field({ description: 'What the ticket includes (plain text, may be empty).' })
  description: string;

  @Field(() => Money, { description: 'Price of one ticket, computed by the server from stored prices.' })
  price: Money;

  @Field(() => Int, { description: 'Seats still available to buy (neither sold nor held by a checkout).' })
  remaining: number;

  @Field(() => TicketAvailability, { description: 'Whether it can be bought now, and why not.' })
  availability: TicketAvailability;

  @Field(() => Int, { description: 'Fewest tickets of this type one order may contain.' })
  minPerOrder: number;

  @Field(() => Int, { description: 'Most tickets of this type one order may contain.' })
  maxPerOrder: number;

  @Field(() => Int, {
    description:
      'Most tickets of this type an order can take right now: 0 unless on sale, never above remaining.',
  })
  maxPurchasable: number;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When sales open; null means they are open as soon as the event is published.',
  })
  salesStartAt: Date | null;

  @Field(() => DateTimeResolver, {
    description: 'When sales close: the end of the sales window, else the event end.',
  })
  salesEndAt: Date;
}
