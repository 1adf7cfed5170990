/** GraphQL types of an event's own wording of its e-mails (admin only). */
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { EmailKind } from '../email/email-message.entity';

export enum EmailTextErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  NOT_EDITABLE = 'NOT_EDITABLE',
  UNKNOWN_PLACEHOLDER = 'UNKNOWN_PLACEHOLDER',
  BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND',
}

registerEnumType(EmailTextErrorCode, {
  name: 'EmailTextErrorCode',
  description: 'Why an e-mail text was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    NOT_EDITABLE: { description: 'This kind of e-mail has no text an organiser can change per event.' },
    UNKNOWN_PLACEHOLDER: { description: 'The text uses a {placeholder} this e-mail does not have.' },
    BOOKING_NOT_FOUND: { description: 'The event has no booking with this reference (preview).' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with an e-mail text.' })
export class EmailTextError extends UserError {
  @Field(() => EmailTextErrorCode, { description: 'What went wrong, for programs.' })
  code: EmailTextErrorCode;
}

@ObjectType({ description: 'A placeholder an e-mail text may use, written in braces: {event.title}.' })
export class EmailTextPlaceholder {
  @Field({ description: 'Its name, e.g. "event.title" (written "{event.title}").' })
  name: string;

  @Field({ description: 'What it stands for.' })
  description: string;
}

@ObjectType({
  description:
    'One transactional e-mail of an event: its subject and opening text (Markdown), the event’s own or the default. The rest of the e-mail (event details, order, tickets, buttons, attachments) is fixed.',
})
export class EventEmailText {
  @Field(() => EmailKind, { description: 'Which e-mail.' })
  kind: EmailKind;

  @Field({ description: 'Its name in the admin area.' })
  title: string;

  @Field({ description: 'Who gets it, and when.' })
  sentWhen: string;

  @Field({ description: 'The subject sent (the event’s own, else the default), placeholders as written.' })
  subject: string;

  @Field({ description: 'The opening text sent, in Markdown, placeholders as written.' })
  body: string;

  @Field({ description: 'True when the event has a text of its own; false: the default is sent.' })
  customised: boolean;

  @Field({ description: 'The default subject.' })
  defaultSubject: string;

  @Field({ description: 'The default opening text (Markdown).' })
  defaultBody: string;

  @Field(() => [EmailTextPlaceholder], { description: 'The placeholders this e-mail’s text may use.' })
  placeholders: EmailTextPlaceholder[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why the event’s text last failed to render (the default text was sent instead); null when it has not failed since it was saved.',
  })
  lastFailure: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it last failed.' })
  lastFailureAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the event’s text was saved.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who saved it.' })
  updatedByEmail: string | null;
}

@ObjectType({ description: 'The result of saving or resetting an e-mail text.' })
export class EventEmailTextPayload {
  @Field(() => EventEmailText, {
    nullable: true,
    description: 'The e-mail after the change; null when refused.',
  })
  emailText: EventEmailText | null;

  @Field(() => [EmailTextError], { description: 'Why the change was refused; empty on success.' })
  errors: EmailTextError[];
}

@ObjectType({ description: 'A draft e-mail text as a booking’s e-mail would look with it.' })
export class EmailTextPreview {
  @Field(() => String, { nullable: true, description: 'The subject, filled in; null when refused.' })
  subject: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The HTML part, images inline (data: URLs); links in it do not work. Null when refused.',
  })
  html: string | null;

  @Field(() => String, { nullable: true, description: 'The plain-text part; null when refused.' })
  text: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The booking whose data filled it in; null: sample data.',
  })
  bookingReference: string | null;

  @Field(() => [EmailTextError], { description: 'Why the draft cannot be previewed; empty on success.' })
  errors: EmailTextError[];
}
