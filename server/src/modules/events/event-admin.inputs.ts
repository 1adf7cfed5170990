import {
  IsBoolean,
  IsISO4217CurrencyCode,
  IsOptional,
  ValidateBy,
  IsTimeZone,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { isAcceptedCurrency, PAYMENT_CURRENCIES } from '../../common/money';
import { PageArgs } from '../../graphql/pagination';
import { EventStatus, EventVisibility } from './event.entity';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_RULE = 'must be lower-case letters, digits and single hyphens, e.g. "summer-gala-2030"';

/** Why a currency is refused: events are priced only in what PayPal accepts (common/money). */
export const CURRENCY_RULE = `must be a currency PayPal accepts: ${PAYMENT_CURRENCIES.map((c) => c.code).join(', ')}`;

/** A currency events may be priced in (any letter case; the service stores it upper-case). */
function IsAcceptedCurrency(): PropertyDecorator {
  return ValidateBy({
    name: 'isAcceptedCurrency',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isAcceptedCurrency(value.toUpperCase()),
      defaultMessage: () => CURRENCY_RULE,
    },
  });
}

@InputType({ description: 'Where an event takes place.' })
export class VenueInput {
  @Field({ description: 'Name of the place, e.g. "Town Hall".' })
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '', description: 'Postal address (may be empty).' })
  @MaxLength(1000)
  address: string = '';
}

@InputType({ description: 'A new event. It starts as a DRAFT that only admins see.' })
export class CreateEventInput {
  @Field({ description: 'Unique, URL-safe name for the event page address.' })
  @Matches(SLUG_PATTERN, { message: SLUG_RULE })
  @MaxLength(100)
  slug: string;

  @Field({ description: 'Title shown to shoppers.' })
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '', description: 'Description (plain text, may be empty).' })
  @MaxLength(20_000)
  description: string = '';

  @Field(() => DateTimeResolver, { description: 'When it starts.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends; must be after `startsAt`.' })
  endsAt: Date;

  @Field({ description: 'IANA time zone the event is shown in, e.g. Europe/Berlin.' })
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Berlin' })
  timeZone: string;

  @Field(() => VenueInput, { description: 'Where it takes place.' })
  @ValidateNested()
  venue: VenueInput;

  @Field({
    description:
      'ISO 4217 currency of every price of the event, e.g. EUR: one PayPal accepts (see the `currencies` query).',
  })
  @IsAcceptedCurrency()
  currency: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Address (https) of a picture of the event; the site shows it on the event page and in lists.',
  })
  @IsOptional()
  // https only: an http picture on the https site is mixed content, blocked or flagged by browsers.
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' })
  @MaxLength(2000)
  imageUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the picture shows, in a sentence, for people who cannot see it (its alt text).',
  })
  @IsOptional()
  @MaxLength(300)
  imageAlt?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'E-mail each attendee who has an address of their own (other than the buyer’s) their own ticket when the booking is confirmed; the buyer always gets every ticket.',
  })
  @IsBoolean()
  sendAttendeeTickets: boolean = true;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Make a series: a template (ticket types, pools, questions, texts) whose dates are added with addEventDate / addEventDatesByRule and booked one by one; the series itself is never booked. Fixed at creation.',
  })
  @IsBoolean()
  isSeries: boolean = false;

  @Field(() => EventVisibility, {
    defaultValue: EventVisibility.PUBLIC,
    description: 'PUBLIC (listed) or PRIVATE (secret link only; a key is generated).',
  })
  visibility: EventVisibility = EventVisibility.PUBLIC;
}

@InputType({ description: 'Changes to an event; fields left out (or null) stay as they are.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New slug (the old page address stops working).' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_RULE })
  @MaxLength(100)
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(20_000)
  description?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New start.' })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New end; must stay after the start.' })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'New IANA time zone.' })
  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string | null;

  @Field(() => VenueInput, { nullable: true, description: 'New venue (name and address together).' })
  @IsOptional()
  @ValidateNested()
  venue?: VenueInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'New ISO 4217 currency, one PayPal accepts (see the `currencies` query); refused once tickets are sold or held.',
  })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as EUR' })
  currency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New picture address; an empty string removes the picture.',
  })
  @IsOptional()
  @Matches(/^$|^https:\/\/\S+$/, { message: 'must be an https URL, or empty to remove the picture' })
  @MaxLength(2000)
  imageUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New alt text of the picture (what it shows); an empty string removes it.',
  })
  @IsOptional()
  @MaxLength(300)
  imageAlt?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether each attendee with an address of their own is e-mailed their own ticket on confirmation; null: unchanged.',
  })
  @IsOptional()
  @IsBoolean()
  sendAttendeeTickets?: boolean | null;
}

@InputType({ description: 'What cancelling an event (or one date of a series) does to its bookings.' })
export class CancelEventOptionsInput {
  @Field({
    defaultValue: true,
    description: 'E-mail every buyer holding seats or tickets that the event is cancelled (with `message`).',
  })
  @IsBoolean()
  notifyBuyers: boolean = true;

  @Field(() => String, { nullable: true, description: 'Words from the organiser for the buyers’ e-mail.' })
  @IsOptional()
  @MaxLength(2000)
  message?: string | null;

  @Field({
    defaultValue: false,
    description:
      'Cancel every paid booking with a full refund through PayPal (in the background, one job per booking). Otherwise paid bookings stay valid, to be refunded on request.',
  })
  @IsBoolean()
  refundPaidBookings: boolean = false;
}

@InputType({ description: 'A copy of an event.' })
export class DuplicateEventInput {
  @Field(() => ID, { description: 'The event to copy.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the copy; default: the original slug with "-copy" (and a number if taken).',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_RULE })
  @MaxLength(100)
  slug?: string | null;
}

@InputType({ description: 'Who can find an event.' })
export class SetEventVisibilityInput {
  @Field(() => ID, { description: 'The event to change.' })
  id: string;

  @Field(() => EventVisibility, {
    description: 'PRIVATE generates a secret key (kept if it has one); PUBLIC removes the key.',
  })
  visibility: EventVisibility;
}

export enum EventTimeFilter {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}

registerEnumType(EventTimeFilter, {
  name: 'EventTimeFilter',
  description: 'Events that have not ended yet, or have.',
  valuesConfig: {
    UPCOMING: { description: 'Not ended yet (including running now); soonest first.' },
    PAST: { description: 'Already ended; most recent first.' },
  },
});

@InputType({ description: 'Narrows the admin list of events; all given filters must match.' })
export class AdminEventFilterInput {
  @Field(() => EventStatus, { nullable: true, description: 'Only events in this status.' })
  @IsOptional()
  status?: EventStatus | null;

  @Field(() => EventVisibility, { nullable: true, description: 'Only public or only private events.' })
  @IsOptional()
  visibility?: EventVisibility | null;

  @Field(() => EventTimeFilter, { nullable: true, description: 'Only upcoming or only past events.' })
  @IsOptional()
  time?: EventTimeFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to look for in the title, slug, description or venue name (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also list the dates of series (each is an event of its own); by default a series stands for its dates (see `AdminEvent.dates`).',
  })
  @IsOptional()
  @IsBoolean()
  includeDates?: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Leave series out (they are never booked): with `includeDates`, the list of what is booked, date by date (dashboard, booking filters).',
  })
  @IsOptional()
  @IsBoolean()
  excludeSeries?: boolean = false;
}

@ArgsType()
export class AdminEventsArgs extends PageArgs {
  @Field(() => AdminEventFilterInput, { nullable: true, description: 'Optional filters.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminEventFilterInput | null;
}
