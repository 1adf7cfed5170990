import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { BookingStatus } from '../bookings/booking.entity';
import '../bookings/bookings.types';
import { WaiverSignatureMethod } from '../waivers/waiver-signature.entity';
import { WaiverStatus } from '../waivers/waivers.types';

@ObjectType({ description: 'An attendee (one ticket) as door staff see it: check-in and waiver status.' })
export class AttendeeTicket {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => ID, { description: 'The event the ticket is for.' })
  eventId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The ticket code (what its QR code holds); null until issued.',
  })
  code: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The short code printed under the QR code for typing at the door, like "7KQ2M-9X4TB"; null until issued.',
  })
  shortCode: string | null;

  @Field({ description: 'Name of the attendee.' })
  attendeeName: string;

  @Field(() => String, { nullable: true, description: 'E-mail of the attendee, if given.' })
  attendeeEmail: string | null;

  @Field({ description: 'Name of the ticket type.' })
  ticketTypeName: string;

  @Field({ description: 'Reference of the booking the ticket belongs to.' })
  bookingReference: string;

  @Field(() => BookingStatus, { description: 'Status of that booking.' })
  bookingStatus: BookingStatus;

  @Field({ description: 'True when the ticket is issued on a confirmed booking, i.e. admits at the door.' })
  valid: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was checked in; null if not yet.' })
  checkedInAt: Date | null;

  @Field(() => String, { nullable: true, description: 'E-mail of the account that checked it in.' })
  checkedInBy: string | null;

  @Field(() => WaiverStatus, { description: 'Whether the attendee still has to sign the event’s waiver.' })
  waiverStatus: WaiverStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'The waiver version the attendee signed; null if unsigned.',
  })
  waiverVersion: number | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the attendee signed; null if unsigned.',
  })
  waiverSignedAt: Date | null;

  @Field(() => WaiverSignatureMethod, {
    nullable: true,
    description: 'How the attendee signed (online or on paper); null if unsigned.',
  })
  waiverMethod: WaiverSignatureMethod | null;
}

export enum CheckInErrorCode {
  TICKET_NOT_FOUND = 'TICKET_NOT_FOUND',
  TICKET_NOT_VALID = 'TICKET_NOT_VALID',
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  WAIVER_UNSIGNED = 'WAIVER_UNSIGNED',
  NOT_FOR_THIS_EVENT = 'NOT_FOR_THIS_EVENT',
  NOT_CHECKED_IN = 'NOT_CHECKED_IN',
}

registerEnumType(CheckInErrorCode, {
  name: 'CheckInErrorCode',
  description: 'Why a ticket was not checked in.',
  valuesConfig: {
    TICKET_NOT_FOUND: { description: 'No ticket has this code.' },
    TICKET_NOT_VALID: {
      description: 'The ticket does not admit: its booking is not confirmed (unpaid, cancelled, refunded).',
    },
    NOT_FOR_THIS_EVENT: {
      description: 'The ticket is for another event (nothing else about it is said).',
    },
    NOT_CHECKED_IN: { description: 'Undo: the ticket is not checked in.' },
    ALREADY_CHECKED_IN: {
      description: 'The ticket was checked in before (see checkedInAt and checkedInBy).',
    },
    WAIVER_UNSIGNED: {
      description: 'The event requires a waiver the attendee has not signed (online or on paper).',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a check-in.' })
export class CheckInError extends UserError {
  @Field(() => CheckInErrorCode, { description: 'What went wrong, for programs.' })
  code: CheckInErrorCode;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'ALREADY_CHECKED_IN: when the first check-in happened.',
  })
  checkedInAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'ALREADY_CHECKED_IN: e-mail of who did the first check-in.',
  })
  checkedInBy: string | null;
}

@ObjectType({ description: 'How far check-in at an event has got.' })
export class CheckInCounts {
  @Field(() => Int, { description: 'Tickets checked in.' })
  checkedIn: number;

  @Field(() => Int, {
    description: 'Tickets that admit (issued, on a confirmed booking), checked in or not.',
  })
  expected: number;
}

@ObjectType({ description: 'Result of a check-in or its undo: the ticket, or why it was refused.' })
export class CheckInPayload {
  @Field(() => AttendeeTicket, {
    nullable: true,
    description:
      'The ticket as it stands after the attempt; null for an unknown code or a ticket of another event.',
  })
  ticket: AttendeeTicket | null;

  @Field(() => [CheckInError], { description: 'Why the check-in was refused; empty on success.' })
  errors: CheckInError[];
}

export const AttendeeTicketConnection = connectionTypes(AttendeeTicket, {
  name: 'AttendeeTicketConnection',
  edgeName: 'AttendeeTicketEdge',
  description: 'A page of an event’s attendees, by name.',
  edgeDescription: 'An attendee in a list, with its cursor.',
  item: 'attendee',
  items: 'attendees',
});
export type AttendeeTicketConnection = Connection<AttendeeTicket>;
