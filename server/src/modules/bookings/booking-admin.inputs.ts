import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { BookingStatus } from './booking.entity';
import { BuyerInput } from './bookings.inputs';

/** A booking id, or (as in the organiser's e-mail links) its reference. */
const BOOKING_KEY_RULE = 'must be a booking id or reference';
export const BOOKING_KEY =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z0-9-]{1,16})$/i;

@InputType({ description: 'Narrows an admin list of bookings; all given filters must match.' })
export class AdminBookingFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only bookings for this event.' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @Field(() => [BookingStatus], { nullable: true, description: 'Only bookings in one of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(BookingStatus).length)
  statuses?: BookingStatus[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only bookings made at or after this time.' })
  @IsOptional()
  createdFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only bookings made before this time.' })
  @IsOptional()
  createdTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text to find (case-insensitive) in the reference, the buyer’s name or e-mail, or an attendee’s name.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class AdminBookingsArgs extends PageArgs {
  @Field(() => AdminBookingFilterInput, { nullable: true, description: 'Which bookings; omitted: all.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminBookingFilterInput | null;
}

@ArgsType()
export class AdminBookingArgs {
  @Field(() => ID, { description: 'The booking’s id, or its reference (e.g. K7Q-9ZD4).' })
  @Matches(BOOKING_KEY, { message: BOOKING_KEY_RULE })
  id: string;
}

@InputType({ description: 'A booking to call off.' })
export class CancelBookingInput {
  @Field(() => ID, { description: 'The booking.' })
  @IsUUID()
  bookingId: string;

  @Field({ description: 'Why, in words for the buyer (it goes into their e-mail and the audit log).' })
  @Length(1, 500)
  reason: string;

  @Field({
    defaultValue: true,
    description: 'Refund what is still refundable of a paid booking (through PayPal) before cancelling it.',
  })
  refund: boolean = true;
}

@InputType({ description: 'Money to give back for a booking.' })
export class RefundBookingInput {
  @Field(() => ID, { description: 'The booking.' })
  @IsUUID()
  bookingId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How much, in minor units of the booking currency; omitted: everything still refundable.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountMinor?: number | null;

  @Field({ description: 'Why, in words for the buyer (it goes into their e-mail and the refund record).' })
  @Length(1, 500)
  reason: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes once per intended refund (e.g. a UUID when the dialog opens) and sends with every retry: requests with the same key make at most one refund. Omitted: the refunded-so-far sum and amount stand in for it.',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'A booking whose confirmation e-mail to send again.' })
export class ResendBookingConfirmationInput {
  @Field(() => ID, { description: 'The booking.' })
  @IsUUID()
  bookingId: string;
}

@InputType({ description: 'New name and e-mail of the attendee of one ticket of the booking.' })
export class AttendeeDetailsInput {
  @Field(() => ID, { description: 'The ticket (from `AdminBooking.tickets`).' })
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId: string;

  @Field({ description: 'Full name.' })
  @MaxLength(200, { message: 'must have at most 200 characters' })
  @Matches(/\S/, { message: 'must not be empty' })
  name: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, optional; null or empty removes it.' })
  @IsOptional()
  @MaxLength(254, { message: 'must have at most 254 characters' })
  @ValidateIf((attendee: AttendeeDetailsInput) => Boolean(attendee.email))
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;
}

@InputType({
  description:
    'Corrected buyer and attendee details of a booking (validated as at checkout); what is left out stays as it is.',
})
export class UpdateBookingDetailsInput {
  @Field(() => ID, { description: 'The booking.' })
  @IsUUID('all', { message: 'must be a booking id' })
  bookingId: string;

  @Field(() => BuyerInput, { nullable: true, description: 'The buyer’s new name and e-mail.' })
  @IsOptional()
  @ValidateNested()
  buyer?: BuyerInput | null;

  @Field(() => [AttendeeDetailsInput], { nullable: true, description: 'Attendees to change, by ticket.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  attendees?: AttendeeDetailsInput[] | null;

  @Field({
    defaultValue: false,
    description:
      'Also send the confirmation with the tickets again, to the (new) buyer address. Only for bookings with valid tickets.',
  })
  resendConfirmation: boolean;
}
