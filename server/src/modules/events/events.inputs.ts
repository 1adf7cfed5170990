import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';

@InputType({ description: 'Narrows the list of upcoming events.' })
export class EventFilterInput {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Only events starting at or after this instant.',
  })
  @IsOptional()
  startsFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only events starting before this instant.' })
  @IsOptional()
  startsBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to look for in the title, description or venue name (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class UpcomingEventsArgs extends PageArgs {
  @Field(() => EventFilterInput, {
    nullable: true,
    description: 'Optional filters; all given ones must match.',
  })
  @IsOptional()
  // TypeGraphQL builds input objects as class instances, so nested rules apply.
  @ValidateNested()
  filter?: EventFilterInput | null;
}

@ArgsType()
export class EventBySlugArgs {
  @Field({ description: 'The event slug from its page address.' })
  @MinLength(1)
  @MaxLength(100)
  slug: string;

  @Field(() => String, {
    nullable: true,
    description: "A private event's secret key from its link; ignored for public events.",
  })
  @IsOptional()
  @MaxLength(128)
  accessKey?: string | null;
}
