import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EmailKind } from '../email/email-message.entity';

/** Longest opening text an organiser may write. */
export const MAX_EMAIL_TEXT_BODY = 10_000;

@InputType({ description: 'An event’s own subject and opening text for one of its e-mails.' })
export class SaveEventEmailTextInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => EmailKind, { description: 'Which e-mail (see eventEmailTexts for those that can change).' })
  kind: EmailKind;

  @Field({ description: 'Subject with {placeholders}; one line.' })
  @MinLength(1)
  @MaxLength(200)
  @Matches(/^[^\r\n]*$/, { message: 'subject must be one line' })
  subject: string;

  @Field({ description: 'Opening text in Markdown with {placeholders}.' })
  @MinLength(1)
  @MaxLength(MAX_EMAIL_TEXT_BODY)
  body: string;
}

@InputType({ description: 'A draft text to preview with a booking’s data (or sample data).' })
export class PreviewEventEmailTextInput extends SaveEventEmailTextInput {
  @Field(() => String, {
    nullable: true,
    description: 'Fill it in with this booking of the event; left out: sample data.',
  })
  @IsOptional()
  @MaxLength(40)
  bookingReference?: string | null;
}
