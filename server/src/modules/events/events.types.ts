import { CurrencyResolver, DateTimeResolver } from 'graphql-scalars';
import { TimeZoneScalar } from '../../graphql/time-zone.scalar';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { EventStatus, EventVisibility } from './event.entity';

registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Where an event is in its life.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; only admins see it.' },
    PUBLISHED: { description: 'Visible (to everyone, or to holders of the link if private) and on sale.' },
    CANCELLED: { description: 'Called off; no longer on sale.' },
  },
});

registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: 'Who can find an event.',
  valuesConfig: {
    PUBLIC: { description: 'Listed in the public catalog.' },
    PRIVATE: { description: 'Never listed; reachable only through its secret link.' },
  },
});

@ObjectType({ description: 'Where an event takes place.' })
export class Venue {
  @Field({ description: 'Name of the place, e.g. "Town Hall".' })
  name: string;

  @Field({ description: 'Postal address, one line or several separated by newlines (may be empty).' })
  address: string;
}

@ObjectType('Event', { description: 'Something people buy tickets for.' })
export class Event {
  @Field(() => ID, { description: 'Stable identifier of the event.' })
  id: string;

  @Field({ description: 'Unique, URL-safe name used in the event page address.' })
  slug: string;

  @Field({ description: 'Title shown to shoppers.' })
  title: string;

  @Field({ description: 'Description of the event (plain text, may be empty).' })
  description: string;

  @Field(() => Venue, { description: 'Where it takes place.' })
  venue: Venue;

  @Field(() => DateTimeResolver, { description: 'When it starts (an instant; show it in `timeZone`).' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends (an instant; show it in `timeZone`).' })
  endsAt: Date;

  @Field(() => TimeZoneScalar, { description: 'IANA time zone the event is shown in, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency of every price of the event.' })
  currency: string;

  @Field(() => EventStatus, { description: 'Draft, published or cancelled.' })
  status: EventStatus;

  @Field({
    description:
      'A series: a template with dates of its own (`dates`), never booked itself; book one of its dates.',
  })
  isSeries: boolean;

  @Field(() => EventVisibility, { description: 'Public (listed) or private (secret link only).' })
  visibility: EventVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'Address (https) of a picture of the event, if it has one.',
  })
  imageUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the picture shows, for people who cannot see it (alt text); null when not given.',
  })
  imageAlt: string | null;
}

export const EventConnection = connectionTypes(Event, {
  name: 'EventConnection',
  edgeName: 'EventEdge',
  description: 'A page of events.',
  edgeDescription: 'An event in a list, with its cursor.',
  item: 'event',
  items: 'events',
});
export type EventConnection = Connection<Event>;
