/** GraphQL types of reminders and messages to an event's people (admin only). */
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { BookingStatus } from '../bookings/booking.entity';
import { EmailStatus } from '../email/email-message.entity';
import { CheckInFilter, EventMessageStatus, WaiverFilter } from './event-message.entity';
import { MessageAudience } from './reminder-rule.entity';

registerEnumType(MessageAudience, {
  name: 'MessageAudience',
  description: 'Who a reminder or message goes to.',
  valuesConfig: {
    BUYERS: { description: 'The buyer of each booking, one e-mail per booking, with the booking’s link.' },
    ATTENDEES: {
      description:
        'Each distinct address among a booking’s attendees (an attendee without one counts as the buyer).',
    },
  },
});

registerEnumType(EventMessageStatus, {
  name: 'EventMessageStatus',
  description: 'Where a message to attendees is.',
  valuesConfig: {
    SCHEDULED: { description: 'Waiting for its send time.' },
    SENDING: { description: 'Its e-mails are being written to the outbox.' },
    SENT: { description: 'Every recipient’s e-mail is in the outbox; see each recipient’s delivery.' },
    CANCELLED: { description: 'Called off before it went out (or while it did: the rest is not sent).' },
  },
});

registerEnumType(CheckInFilter, {
  name: 'CheckInFilter',
  description: 'Which tickets a message counts by check-in.',
  valuesConfig: {
    ANY: { description: 'Checked in or not.' },
    CHECKED_IN: { description: 'Only tickets checked in.' },
    NOT_CHECKED_IN: { description: 'Only tickets not checked in.' },
  },
});

registerEnumType(WaiverFilter, {
  name: 'WaiverFilter',
  description: 'Which tickets a message counts by the event waiver.',
  valuesConfig: {
    ANY: { description: 'Whatever the waiver status.' },
    SIGNED: { description: 'Only attendees who signed the waiver.' },
    UNSIGNED: { description: 'Only attendees asked to sign who have not signed yet.' },
  },
});

export enum MessageErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  REMINDER_RULE_NOT_FOUND = 'REMINDER_RULE_NOT_FOUND',
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  UNKNOWN_TICKET_TYPE = 'UNKNOWN_TICKET_TYPE',
  NO_OFFSET = 'NO_OFFSET',
  UNKNOWN_PLACEHOLDER = 'UNKNOWN_PLACEHOLDER',
  SEND_AT_AFTER_END = 'SEND_AT_AFTER_END',
  NO_RECIPIENTS = 'NO_RECIPIENTS',
  NOT_CANCELLABLE = 'NOT_CANCELLABLE',
}

registerEnumType(MessageErrorCode, {
  name: 'MessageErrorCode',
  description: 'Why a reminder or message change was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    REMINDER_RULE_NOT_FOUND: { description: 'No reminder rule has this id.' },
    MESSAGE_NOT_FOUND: { description: 'No message has this id.' },
    UNKNOWN_TICKET_TYPE: { description: 'A ticket type id is not one of the event’s.' },
    NO_OFFSET: { description: 'A reminder needs a time before the start (days, hours or minutes).' },
    UNKNOWN_PLACEHOLDER: { description: 'The text uses a {placeholder} that does not exist.' },
    SEND_AT_AFTER_END: { description: 'The send time is after the event has ended.' },
    NO_RECIPIENTS: { description: 'The filter matches nobody.' },
    NOT_CANCELLABLE: { description: 'The message has already gone out, or was cancelled.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a reminder or message.' })
export class MessageError extends UserError {
  @Field(() => MessageErrorCode, { description: 'What went wrong, for programs.' })
  code: MessageErrorCode;
}

@ObjectType({ description: 'One e-mail a reminder rule or message sent, and how its delivery went.' })
export class MessageDelivery {
  @Field(() => ID, { description: 'The outbox message (see emailMessages).' })
  emailMessageId: string;

  @Field({ description: 'The recipient’s address.' })
  recipient: string;

  @Field({ description: 'Reference of the booking the recipient belongs to.' })
  bookingReference: string;

  @Field(() => EmailStatus, { description: 'QUEUED, SENT, FAILED, HELD (hourly cap) or PREVIEW.' })
  status: EmailStatus;

  @Field(() => DateTimeResolver, { description: 'When it was written to the outbox.' })
  queuedAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the mail server accepted it.' })
  sentAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is not sent: the mail server’s refusal, or the hourly cap.',
  })
  error: string | null;
}

@ObjectType({ description: 'How many of a send’s e-mails are in each state.' })
export class DeliveryCounts {
  @Field(() => Int, { description: 'E-mails written to the outbox.' })
  total: number;

  @Field(() => Int, { description: 'Waiting to be sent.' })
  queued: number;

  @Field(() => Int, { description: 'Accepted by the mail server (or kept in mail preview).' })
  sent: number;

  @Field(() => Int, { description: 'Refused by the mail server, or given up after retries.' })
  failed: number;

  @Field(() => Int, { description: 'Kept back: the recipient had reached the hourly cap.' })
  held: number;
}

@ObjectType({ description: 'A scheduled reminder of an event: sent once to each recipient, at its time.' })
export class ReminderRule {
  @Field(() => ID, { description: 'Stable identifier of the rule.' })
  id: string;

