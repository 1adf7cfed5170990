import { IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';

@InputType({ description: 'A ticket to check in, by the code its QR holds or its short code as typed.' })
export class CheckInTicketInput {
  @Field({
    description:
      'What the QR code holds, or the short code printed under it as typed (any case; dashes and spaces ignored; I and L read as 1, O as 0).',
  })
  @Length(1, 64)
  code: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An id the scanner draws for this attempt and sends again when retrying it: if that attempt checked the ticket in (its answer was lost), the retry succeeds instead of ALREADY_CHECKED_IN.',
  })
  @IsOptional()
  @IsUUID()
  attemptId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The event being checked in at; a ticket for another event is then refused as NOT_FOR_THIS_EVENT, saying nothing about it.',
  })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;
}

@InputType({ description: 'A check-in to undo.' })
export class UndoCheckInInput {
  @Field(() => ID, { description: 'The ticket checked in.' })
  @IsUUID()
  ticketId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The event being checked in at; a ticket of another event is refused as NOT_FOR_THIS_EVENT.',
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
