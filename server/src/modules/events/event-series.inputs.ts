import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { WEEKDAYS, type WeekdayName } from './event-series-rules';

// Every field is checked by the service (event-series.service.ts), so all problems come in one pass.

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: Object.fromEntries(
    Object.values(Weekday).map((day) => [day, { description: `${day[0]}${day.slice(1).toLowerCase()}.` }]),
  ),
});
// The rules module names the days the same way.
export const weekdayNames = (days: Weekday[]): WeekdayName[] =>
  days.filter((day): day is Weekday & WeekdayName => (WEEKDAYS as readonly string[]).includes(day));

@InputType({ description: 'A price of a new date that differs from its series’ ticket type.' })
export class DatePriceOverrideInput {
  @Field(() => ID, { description: 'A ticket type of the SERIES (the template).' })
  ticketTypeId: string;

  @Field(() => Int, { description: 'The date’s price, in minor units of the currency.' })
  priceMinor: number;
}

@InputType({ description: 'What a new date changes of its series’ template (all optional).' })
export class DateOverridesInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The date’s total capacity (shared by all its ticket types); default: the template’s.',
  })
  capacity?: number | null;

  @Field(() => [DatePriceOverrideInput], {
    nullable: true,
    description: 'Prices that differ from the template’s, by the series’ ticket type.',
  })
  priceOverrides?: DatePriceOverrideInput[] | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When sales of every ticket type of the date open; default: the template’s.',
  })
  salesStartAt?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When sales of every ticket type of the date close; default: the template’s (else its end).',
  })
  salesEndAt?: Date | null;
}

@InputType({ description: 'One new date of a series.' })
export class AddEventDateInput extends DateOverridesInput {
  @Field(() => ID, { description: 'The series.' })
  seriesId: string;

  @Field(() => DateTimeResolver, { description: 'When the date starts.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the date ends; after `startsAt`.' })
  endsAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Slug of the date; default: the series’ slug and the local day (and time if the day has two).',
  })
  slug?: string | null;
}

@InputType({
  description:
    'Dates of a series made by a weekly rule, on the series’ wall clock (a daylight-saving change keeps the local time). All are added, or none.',
})
export class AddEventDatesByRuleInput extends DateOverridesInput {
  @Field(() => ID, { description: 'The series.' })
  seriesId: string;

  @Field(() => [Weekday], { description: 'The days of the week with a date.' })
  weekdays: Weekday[];

  @Field({ description: 'First day that may have a date, YYYY-MM-DD in the series’ time zone.' })
  fromDate: string;

  @Field({ description: 'Last day that may have a date, YYYY-MM-DD (inclusive).' })
  untilDate: string;

  @Field({ description: 'Local start time, HH:MM (24 h).' })
  startTime: string;

  @Field({ description: 'Local end time, HH:MM; earlier than startTime: on the next day.' })
  endTime: string;

  @Field(() => [String], { nullable: true, description: 'Days (YYYY-MM-DD) left out.' })
  exceptDates?: string[] | null;
}
