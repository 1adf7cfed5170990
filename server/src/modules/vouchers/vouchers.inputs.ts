import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A code to try on an event, before booking.' })
export class ApplyVoucherInput {
  @Field(() => ID, { nullable: true, description: 'The event by id; give this or `eventSlug`.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'The event by slug; give this or `eventId`.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  eventSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A private event's secret key from its link (not needed when the code opens the event).",
  })
  @IsOptional()
  @MaxLength(128)
  accessKey?: string | null;

  @Field({ description: 'The code as the shopper typed it; case and spaces are ignored.' })
  @MinLength(1)
  @MaxLength(64)
  code: string;
}
