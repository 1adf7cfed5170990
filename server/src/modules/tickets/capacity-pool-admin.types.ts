import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';

@ObjectType({
  description:
    'Seats shared by several ticket types of an event (or, with `allTicketTypes`, the event’s total capacity). ' +
    'A booking takes seats from its ticket types and from every pool they are in; shoppers see the fewest left.',
})
export class AdminCapacityPool {
  @Field(() => ID, { description: 'Stable identifier of the pool.' })
  id: string;

  @Field(() => ID, { description: 'The event it belongs to.' })
  eventId: string;

  @Field({ description: 'Name shown to admins, e.g. "Main room" or "Early bird cap".' })
  name: string;

  @Field(() => Int, { description: 'Seats the ticket types in it may take together.' })
  capacity: number;

  @Field(() => Int, { description: 'Seats of its ticket types sold or held by checkouts in progress.' })
  used: number;

  @Field(() => Int, { description: 'Seats still free in the pool (capacity minus used).' })
  remaining: number;

  @Field({ description: 'True for the event’s total capacity: every ticket type of the event is in it.' })
  allTicketTypes: boolean;

  @Field(() => [ID], { description: 'The ticket types in it; empty when `allTicketTypes`.' })
  ticketTypeIds: string[];
}

export enum CapacityPoolErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  POOL_NOT_FOUND = 'POOL_NOT_FOUND',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  NO_TICKET_TYPES = 'NO_TICKET_TYPES',
  EVENT_TOTAL_EXISTS = 'EVENT_TOTAL_EXISTS',
  CAPACITY_BELOW_COMMITTED = 'CAPACITY_BELOW_COMMITTED',
}

registerEnumType(CapacityPoolErrorCode, {
  name: 'CapacityPoolErrorCode',
  description: 'Why a capacity pool change was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    POOL_NOT_FOUND: { description: 'No capacity pool has this id.' },
    TICKET_TYPE_NOT_FOUND: { description: 'The event has no ticket type with this id.' },
    NO_TICKET_TYPES: { description: 'A pool that is not the event total needs at least one ticket type.' },
    EVENT_TOTAL_EXISTS: { description: 'The event already has a total capacity; change that one.' },
    CAPACITY_BELOW_COMMITTED: {
      description: 'The capacity would be below the seats its ticket types have already sold and held.',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a capacity pool change.' })
export class CapacityPoolError extends UserError {
  @Field(() => CapacityPoolErrorCode, { description: 'What went wrong, for programs.' })
  code: CapacityPoolErrorCode;
}

@ObjectType({ description: 'Result of creating or changing a capacity pool.' })
export class CapacityPoolPayload {
  @Field(() => AdminCapacityPool, {
    nullable: true,
    description: 'The pool after the change; null when refused.',
  })
  pool: AdminCapacityPool | null;

  @Field(() => [CapacityPoolError], { description: 'Why the change was refused; empty on success.' })
  errors: CapacityPoolError[];
}

@ObjectType({ description: 'Result of deleting a capacity pool.' })
export class DeleteCapacityPoolPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted pool; null when refused.' })
  deletedId: string | null;

  @Field(() => [CapacityPoolError], { description: 'Why deleting was refused; empty on success.' })
  errors: CapacityPoolError[];
}
