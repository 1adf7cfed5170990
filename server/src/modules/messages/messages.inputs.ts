import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BookingStatus } from '../bookings/booking.entity';
import { CheckInFilter, WaiverFilter } from './event-message.entity';
import { MessageAudience } from './reminder-rule.entity';

const MAX_TICKET_TYPES = 100;

@InputType({ description: 'A new reminder rule: "N days and H hours before the start".' })
export class CreateReminderRuleInput {
  @Field(() => ID, { description: 'The event to remind of.' })
  eventId: string;

  @Field(() => Int, { defaultValue: 0, description: 'Whole days before the start (event’s calendar).' })
  @Min(0)
  @Max(365)
  daysBefore: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Hours before that.' })
  @Min(0)
  @Max(23)
  hoursBefore: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes before that.' })
  @Min(0)
  @Max(59)
  minutesBefore: number = 0;

  @Field(() => MessageAudience, { defaultValue: MessageAudience.ATTENDEES, description: 'Who it goes to.' })
  audience: MessageAudience = MessageAudience.ATTENDEES;

  @Field(() => [ID], { defaultValue: [], description: 'Only these ticket types; empty: every type.' })
  @ArrayMaxSize(MAX_TICKET_TYPES)
  ticketTypeIds: string[];

  @Field({ defaultValue: true, description: 'False: kept, but sends nothing until switched on.' })
  enabled: boolean = true;
}

@InputType({ description: 'Changes to a reminder rule; fields left out stay as they are.' })
export class UpdateReminderRuleInput {
  @Field(() => ID, { description: 'The rule to change.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Whole days before the start.' })
  @IsOptional()
  @Min(0)
  @Max(365)
  daysBefore?: number;

  @Field(() => Int, { nullable: true, description: 'Hours before that.' })
  @IsOptional()
  @Min(0)
  @Max(23)
  hoursBefore?: number;

  @Field(() => Int, { nullable: true, description: 'Minutes before that.' })
  @IsOptional()
  @Min(0)
  @Max(59)
  minutesBefore?: number;

  @Field(() => MessageAudience, { nullable: true, description: 'Who it goes to.' })
  @IsOptional()
  audience?: MessageAudience;

  @Field(() => [ID], { nullable: true, description: 'Only these ticket types; empty: every type.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TICKET_TYPES)
  ticketTypeIds?: string[];

  @Field({
    nullable: true,
    description: 'Switch on or off. Switching on (or changing the time) never sends for a time already past.',
  })
  @IsOptional()
  enabled?: boolean;
}

@InputType({ description: 'Which bookings’ people a message goes to; a ticket must match every part.' })
export class RecipientFilterInput {
  @Field(() => [ID], { defaultValue: [], description: 'Only tickets of these types; empty: every type.' })
  @ArrayMaxSize(MAX_TICKET_TYPES)
  ticketTypeIds: string[];

  @Field(() => [BookingStatus], {
    nullable: true,
    description:
      'Only bookings in these statuses; default: those with valid tickets (confirmed, partly refunded).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  bookingStatuses?: BookingStatus[] | null;

  @Field(() => CheckInFilter, { defaultValue: CheckInFilter.ANY, description: 'By check-in.' })
  checkIn: CheckInFilter = CheckInFilter.ANY;

  @Field(() => WaiverFilter, { defaultValue: WaiverFilter.ANY, description: 'By waiver.' })
  waiver: WaiverFilter = WaiverFilter.ANY;
}

@InputType({ description: 'A message to the buyers or attendees of an event.' })
export class EventMessageInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field({ description: 'Subject line; placeholders such as {event.title} are filled in per recipient.' })
  @MinLength(1)
  @MaxLength(200)
  subject: string;

  @Field({
    description:
      'Body in Markdown (raw HTML shows as text). Placeholders: {name}, {event.title}, {event.startsAt}, {event.venue}, {booking.reference}, {booking.url} (buyers only; also as a link target, [text]({booking.url})).',
  })
  @MinLength(1)
  @MaxLength(20_000)
  body: string;

  @Field(() => MessageAudience, { defaultValue: MessageAudience.ATTENDEES, description: 'Who it goes to.' })
  audience: MessageAudience = MessageAudience.ATTENDEES;

  @Field(() => RecipientFilterInput, { nullable: true, description: 'Who among them; default: everyone.' })
  @IsOptional()
  @ValidateNested()
  filter?: RecipientFilterInput | null;
}

@InputType({ description: 'A message to send now or at a time.' })
export class SendEventMessageInput extends EventMessageInput {
  @Field(() => DateTimeResolver, { nullable: true, description: 'When to send; null or past: now.' })
  @IsOptional()
  sendAt?: Date | null;
}
