import { CurrencyResolver, DateTimeResolver } from 'graphql-scalars';
import { TimeZoneScalar } from '../../graphql/time-zone.scalar';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.types';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminTicketType } from '../tickets/ticket-type-admin.types';
import { AdminCapacityPool } from '../tickets/capacity-pool-admin.types';
import { EventStatus, EventVisibility } from './event.entity';
import { Venue } from './events.types';

@ObjectType({ description: 'Sales of an event, summed over its ticket types.' })
export class EventSales {
  @Field(() => Int, {
    description:
      'Seats in total (active and inactive ticket types), at most the event’s total capacity when it has one.',
  })
  capacity: number;

  @Field(() => Int, { description: 'Seats sold.' })
  sold: number;

  @Field(() => Int, { description: 'Seats held by checkouts in progress.' })
  held: number;

  @Field(() => Int, {
    description:
      'Seats neither sold nor held (what each ticket type’s pools leave it, summed; at most the event total’s).',
  })
  remaining: number;

  @Authorized(AdminRole.ADMIN)
  @Field(() => Money, {
    nullable: true,
    description: 'Sum of the ticket types’ revenue, in minor units of the event currency. ADMIN only.',
  })
  revenue: Money | null;
}

@ObjectType({ description: 'An event as admins see it: every status, the private key, sales.' })
export class AdminEvent {
  @Field(() => ID, { description: 'Stable identifier of the event.' })
  id: string;

  @Field({ description: 'Unique, URL-safe name used in the event page address.' })
  slug: string;

  @Field({ description: 'Title shown to shoppers.' })
  title: string;

  @Field({ description: 'Description (plain text, may be empty).' })
  description: string;

  @Field(() => Venue, { description: 'Where it takes place.' })
  venue: Venue;

  @Field(() => DateTimeResolver, { description: 'When it starts.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends.' })
  endsAt: Date;

  @Field(() => TimeZoneScalar, { description: 'IANA time zone the event is shown in.' })
  timeZone: string;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency of every price of the event.' })
  currency: string;

  @Field(() => EventStatus, { description: 'Draft, published or cancelled.' })
  status: EventStatus;

  @Field({
    description:
      'A series: its ticket types, pools, questions and texts are the template its dates are copied from; it is never booked itself.',
  })
  isSeries: boolean;

  @Field(() => ID, { nullable: true, description: 'The series this event is a date of; null otherwise.' })
  seriesId: string | null;

  @Field(() => EventVisibility, { description: 'Public (listed) or private (secret link only).' })
  visibility: EventVisibility;

  @Field(() => String, { nullable: true, description: 'Secret key of a private event; null when public.' })
  accessKey: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The shoppers’ link to a private event; null when public.',
  })
  privateLink: string | null;

  @Field(() => String, { nullable: true, description: 'Address of a picture of the event, if it has one.' })
  imageUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Alt text of the picture: what it shows.' })
  imageAlt: string | null;

  @Field({
    description:
      'Whether each attendee with an e-mail address of their own (other than the buyer’s) is e-mailed their own ticket when the booking is confirmed.',
  })
  sendAttendeeTickets: boolean;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'Until when buyers may change their checkout answers from the booking link (setAnswersEditableUntil); null: until the event starts.',
  })
  answersEditableUntil: Date | null;

  @Field(() => [AdminTicketType], {
    description: 'Every ticket type, active or not, in display order.',
    // Counted as five ticket types per event when estimating a query's cost.
    complexity: ({ childComplexity }) => 1 + 5 * childComplexity,
  })
  ticketTypes: AdminTicketType[];

  @Field(() => [AdminCapacityPool], {
    description:
      'Seats shared by several of its ticket types, and its total capacity (first, if set): a ticket type can be sold only while it and every pool it is in have seats.',
  })
  capacityPools: AdminCapacityPool[];

  @Field(() => EventSales, { description: 'Sales summed over the ticket types.' })
  sales: EventSales;

  @Field(() => DateTimeResolver, { description: 'When the event was created.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the event was last changed.' })
  updatedAt: Date;
}

export enum EventErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  CURRENCY_LOCKED = 'CURRENCY_LOCKED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  NO_ACTIVE_TICKET_TYPES = 'NO_ACTIVE_TICKET_TYPES',
  HAS_SALES = 'HAS_SALES',
  NOT_PRIVATE = 'NOT_PRIVATE',
  NOT_A_SERIES = 'NOT_A_SERIES',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  PART_OF_SERIES = 'PART_OF_SERIES',
}

registerEnumType(EventErrorCode, {
  name: 'EventErrorCode',
  description: 'Why an event change was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    SLUG_TAKEN: { description: 'Another event already has this slug.' },
    ENDS_BEFORE_START: { description: 'The end would not be after the start.' },
    CURRENCY_LOCKED: { description: 'Tickets are sold or held, so the currency can no longer change.' },
    EVENT_CANCELLED: { description: 'The event is cancelled; it cannot be published or unpublished.' },
    NO_ACTIVE_TICKET_TYPES: { description: 'An event needs an active ticket type to be published.' },
    HAS_SALES: { description: 'Tickets are sold or held; cancel the event instead of unpublishing it.' },
    NOT_PRIVATE: { description: 'Only a private event has a key to rotate.' },
    NOT_A_SERIES: { description: 'Dates can be added only to a series (createEvent with isSeries).' },
    TICKET_TYPE_NOT_FOUND: { description: 'The series has no ticket type with this id.' },
    PART_OF_SERIES: {
      description: 'The event is a date of a series and follows it here: change the series instead.',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with an event change.' })
export class EventError extends UserError {
  @Field(() => EventErrorCode, { description: 'What went wrong, for programs.' })
  code: EventErrorCode;
}

@ObjectType({ description: 'Result of an event change: the event, or why it was refused.' })
export class EventPayload {
  @Field(() => AdminEvent, { nullable: true, description: 'The event after the change; null when refused.' })
  event: AdminEvent | null;

  @Field(() => [EventError], { description: 'Why the change was refused; empty on success.' })
  errors: EventError[];
}

export const AdminEventConnection = connectionTypes(AdminEvent, {
  name: 'AdminEventConnection',
  edgeName: 'AdminEventEdge',
  description: 'A page of events for admins.',
  edgeDescription: 'An event in an admin list, with its cursor.',
  item: 'event',
  items: 'events',
});
export type AdminEventConnection = Connection<AdminEvent>;
