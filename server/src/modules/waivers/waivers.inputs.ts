import { ArrayMaxSize, Equals, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { QuestionAnswerInput } from '../questions/questions.inputs';

@InputType({ description: 'A new version of an event’s waiver text.' })
export class SetEventWaiverInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID()
  eventId: string;

  @Field({ description: 'The waiver text (plain text, 1 to 50,000 characters).' })
  @Length(1, 50_000)
  text: string;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'Questions of the event (from `Event.questions`, not hidden) that must be answered before this version can be signed: an ATTENDEE question for the signer’s ticket, a BOOKING question for their booking. The signing page asks the missing ones.',
  })
  @ArrayMaxSize(100)
  requiredQuestionIds: string[];
}

@InputType({ description: 'An attendee’s signature through their signing link.' })
export class SignWaiverInput {
  @Field({ description: 'The token of the signing link.' })
  @MaxLength(200)
  token: string;

  @Field({ description: 'The signer’s full name, as typed.' })
  @Length(2, 200)
  fullName: string;

  @Field({ description: 'Must be true: the signer agrees to the waiver text shown.' })
  @Equals(true, { message: 'must be true to sign' })
  agree: boolean;

  @Field(() => [QuestionAnswerInput], {
    defaultValue: [],
    description:
      'Answers to the questions the waiver requires that are not answered yet (`WaiverToSign.questions`), checked as at checkout and stored with the booking; errors name `answers.<questionId>`.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: QuestionAnswerInput[];
}

@InputType({ description: 'A waiver signed on paper, recorded by staff.' })
export class RecordPaperWaiverInput {
  @Field(() => ID, { description: 'The attendee’s ticket.' })
  @IsUUID()
  ticketId: string;

  @Field({ description: 'The name the attendee signed with.' })
  @Length(2, 200)
  signerName: string;
}

@InputType({ description: 'A ticket of a booking whose attendee is to sign now, from the booking page.' })
export class OpenWaiverSigningInput {
  @Field({ description: 'The secret token of the booking’s link.' })
  @Length(1, 128)
  bookingToken: string;

  @Field(() => ID, { description: 'The ticket whose attendee signs.' })
  @IsUUID()
  ticketId: string;
}
