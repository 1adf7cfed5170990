import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsEmail,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../common/plain-text';
import { MAX_QUESTIONS_PER_EVENT, QuestionAnswerInput } from '../questions/questions.inputs';

/** Most lines (ticket types) and attendees (seats) one booking may have. */
export const MAX_BOOKING_LINES = 50;
export const MAX_BOOKING_ATTENDEES = 50;

const NOT_BLANK = /\S/;
/** Longest buyer or attendee name: enough for any real name, too short to carry a message. */
export const MAX_NAME_LENGTH = 100;

@InputType({ description: 'How many tickets of one type to book.' })
export class BookingLineInput {
  @Field(() => ID, { description: 'The ticket type (from `Event.ticketTypes`).' })
  @IsUUID('all', { message: 'must be a ticket type id' })
  ticketTypeId: string;

  @Field(() => Int, {
    description: `How many tickets of this type, from 1 to ${MAX_BOOKING_ATTENDEES} (and within the type's own limits).`,
  })
  @Min(1)
  @Max(MAX_BOOKING_ATTENDEES)
  quantity: number;
}

@InputType({ description: 'The person who books and pays; booking e-mails go to them.' })
export class BuyerInput {
  @Field({
    description: `Full name, plain text of at most ${MAX_NAME_LENGTH} characters (no web or e-mail address).`,
  })
  @MaxLength(MAX_NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @IsPlainText()
  name: string;

  @Field({ description: 'E-mail address for the confirmation and the link back to the booking.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;
}

@InputType({ description: 'The person who uses one ticket. Give one attendee per ticket booked.' })
export class AttendeeInput {
  @Field(() => ID, { description: 'Which ticket type this attendee holds; must be one of the lines.' })
  @IsUUID('all', { message: 'must be a ticket type id' })
  ticketTypeId: string;

  @Field({
    defaultValue: false,
    description:
      "True: the attendee is the buyer (the buyer's name and e-mail are used; name and email here are ignored).",
  })
  sameAsBuyer: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: `Full name, plain text of at most ${MAX_NAME_LENGTH} characters; required unless \`sameAsBuyer\`.`,
  })
  @ValidateIf((attendee: AttendeeInput) => !attendee.sameAsBuyer)
  // TypeGraphQL skips null values unless a rule insists (skipMissingProperties).
  @IsDefined({ message: 'is required unless sameAsBuyer is true' })
  @MaxLength(MAX_NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @IsPlainText()
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'E-mail address, optional; each attendee of a booking a different one (attendees `sameAsBuyer` aside).',
  })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;

  @Field(() => [QuestionAnswerInput], {
    defaultValue: [],
    description:
      "The attendee's answers to the event's ATTENDEE questions asked for this ticket type (see `Event.questions`); errors name `attendees.<n>.answers.<questionId>`.",
  })
  @ArrayMaxSize(MAX_QUESTIONS_PER_EVENT)
  @ValidateNested({ each: true })
  answers: QuestionAnswerInput[];
}

@InputType({
  description:
    'A booking request: the event (by id or slug, plus the key of a private event), tickets, buyer and attendees. Prices are never sent: the server computes the total.',
})
export class CreateBookingInput {
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
    description: "A private event's secret key from its link; ignored for public events.",
  })
  @IsOptional()
  @MaxLength(128)
  accessKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A code (voucher) of the event: a discount on the tickets it covers, hidden ticket types it reveals, or a private event it opens. Case and spaces are ignored. Its use is counted with the seats, so a used-up code refuses the booking (INVALID_VOUCHER).',
  })
  @IsOptional()
  @MaxLength(64)
  voucherCode?: string | null;

  @Field(() => [BookingLineInput], {
    description: `Ticket types and quantities, 1 to ${MAX_BOOKING_LINES} lines, each type at most once.`,
  })
  @ArrayMinSize(1, { message: 'must contain at least one line' })
  @ArrayMaxSize(MAX_BOOKING_LINES, { message: `must contain at most ${MAX_BOOKING_LINES} lines` })
  @ValidateNested({ each: true })
  lines: BookingLineInput[];

  @Field(() => BuyerInput, { description: 'Who books and pays.' })
  @ValidateNested()
  buyer: BuyerInput;

  @Field(() => [AttendeeInput], {
    description: `One attendee per ticket (as many of each ticket type as its line's quantity), at most ${MAX_BOOKING_ATTENDEES}.`,
  })
  @ArrayMinSize(1, { message: 'must contain one attendee per ticket' })
  @ArrayMaxSize(MAX_BOOKING_ATTENDEES, { message: `must contain at most ${MAX_BOOKING_ATTENDEES} attendees` })
  @ValidateNested({ each: true })
  attendees: AttendeeInput[];

  @Field(() => [QuestionAnswerInput], {
    defaultValue: [],
    description:
      "The buyer's answers to the event's BOOKING questions (see `Event.questions`); errors name `answers.<questionId>`. Every answer is checked in one pass and stored with the booking.",
  })
  @ArrayMaxSize(MAX_QUESTIONS_PER_EVENT)
  @ValidateNested({ each: true })
  answers: QuestionAnswerInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'A random key (22 to 100 characters of A-Z, a-z, 0-9, - and _; at least 128 bits) made once per checkout form. Sending the same request again with it returns the same booking instead of holding seats twice; sending changed details with it releases the earlier unpaid booking (if PayPal has not been started for it) and makes a new one. Keep it as secret as the booking token: it opens the booking.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{22,100}$/, { message: 'must be 22 to 100 characters of A-Z, a-z, 0-9, - and _' })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of a waiting-list offer (from the offer e-mail’s link): the booking takes the seats held for it (its ticket type only, at most its quantity) and the offer is used up. Without it those seats cannot be bought.',
  })
  @IsOptional()
  @MaxLength(100)
  waitingListOfferToken?: string | null;
}

@ArgsType()
export class BookingByTokenArgs {
  @Field({ description: "The secret token from the booking's link." })
  @MinLength(1)
  @MaxLength(64)
  token: string;
}
