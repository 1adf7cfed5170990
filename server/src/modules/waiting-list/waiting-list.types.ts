import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { WaitingListStatus } from './waiting-list-status';

registerEnumType(WaitingListStatus, {
  name: 'WaitingListStatus',
  description: 'Where a waiting-list entry is.',
  valuesConfig: {
    WAITING: { description: 'In line for seats.' },
    OFFERED: {
      description: 'Seats are held for the person until `offerExpiresAt`; the offer e-mail went out.',
    },
    ACCEPTED: { description: 'Booked with the offer (`bookingId`).' },
    EXPIRED: { description: 'The offer ran out unused; its seats went to the next person.' },
    REMOVED: { description: 'Taken off the list by an organiser.' },
    EVENT_CANCELLED: {
      description:
        'Closed because the event (or its date) was cancelled; an offer’s seats went back, and the person was told when the organiser chose to notify.',
    },
  },
});

export enum WaitingListErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  WAITING_LIST_CLOSED = 'WAITING_LIST_CLOSED',
  NOT_SOLD_OUT = 'NOT_SOLD_OUT',
  ABOVE_MAX_PER_ORDER = 'ABOVE_MAX_PER_ORDER',
  ALREADY_ON_LIST = 'ALREADY_ON_LIST',
  TOO_MANY_ENTRIES = 'TOO_MANY_ENTRIES',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  ENTRY_NOT_FOUND = 'ENTRY_NOT_FOUND',
  NOT_WAITING = 'NOT_WAITING',
  NO_SEATS_FREE = 'NO_SEATS_FREE',
}

