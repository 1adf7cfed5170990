import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

export const MAX_PRICE_MINOR = 100_000_000;
export const MAX_CAPACITY = 1_000_000;
export const MAX_PER_ORDER = 1000;

@InputType({ description: 'A new ticket type for an event; it goes to the end of the event’s list.' })
export class CreateTicketTypeInput {
  @Field(() => ID, { description: 'The event it belongs to.' })
  eventId: string;

  @Field({ description: 'Name shown to shoppers, e.g. "Standard".' })
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Field({ defaultValue: '', description: 'What the ticket includes (plain text, may be empty).' })
  @MaxLength(5000)
  description: string = '';

  @Field(() => Int, { description: 'Price of one ticket in minor units of the event currency (0 for free).' })
  @Min(0)
  @Max(MAX_PRICE_MINOR)
  priceMinor: number;

  @Field(() => Int, { description: 'Seats in total.' })
  @Min(0)
  @Max(MAX_CAPACITY)
  capacity: number;

  @Field(() => Int, { defaultValue: 1, description: 'Fewest tickets of this type one order may contain.' })
  @Min(1)
  @Max(MAX_PER_ORDER)
  minPerOrder: number = 1;

  @Field(() => Int, { defaultValue: 10, description: 'Most tickets of this type one order may contain.' })
  @Min(1)
  @Max(MAX_PER_ORDER)
  maxPerOrder: number = 10;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When sales open; null: on publishing.' })
  @IsOptional()
  salesStartAt?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When sales close; null: when the event ends.',
  })
  @IsOptional()
  salesEndAt?: Date | null;

  @Field({
    defaultValue: false,
    description: 'Hidden: left out of the catalog, shown and sold only with an access code that covers it.',
  })
  hidden: boolean = false;
}

@InputType({
  description:
    'Changes to a ticket type; fields left out stay as they are. For the sales window, an explicit null removes that limit.',
})
export class UpdateTicketTypeInput {
  @Field(() => ID, { description: 'The ticket type to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(120)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'New price in minor units (applies to future sales).' })
  @IsOptional()
  @Min(0)
  @Max(MAX_PRICE_MINOR)
  priceMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'New capacity; never below the seats sold and held.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'New fewest per order.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_PER_ORDER)
  minPerOrder?: number | null;

  @Field(() => Int, { nullable: true, description: 'New most per order.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_PER_ORDER)
  maxPerOrder?: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New start of sales; null: on publishing.' })
  @IsOptional()
  salesStartAt?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'New end of sales; null: when the event ends.',
  })
  @IsOptional()
  salesEndAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Hide it (shown and sold only with an access code that covers it) or show it again.',
  })
  @IsOptional()
  hidden?: boolean | null;
}

@InputType({ description: 'A new display order for an event’s ticket types.' })
export class ReorderTicketTypesInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => [ID], { description: 'Every ticket type id of the event, exactly once, in the new order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  ticketTypeIds: string[];
}
