import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { Question, QuestionAnswer } from '../questions/questions.types';
import { WaiverSignatureMethod } from './waiver-signature.entity';

registerEnumType(WaiverSignatureMethod, {
  name: 'WaiverSignatureMethod',
  description: 'How a waiver was signed.',
  valuesConfig: {
    ONLINE: { description: 'By the attendee, through their signing link.' },
    PAPER: { description: 'On paper; an admin or staff member recorded it.' },
  },
});

export enum WaiverStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  UNSIGNED = 'UNSIGNED',
  SIGNED = 'SIGNED',
}

registerEnumType(WaiverStatus, {
  name: 'WaiverStatus',
  description: 'Where an attendee stands with the event’s waiver.',
  valuesConfig: {
    NOT_REQUIRED: { description: 'The event requires no waiver (and the attendee signed none).' },
    UNSIGNED: { description: 'The event requires a waiver and the attendee has not signed it.' },
    SIGNED: { description: 'The attendee signed (online or on paper), on some version of the waiver.' },
  },
});

export enum WaiverErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  TICKET_NOT_FOUND = 'TICKET_NOT_FOUND',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_SIGNED = 'ALREADY_SIGNED',
  WAIVER_NOT_REQUIRED = 'WAIVER_NOT_REQUIRED',
  TICKET_NOT_VALID = 'TICKET_NOT_VALID',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  ANSWER_MISSING = 'ANSWER_MISSING',
  ANSWER_INVALID = 'ANSWER_INVALID',
}

registerEnumType(WaiverErrorCode, {
  name: 'WaiverErrorCode',
  description: 'Why a waiver operation was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    TICKET_NOT_FOUND: { description: 'No ticket has this id.' },
    NOT_FOUND: { description: 'No waiver belongs to this link (unknown or mistyped token).' },
    ALREADY_SIGNED: { description: 'This waiver is signed already; it cannot be signed again.' },
    WAIVER_NOT_REQUIRED: { description: 'The event requires no waiver at the moment.' },
    TICKET_NOT_VALID: { description: 'The ticket is not issued on a confirmed booking.' },
    QUESTION_NOT_FOUND: {
      description:
        'A required question is not a (visible) question of this event, or is a FILE question (not asked on the signing page).',
    },
    ANSWER_MISSING: { description: 'A question the waiver requires is not answered yet.' },
    ANSWER_INVALID: { description: 'An answer does not fit its question, or is not asked on the page.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a waiver operation.' })
export class WaiverError extends UserError {
  @Field(() => WaiverErrorCode, { description: 'What went wrong, for programs.' })
  code: WaiverErrorCode;
}

@ObjectType({ description: 'One version of an event’s waiver text.' })
export class WaiverVersion {
  @Field(() => ID, { description: 'Stable identifier of the version.' })
  id: string;

  @Field(() => Int, { description: 'Version number within the event: 1, 2, ...' })
  version: number;

  @Field({ description: 'The waiver text (plain text).' })
  text: string;

  @Field(() => DateTimeResolver, { description: 'When this version was written.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'E-mail of the admin who wrote it.' })
  createdByEmail: string | null;

  @Field({ description: 'True when this is the version attendees sign now.' })
  isCurrent: boolean;

  @Field(() => [Question], {
    description: 'Questions that must be answered before this version can be signed, in the event’s order.',
  })
  requiredQuestions: Question[];
}

@ObjectType({ description: 'An event’s waiver: whether it is required, and every version of its text.' })
export class EventWaiver {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field({ description: 'True when attendees must sign a waiver before check-in.' })
  required: boolean;

  @Field(() => WaiverVersion, {
    nullable: true,
    description: 'The version attendees sign now; null when none is required.',
  })
  current: WaiverVersion | null;

  @Field(() => [WaiverVersion], { description: 'Every version, newest first.' })
  versions: WaiverVersion[];
}

@ObjectType({ description: 'Result of a waiver change: the event’s waiver, or why it was refused.' })
export class EventWaiverPayload {
  @Field(() => EventWaiver, {
    nullable: true,
    description: 'The waiver after the change; null when refused.',
  })
  waiver: EventWaiver | null;

  @Field(() => [WaiverError], { description: 'Why the change was refused; empty on success.' })
  errors: WaiverError[];
}

@ObjectType({ description: 'A signature on a waiver.' })
export class WaiverSignatureInfo {
  @Field(() => DateTimeResolver, { description: 'When it was signed.' })
  signedAt: Date;

  @Field(() => Int, { description: 'The version of the waiver text that was signed.' })
  version: number;

  @Field({ description: 'The full name the signer typed (or the admin recorded for paper).' })
  signerName: string;

  @Field(() => WaiverSignatureMethod, { description: 'Online or on paper.' })
  method: WaiverSignatureMethod;
}

@ObjectType({ description: 'What the signing page shows for one attendee’s link.' })
export class WaiverToSign {
  @Field({ description: 'Title of the event.' })
  eventTitle: string;

  @Field(() => DateTimeResolver, { description: 'When the event starts.' })
  eventStartsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the event ends.' })
  eventEndsAt: Date;

  @Field({
    description:
      'IANA time zone of the event (e.g. Europe/Berlin): show the event’s and the signature’s times in it.',
  })
  eventTimeZone: string;

  @Field({ description: 'The attendee who is asked to sign.' })
  attendeeName: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Version of the current waiver text; null when none is required now.',
  })
  version: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The current waiver text; null when none is required now.',
  })
  text: string | null;

  @Field(() => WaiverSignatureInfo, { nullable: true, description: 'The signature, when already signed.' })
  signature: WaiverSignatureInfo | null;

  @Field(() => [Question], {
    description:
      'The questions the current version requires answered that are put to this signer (their ticket’s, their booking’s), in the event’s order; those without an answer in `answers` must be answered with signWaiver.',
  })
  questions: Question[];

  @Field(() => [QuestionAnswer], {
    description: 'The answers stored now to `questions` (the attendee’s own, the booking’s).',
  })
  answers: QuestionAnswer[];
}

