import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_CAPACITY } from './ticket-type-admin.inputs';

@InputType({ description: 'A new capacity pool of an event.' })
export class CreateCapacityPoolInput {
  @Field(() => ID, { description: 'The event it belongs to.' })
  eventId: string;

  @Field({ description: 'Name shown to admins, e.g. "Main room".' })
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Field(() => Int, { description: 'Seats the ticket types in it may take together.' })
  @Min(0)
  @Max(MAX_CAPACITY)
  capacity: number;

  @Field({
    defaultValue: false,
    description:
      'The event’s total capacity: every ticket type of the event, also ones added later (one per event).',
  })
  allTicketTypes: boolean = false;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The ticket types that share it (at least one, unless `allTicketTypes`).',
  })
  @ArrayMaxSize(200)
  ticketTypeIds: string[];
}

@InputType({ description: 'Changes to a capacity pool; fields left out stay as they are.' })
export class UpdateCapacityPoolInput {
  @Field(() => ID, { description: 'The pool to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(120)
  name?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New capacity; never below the seats its ticket types have sold and held.',
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The ticket types in it from now on (ignored for the event total, which has them all).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  ticketTypeIds?: string[] | null;
}
