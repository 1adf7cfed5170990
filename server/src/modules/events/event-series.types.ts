import { DateTimeResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminEvent, EventError } from './event-admin.types';
import { EventStatus } from './event.entity';

export enum DateAvailability {
  ON_SALE = 'ON_SALE',
  SOLD_OUT = 'SOLD_OUT',
  NOT_ON_SALE = 'NOT_ON_SALE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DateAvailability, {
  name: 'DateAvailability',
  description: 'Whether a date of a series can be booked now.',
  valuesConfig: {
    ON_SALE: { description: 'At least one ticket type of the date is on sale.' },
    SOLD_OUT: { description: 'Every seat of the date is sold or held.' },
    NOT_ON_SALE: { description: 'Sales have not opened yet, or have closed.' },
    CANCELLED: { description: 'The date is cancelled.' },
  },
});

@ObjectType({ description: 'One date of a series as shoppers see it in the date picker.' })
export class EventDate {
  @Field(() => ID, { description: 'The date’s own event id.' })
  id: string;

  @Field({ description: 'Slug of the date’s own page (`event(slug:)`).' })
  slug: string;

  @Field(() => DateTimeResolver, { description: 'When the date starts (show it in the series’ time zone).' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the date ends.' })
  endsAt: Date;

  @Field(() => DateAvailability, { description: 'Whether it can be booked now.' })
  availability: DateAvailability;

  @Field(() => Int, { description: 'Seats left to book (0 when sold out, cancelled or not on sale).' })
  seatsLeft: number;
}

@ObjectType({ description: 'One date of a series as admins see it, with its sales.' })
export class AdminEventDate {
  @Field(() => ID, { description: 'The date’s own event id (its admin page, bookings, check-in).' })
  id: string;

  @Field({ description: 'Slug of the date’s own page.' })
  slug: string;

  @Field(() => DateTimeResolver, { description: 'When it starts.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends.' })
  endsAt: Date;

  @Field(() => EventStatus, { description: 'Draft, published or cancelled.' })
  status: EventStatus;

  @Field(() => Int, { description: 'Seats sold.' })
  sold: number;

  @Field(() => Int, { description: 'Seats held by checkouts in progress.' })
  held: number;

  @Field(() => Int, {
    description: 'Seats in total: at most its total capacity, or a pool all its ticket types share.',
  })
  capacity: number;

  @Authorized(AdminRole.ADMIN)
  @Field(() => Money, { nullable: true, description: 'Revenue of the date. ADMIN only.' })
  revenue: Money | null;
}

@ObjectType({ description: 'Result of adding dates to a series: the series and its new dates, or why not.' })
export class EventDatesPayload {
  @Field(() => AdminEvent, { nullable: true, description: 'The series after the change; null when refused.' })
  series: AdminEvent | null;

  @Field(() => [AdminEvent], { description: 'The dates added, soonest first; empty when refused.' })
  dates: AdminEvent[];

  @Field(() => [EventError], { description: 'Why the change was refused; empty on success.' })
  errors: EventError[];
}
