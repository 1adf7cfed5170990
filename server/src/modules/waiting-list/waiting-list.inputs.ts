import { IsEmail, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../common/plain-text';
import { MAX_BOOKING_ATTENDEES, MAX_NAME_LENGTH } from '../bookings/bookings.inputs';

const NOT_BLANK = /\S/;

@InputType({ description: 'Joining the waiting list of a sold-out ticket type.' })
export class JoinWaitingListInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;

  @Field(() => String, { nullable: true, description: 'The key of a private event (from its link).' })
  @IsOptional()
  @MaxLength(128)
  accessKey?: string | null;

  @Field(() => ID, { description: 'The sold-out ticket type.' })
  @IsUUID('all', { message: 'must be a ticket type id' })
  ticketTypeId: string;

  @Field({
    description: `Name, plain text of at most ${MAX_NAME_LENGTH} characters (no web or e-mail address).`,
  })
  @MaxLength(MAX_NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @IsPlainText()
  name: string;

  @Field({ description: 'E-mail address the offer is sent to.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;

  @Field(() => Int, { description: 'Seats wanted: 1 up to the ticket type’s maximum per order.' })
  @Min(1)
  @Max(MAX_BOOKING_ATTENDEES)
  quantity: number;
}

@InputType({ description: 'Moving a waiting entry to another place in its line.' })
export class MoveWaitingListEntryInput {
  @Field(() => ID, { description: 'The entry (WAITING).' })
  @IsUUID('all', { message: 'must be an entry id' })
  id: string;

  @Field(() => Int, { description: 'Its new place among the waiting entries of its ticket type: 1 = next.' })
  @Min(1)
  place: number;
}

@InputType({ description: 'An event’s waiting-list settings.' })
export class UpdateWaitingListSettingsInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;

  @Field({ description: 'Whether shoppers may join the list of a sold-out ticket type.' })
  enabled: boolean;

  @Field({ description: 'Whether freed seats are offered to the next people in line at once.' })
  autoOffer: boolean;

  @Field(() => Int, { description: 'Hours an offer holds its seats, 1 to 168.' })
  @Min(1)
  @Max(168)
  offerHours: number;
}