registerEnumType(WaitingListErrorCode, {
  name: 'WaitingListErrorCode',
  description: 'Why a waiting-list request was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'There is no such event (or not without its private key).' },
    TICKET_TYPE_NOT_FOUND: { description: 'The event has no such ticket type on sale.' },
    WAITING_LIST_CLOSED: { description: 'The event’s waiting list is turned off, or its sales have ended.' },
    NOT_SOLD_OUT: { description: 'Seats of this ticket type are still for sale: book them instead.' },
    ABOVE_MAX_PER_ORDER: { description: 'More seats than one order of this ticket type may have.' },
    ALREADY_ON_LIST: { description: 'This e-mail address is already waiting for this ticket type.' },
    TOO_MANY_ENTRIES: {
      description: 'This e-mail address is waiting for too many ticket types of the event.',
    },
    TOO_MANY_ATTEMPTS: { description: 'Too many requests from this address; see `retryAfterSeconds`.' },
    ENTRY_NOT_FOUND: { description: 'No waiting-list entry has this id.' },
    NOT_WAITING: { description: 'The entry is no longer waiting (offered, booked, expired or removed).' },
    NO_SEATS_FREE: { description: 'Not enough seats are free for the entry’s quantity right now.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem with a waiting-list request.' })
export class WaitingListError extends UserError {
  @Field(() => WaitingListErrorCode, { description: 'What went wrong, for programs.' })
  code: WaitingListErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another request will be considered.',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({ description: 'A place on a waiting list, as the person who joined sees it.' })
export class WaitingListPlace {
  @Field(() => ID, { description: 'The ticket type waited for.' })
  ticketTypeId: string;

  @Field(() => Int, { description: 'Seats wanted.' })
  quantity: number;

  @Field(() => Int, { description: 'How many people are ahead in line for this ticket type.' })
  ahead: number;

  @Field(() => Int, { description: 'Hours an offer stays open once it is made.' })
  offerHours: number;
}

@ObjectType({ description: 'Result of joining a waiting list.' })
export class JoinWaitingListPayload {
  @Field(() => WaitingListPlace, { nullable: true, description: 'The place taken; null when refused.' })
  place: WaitingListPlace | null;

  @Field(() => [WaitingListError], {
    description: 'Why it was refused (every problem at once); empty on success.',
  })
  errors: WaitingListError[];
}

@ObjectType({ description: 'Seats offered from a waiting list, as the link in the offer e-mail opens them.' })
export class WaitingListOffer {
  @Field(() => WaitingListStatus, {
    description: 'OFFERED while it can be booked; ACCEPTED, EXPIRED or REMOVED once it cannot.',
  })
  status: WaitingListStatus;

  @Field({
    description:
      'Whether the offer can be booked now (OFFERED, not past `expiresAt`, and its event not cancelled).',
  })
  open: boolean;

  @Field({ description: 'Whether the event (or date) was cancelled: the offer cannot be booked.' })
  eventCancelled: boolean;

  @Field({ description: 'The event’s slug (its page: `/events/<slug>`).' })
  eventSlug: string;

  @Field({ description: 'The event’s title.' })
  eventTitle: string;

  @Field(() => String, {
    nullable: true,
    description: 'The private event’s key, which the offer’s holder may use; null for a public event.',
  })
  eventAccessKey: string | null;

  @Field(() => ID, { description: 'The ticket type offered.' })
  ticketTypeId: string;

  @Field({ description: 'Its name.' })
  ticketTypeName: string;

  @Field(() => Int, { description: 'Seats held; book at most this many of the ticket type with the offer.' })
  quantity: number;

  @Field(() => Date, { nullable: true, description: 'When the seats go to the next person in line.' })
  expiresAt: Date | null;
}

@ObjectType({ description: 'An event’s waiting-list settings.' })
export class WaitingListSettings {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field({ description: 'Whether shoppers may join the list of a sold-out ticket type (default true).' })
  enabled: boolean;

  @Field({
    description:
      'Whether freed seats are offered to the next people in line at once (default true); off: only by hand.',
  })
  autoOffer: boolean;

  @Field(() => Int, {
    description: 'Hours an offer holds its seats before passing on (1 to 168, default 24).',
  })
  offerHours: number;
}

@ObjectType({ description: 'One person on a waiting list, as organisers see them.' })
export class AdminWaitingListEntry {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string;

  @Field(() => ID, { description: 'The ticket type waited for.' })
  ticketTypeId: string;

  @Field({ description: 'The ticket type’s name.' })
  ticketTypeName: string;

  @Field({ description: 'Name as given.' })
  name: string;

  @Field({ description: 'E-mail address the offer goes to.' })
  email: string;

  @Field(() => Int, { description: 'Seats wanted.' })
  quantity: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in line for its ticket type (1 = next), while WAITING; null otherwise.',
  })
  place: number | null;

  @Field(() => WaitingListStatus, { description: 'Where the entry is.' })
  status: WaitingListStatus;

  @Field(() => Date, { nullable: true, description: 'When the current or last offer was made.' })
  offeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the offer expires (or expired).' })
  offerExpiresAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The booking made with the offer (ACCEPTED).' })
  bookingId: string | null;

  @Field(() => Date, { description: 'When the person joined.' })
  createdAt: Date;
}

@ObjectType({
  description: 'An event’s waiting list: its settings and every entry, in line per ticket type.',
})
export class AdminWaitingList {
  @Field(() => WaitingListSettings, { description: 'The event’s settings.' })
  settings: WaitingListSettings;

  @Field(() => [AdminWaitingListEntry], {
    description:
      'Entries by ticket type, then in line (waiting and offered first), then the closed ones, newest first.',
  })
  entries: AdminWaitingListEntry[];
}

@ObjectType({ description: 'Result of changing a waiting-list entry.' })
export class WaitingListEntryPayload {
  @Field(() => AdminWaitingListEntry, {
    nullable: true,
    description: 'The entry after the change; null when refused.',
  })
  entry: AdminWaitingListEntry | null;

  @Field(() => [WaitingListError], { description: 'Why it was refused; empty on success.' })
  errors: WaitingListError[];
}

@ObjectType({ description: 'Result of changing an event’s waiting-list settings.' })
export class WaitingListSettingsPayload {
  @Field(() => WaitingListSettings, {
    nullable: true,
    description: 'The settings after the change; null when refused.',
  })
  settings: WaitingListSettings | null;

  @Field(() => [WaitingListError], { description: 'Why it was refused; empty on success.' })
  errors: WaitingListError[];
}
