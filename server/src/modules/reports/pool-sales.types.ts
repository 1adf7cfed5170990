/** The GraphQL side of the per-pool sales figures (pool-sales.ts), part of the sales overview. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Tickets of a capacity pool’s ticket types sold and returned on one calendar day.',
})
export class PoolDailySales {
  @Field({ description: 'The day, YYYY-MM-DD, in the overview’s time zone.' })
  date: string;

  @Field(() => Int, { description: 'Tickets of the pool’s ticket types in bookings confirmed that day.' })
  ticketsSold: number;

  @Field(() => Int, {
    description: 'Tickets of the pool’s ticket types in paid bookings cancelled that day (seats given back).',
  })
  ticketsReturned: number;
}

@ObjectType({
  description:
    'Sales of one capacity pool of the event: the tickets of its ticket types (every ticket type of the event for the event total), over the overview’s days.',
})
export class PoolSales {
  @Field(() => ID, { description: 'The capacity pool.' })
  poolId: string;

  @Field({ description: 'The pool’s name.' })
  name: string;

  @Field({ description: 'True for the event’s total capacity (every ticket type of the event).' })
  allTicketTypes: boolean;

  @Field(() => Int, { description: 'Seats the pool’s ticket types may take together.' })
  capacity: number;

  @Field(() => Int, { description: 'Seats of its ticket types sold or held by checkouts in progress, now.' })
  used: number;

  @Field(() => Int, { description: 'Seats of its ticket types sold, now (held ones not included).' })
  sold: number;

  @Field(() => Int, { description: 'Tickets sold over the overview’s days (the sum of `daily`).' })
  ticketsSold: number;

  @Field(() => Int, { description: 'Tickets returned over the overview’s days (the sum of `daily`).' })
  ticketsReturned: number;

  @Field(() => [PoolDailySales], {
    description:
      'One entry per day of the overview, oldest first, ending today; days without sales included.',
  })
  daily: PoolDailySales[];
}
