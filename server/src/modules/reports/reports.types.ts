/** The GraphQL side of the reports (reports.service.ts): the sales overview. */
import { CurrencyResolver } from 'graphql-scalars';
import { TimeZoneScalar } from '../../graphql/time-zone.scalar';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { PoolSales } from './pool-sales.types';

@ObjectType({ description: 'Money taken in one currency over a period, net of the refunds made in it.' })
export class CurrencyRevenue {
  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency.' })
  currency: string;

  @Field(() => Money, { description: 'Totals of the bookings paid in the period.' })
  gross: Money;

  @Field(() => Money, {
    description: 'Refunds of booking payments made in the period (whenever the booking was paid).',
  })
  refunded: Money;

  @Field(() => Money, { description: 'Gross less refunded (negative when refunds exceed sales).' })
  net: Money;
}

@ObjectType({ description: 'Tickets sold and money taken over a period.' })
export class SalesFigures {
  @Field(() => Int, { description: 'Tickets of the bookings confirmed in the period (free ones included).' })
  ticketsSold: number;

  @Field(() => Int, { description: 'Bookings confirmed in the period.' })
  bookings: number;

  @Field(() => [CurrencyRevenue], {
    description: 'Revenue per currency (events may sell in different currencies), by currency code.',
  })
  revenue: CurrencyRevenue[];
}

@ObjectType({ description: 'Sales of one calendar day.' })
export class DailySales extends SalesFigures {
  @Field({ description: 'The day, YYYY-MM-DD, in the overview’s time zone.' })
  date: string;
}

@ObjectType({
  description:
    'Sales at a glance: today, the last 7 and 30 days (calendar days, today included) and a daily series. A sale counts on the day the booking was confirmed; a refund on the day it was made.',
})
export class SalesOverview {
  @Field(() => ID, { nullable: true, description: 'The event the figures are for; null: every event.' })
  eventId: string | null;

  @Field(() => TimeZoneScalar, { description: 'The time zone days are counted in.' })
  timeZone: string;

  @Field(() => SalesFigures, { description: 'Since midnight.' })
  today: SalesFigures;

  @Field(() => SalesFigures, { description: 'Today and the 6 days before.' })
  last7Days: SalesFigures;

  @Field(() => SalesFigures, { description: 'Today and the 29 days before.' })
  last30Days: SalesFigures;

  @Field(() => [DailySales], {
    description: 'One entry per day, oldest first, ending today; days without sales included (zeros).',
  })
  daily: DailySales[];

  @Field(() => [PoolSales], {
    description:
      'The event’s capacity pools with their tickets sold and returned per day (`daily`’s days), event total first; empty without an event.',
  })
  pools: PoolSales[];
}