@ObjectType({ description: 'Result of signing: the signature, or why it was refused.' })
export class SignWaiverPayload {
  @Field(() => WaiverSignatureInfo, { nullable: true, description: 'The signature; null when refused.' })
  signature: WaiverSignatureInfo | null;

  @Field(() => [WaiverError], { description: 'Why signing was refused; empty on success.' })
  errors: WaiverError[];
}

@ObjectType({ description: 'Result of an admin waiver action on one ticket.' })
export class TicketWaiverPayload {
  @Field(() => ID, { nullable: true, description: 'The ticket acted on; null when refused.' })
  ticketId: string | null;

  @Field(() => WaiverSignatureInfo, { nullable: true, description: 'The ticket’s signature, if it has one.' })
  signature: WaiverSignatureInfo | null;

  @Field(() => [WaiverError], { description: 'Why the action was refused; empty on success.' })
  errors: WaiverError[];
}

@ObjectType({
  description:
    'Where one ticket’s attendee stands with the event’s waiver, as the booking page shows it. Signing links are not part of it: they reach each attendee by e-mail only.',
})
export class TicketWaiver {
  @Field(() => WaiverStatus, { description: 'Not required, not signed yet, or signed.' })
  status: WaiverStatus;

  @Field(() => WaiverSignatureInfo, {
    nullable: true,
    description: 'The signature (when, how, on which version, by whom); null until signed.',
  })
  signature: WaiverSignatureInfo | null;
}

@ObjectType({ description: 'Result of openWaiverSigning: a signing link’s token, or why not.' })
export class OpenWaiverSigningPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The token of a new signing link (the signing page is /waivers/<token>); null when refused.',
  })
  signingToken: string | null;

  @Field(() => [WaiverError], { description: 'Why no link was made; empty on success.' })
  errors: WaiverError[];
}