  @Field(() => ID, { description: 'The event it reminds of.' })
  eventId: string;

  @Field(() => Int, { description: 'Whole days before the start, on the event’s own calendar.' })
  daysBefore: number;

  @Field(() => Int, { description: 'Hours before that.' })
  hoursBefore: number;

  @Field(() => Int, { description: 'Minutes before that.' })
  minutesBefore: number;

  @Field(() => MessageAudience, { description: 'Buyers, or attendees.' })
  audience: MessageAudience;

  @Field(() => [ID], { description: 'Only people with tickets of these types; empty: every type.' })
  ticketTypeIds: string[];

  @Field({ description: 'False: switched off, sends nothing.' })
  enabled: boolean;

  @Field(() => DateTimeResolver, { description: 'When the rule sends (computed from the event’s start).' })
  sendsAt: Date;

  @Field({
    description:
      'Whether it will send or has sent: false when switched off, or when its time had already passed when it was added.',
  })
  active: boolean;

  @Field(() => DeliveryCounts, { description: 'Its e-mails so far, by delivery state.' })
  deliveries: DeliveryCounts;
}

@ObjectType({ description: 'Result of a reminder rule change.' })
export class ReminderRulePayload {
  @Field(() => ReminderRule, { nullable: true, description: 'The rule after the change; null when refused.' })
  reminderRule: ReminderRule | null;

  @Field(() => [MessageError], { description: 'Why the change was refused; empty on success.' })
  errors: MessageError[];
}

@ObjectType({ description: 'Result of deleting a reminder rule.' })
export class DeleteReminderRulePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted rule; null when refused.' })
  deletedId: string | null;

  @Field(() => [MessageError], { description: 'Why deleting was refused; empty on success.' })
  errors: MessageError[];
}

@ObjectType({ description: 'Which bookings’ people a message goes to; a ticket must match every part.' })
export class RecipientFilterView {
  @Field(() => [ID], { description: 'Only tickets of these types; empty: every type.' })
  ticketTypeIds: string[];

  @Field(() => [BookingStatus], { description: 'Only bookings in these statuses.' })
  bookingStatuses: BookingStatus[];

  @Field(() => CheckInFilter, { description: 'By check-in.' })
  checkIn: CheckInFilter;

  @Field(() => WaiverFilter, { description: 'By waiver.' })
  waiver: WaiverFilter;
}

@ObjectType({ description: 'A message an organiser wrote to the buyers or attendees of an event.' })
export class EventMessage {
  @Field(() => ID, { description: 'Stable identifier of the message.' })
  id: string;

  @Field(() => ID, { description: 'The event it is about.' })
  eventId: string;

  @Field({ description: 'Subject line (placeholders as written).' })
  subject: string;

  @Field({ description: 'Body in Markdown (placeholders as written).' })
  body: string;

  @Field(() => MessageAudience, { description: 'Buyers, or attendees.' })
  audience: MessageAudience;

  @Field(() => RecipientFilterView, { description: 'Who among them.' })
  filter: RecipientFilterView;

  @Field(() => EventMessageStatus, { description: 'Scheduled, sending, sent or cancelled.' })
  status: EventMessageStatus;

  @Field(() => DateTimeResolver, { description: 'When it goes (or went) out.' })
  sendAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Recipients the filter matched when sending began; null before.',
  })
  recipientCount: number | null;

  @Field(() => String, { nullable: true, description: 'Who wrote it.' })
  createdByEmail: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => DeliveryCounts, { description: 'Its e-mails so far, by delivery state.' })
  deliveries: DeliveryCounts;
}

@ObjectType({ description: 'Result of writing or cancelling a message.' })
export class EventMessagePayload {
  @Field(() => EventMessage, { nullable: true, description: 'The message; null when refused.' })
  message: EventMessage | null;

  @Field(() => [MessageError], { description: 'Why it was refused; empty on success.' })
  errors: MessageError[];
}

@ObjectType({ description: 'What a message would look like, and how many it would reach now.' })
export class EventMessagePreview {
  @Field(() => Int, { description: 'Recipients the filter matches now (unsubscribed addresses left out).' })
  recipientCount: number;

  @Field(() => String, { nullable: true, description: 'The first recipient’s address; null when none.' })
  sampleRecipient: string | null;

  @Field(() => String, { nullable: true, description: 'The subject as the first recipient gets it.' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The HTML as the first recipient gets it.' })
  html: string | null;

  @Field(() => String, { nullable: true, description: 'The plain-text part as the first recipient gets it.' })
  text: string | null;

  @Field(() => [MessageError], { description: 'Problems with the draft (placeholders, ticket types).' })
  errors: MessageError[];
}

@ObjectType({ description: 'Result of following an unsubscribe link.' })
export class UnsubscribePayload {
  @Field({ description: 'True when the address gets no more messages or reminders about the event.' })
  unsubscribed: boolean;

  @Field(() => String, { nullable: true, description: 'The event’s title; null when the link is unknown.' })
  eventTitle: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Set when this address tried too often: seconds to wait (also the Retry-After header).',
  })
  retryAfterSeconds: number | null;
}
