/** The GraphQL shapes of changing a booking's answers after checkout, by its buyer or by an ADMIN. */
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { QuestionAnswerInput } from './questions.inputs';

/** Most tickets a booking's answers are changed for at once (a booking's own cap is lower). */
const MAX_ATTENDEES = 200;

@InputType({ description: 'The answers of the attendee of one ticket of the booking.' })
export class TicketAnswersInput {
  @Field(() => ID, { description: 'The ticket (from `Booking.tickets`).' })
  ticketId: string;

  @Field(() => [QuestionAnswerInput], {
    defaultValue: [],
    description: 'Every answer of this attendee; a question left out counts as unanswered.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: QuestionAnswerInput[];
}

@InputType({
  description:
    'All the answers of a booking, replacing those given before: checked as at checkout (every problem at once, fields `answers.<questionId>` and `attendees.<n>.answers.<questionId>` with n the ticket’s place in the booking). Answers to hidden questions are kept as they are.',
})
export class BookingAnswersInput {
  @Field(() => [QuestionAnswerInput], { defaultValue: [], description: "The buyer's answers." })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: QuestionAnswerInput[];

  @Field(() => [TicketAnswersInput], {
    defaultValue: [],
    description: 'Each attendee’s answers by ticket; a ticket left out has no answers.',
  })
  @ArrayMaxSize(MAX_ATTENDEES)
  @ValidateNested({ each: true })
  attendees: TicketAnswersInput[];
}

@InputType({ description: "A buyer's change to their booking's answers, by the booking link's token." })
export class UpdateBookingAnswersInput extends BookingAnswersInput {
  @Field({ description: 'The secret token of the booking’s link.' })
  @MaxLength(200)
  token: string;
}

@InputType({ description: "An ADMIN's change to a booking's answers." })
export class AdminUpdateBookingAnswersInput extends BookingAnswersInput {
  @Field(() => ID, { description: 'The booking.' })
  bookingId: string;
}

@InputType({ description: 'Until when buyers may change their answers.' })
export class SetAnswersEditableUntilInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'The cut-off; null: until the event starts.',
  })
  @IsOptional()
  until?: Date | null;
}

export enum AnswerEditErrorCode {
  BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND',
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  TICKET_NOT_FOUND = 'TICKET_NOT_FOUND',
  NOT_EDITABLE = 'NOT_EDITABLE',
  EDITING_CLOSED = 'EDITING_CLOSED',
  ANSWER_MISSING = 'ANSWER_MISSING',
  ANSWER_INVALID = 'ANSWER_INVALID',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(AnswerEditErrorCode, {
  name: 'AnswerEditErrorCode',
  description: 'Why a change to a booking’s answers was refused.',
  valuesConfig: {
    BOOKING_NOT_FOUND: { description: 'No booking has this token or id.' },
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    TICKET_NOT_FOUND: { description: 'A ticket named is not one of the booking’s, or is named twice.' },
    NOT_EDITABLE: { description: 'The booking has no valid tickets (cancelled, expired or not yet paid).' },
    EDITING_CLOSED: {
      description: 'The cut-off for buyers to change answers has passed (ask the organiser).',
    },
    ANSWER_MISSING: { description: 'A required question is not answered.' },
    ANSWER_INVALID: { description: 'An answer does not fit its question.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many changes from the caller’s network lately; try again later.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem with a change to a booking’s answers.' })
export class AnswerEditError extends UserError {
  @Field(() => AnswerEditErrorCode, { description: 'What went wrong, for programs.' })
  code: AnswerEditErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'TOO_MANY_ATTEMPTS: seconds until another try is counted.',
  })
  retryAfterSeconds: number | null;
}

@ObjectType({ description: 'Result of changing a booking’s answers.' })
export class UpdateBookingAnswersPayload {
  @Field({ description: 'True when the answers were saved; false when refused (see errors).' })
  saved: boolean;

  @Field(() => [AnswerEditError], { description: 'Why the change was refused; empty on success.' })
  errors: AnswerEditError[];
}

@ObjectType({ description: 'Result of setting until when buyers may change their answers.' })
export class SetAnswersEditableUntilPayload {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'The cut-off now set; null: until the event starts (also when refused).',
  })
  answersEditableUntil: Date | null;

  @Field(() => [AnswerEditError], { description: 'Why it was refused; empty on success.' })
  errors: AnswerEditError[];
}
