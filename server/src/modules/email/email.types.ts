/** GraphQL types of the outbox, for the admin area's mail log and mail preview (admin only). */
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { EmailKind, EmailStatus } from './email-message.entity';

registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'What an e-mail is about.',
  valuesConfig: {
    BOOKING_CONFIRMATION: {
      description: 'Tickets (QR codes), order summary and calendar entry for a buyer.',
    },
    WAIVER_REQUEST: { description: 'Asks one attendee to sign the event waiver, with their signing link.' },
    WAIVER_REMINDER: { description: 'Reminds an attendee who has not signed the waiver before the event.' },
    BOOKING_CANCELLED: { description: 'Tells a buyer their booking was cancelled.' },
    EVENT_CANCELLED: {
      description:
        'Tells a buyer the event (or the date) they booked was cancelled, with the organiser’s message.',
    },
    REFUND_ISSUED: { description: 'Tells a buyer money was refunded (in full or in part).' },
    LATE_PAYMENT_REFUNDED: {
      description: 'Tells a buyer their payment came after the reservation expired and was refunded.',
    },
    NEW_BOOKING_NOTICE: { description: "Tells the organiser's address about a new booking." },
    ACCOUNT_INVITATION: {
      description: 'Invites a new admin account, with a single-use link to set its password.',
    },
    PASSWORD_RESET: { description: 'A single-use link to set a new password ("forgot password").' },
    WEBHOOK_ENDPOINT_DISABLED: {
      description:
        'Tells the ADMINs that a webhook endpoint was disabled because its deliveries kept failing.',
    },
    ATTENDEE_TICKET: {
      description:
        "An attendee's own ticket (QR code, PDF), sent to their own address; no link to the buyer's booking.",
    },
    EVENT_REMINDER: { description: "A reminder of an event, sent by one of the event's reminder rules." },
    EVENT_MESSAGE: { description: 'A message an organiser wrote to the buyers or attendees of an event.' },
    VOUCHER_CODE: {
      description: 'A code (voucher) for an event, sent by its organiser, with a link that applies it.',
    },
    WAITING_LIST_OFFER: {
      description:
        'Seats held for someone on a waiting list, with the link that books them before the offer expires.',
    },
    WAITING_LIST_EVENT_CANCELLED: {
      description:
        'Tells someone on a waiting list that the event (or the date) was cancelled and nothing was charged, with the organiser’s message.',
    },
  },
});

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'Where an e-mail is on its way out.',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent (or being sent right now); retried after failures.' },
    SENT: { description: 'Accepted by the SMTP server.' },
    FAILED: { description: 'Given up on after a permanent rejection or too many failures; can be resent.' },
    PREVIEW: { description: 'Mail preview (no SMTP server configured): kept for reading, sent to nobody.' },
    HELD: {
      description:
        'Not sent: a recipient had already been sent `EMAIL_MAX_PER_RECIPIENT_PER_HOUR` messages within the hour (`lastError` says so). Kept, never dropped: an admin can send it (resendEmail).',
    },
  },
});

@ObjectType({ description: 'A file sent with an e-mail.' })
export class EmailAttachment {
  @Field({ description: 'File name shown by mail clients, e.g. "event.ics".' })
  filename: string;

  @Field({ description: 'MIME type, e.g. "image/png".' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Content-ID of an inline image that the HTML shows as `cid:<contentId>`; null for other files.',
  })
  contentId: string | null;
}

@ObjectType({
  description: 'An e-mail in the outbox: queued, sent, failed or kept for preview (admin only).',
})
export class EmailMessage {
  @Field(() => ID, { description: 'Stable identifier of the message.' })
  id: string;

  @Field(() => EmailKind, { description: 'What the message is about.' })
  kind: EmailKind;

  @Field(() => EmailStatus, { description: 'Queued, sent, failed, or kept for preview.' })
  status: EmailStatus;

  @Field({
    description: 'What caused the message, e.g. "booking-confirmation:<booking id>"; one message per cause.',
  })
  causeKey: string;

  @Field(() => [String], { description: 'Addresses the message is for.' })
  recipients: string[];

  @Field(() => String, { nullable: true, description: 'Where replies go; null: to the sender.' })
  replyTo: string | null;

  @Field({ description: 'Subject line.' })
  subject: string;

  @Field({
    description:
      'The HTML part exactly as sent; inline images are referenced as `cid:` URLs (see previewHtml).',
  })
  html: string;

  @Field({
    description:
      'The HTML part with inline images embedded as data: URLs, so a browser shows it as a mail client would.',
  })
  previewHtml: string;

  @Field({ description: 'The plain-text part.' })
  text: string;

  @Field(() => [EmailAttachment], { description: 'Files sent with the message: QR codes, calendar entry.' })
  attachments: EmailAttachment[];

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Error of the most recent failed attempt, if any.' })
  lastError: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the SMTP server accepted it.' })
  sentAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was queued.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'When its status last changed.' })
  updatedAt: Date;
}

export const EmailMessageConnection = connectionTypes(EmailMessage, {
  name: 'EmailMessageConnection',
  edgeName: 'EmailMessageEdge',
  description: 'A page of e-mails, newest first.',
  edgeDescription: 'An e-mail in a list, with its cursor.',
  item: 'message',
  items: 'messages',
});
export type EmailMessageConnection = Connection<EmailMessage>;

export enum EmailMessageErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  NOT_RESENDABLE = 'NOT_RESENDABLE',
}

registerEnumType(EmailMessageErrorCode, {
  name: 'EmailMessageErrorCode',
  description: 'Why an e-mail could not be acted on.',
  valuesConfig: {
    NOT_FOUND: { description: 'No e-mail has this id.' },
    NOT_RESENDABLE: { description: 'The e-mail is still queued: it will be sent without a resend.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem with an e-mail action.' })
export class EmailMessageError extends UserError {
  @Field(() => EmailMessageErrorCode, { description: 'What went wrong, for programs.' })
  code: EmailMessageErrorCode;
}

@ObjectType({ description: 'Result of resendEmailMessage.' })
export class ResendEmailMessagePayload {
  @Field(() => EmailMessage, { nullable: true, description: 'The message, queued again; null on error.' })
  emailMessage: EmailMessage | null;

  @Field(() => [EmailMessageError], { description: 'Why it was not queued again; empty on success.' })
  errors: EmailMessageError[];
}
