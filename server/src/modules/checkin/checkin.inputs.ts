import { IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';

@InputType({ description: 'A ticket to check in, by the code its QR holds.' })
export class CheckInTicketInput {
  @Field({ description: 'The ticket code (what the QR code holds).' })
  @Length(1, 64)
  code: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The event being checked in at; a ticket for another event is then refused as TICKET_NOT_VALID.',
  })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;
}

@ArgsType()
export class EventAttendeesArgs extends PageArgs {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID()
  eventId: string;
}
