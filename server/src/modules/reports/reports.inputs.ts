/** The arguments of the reports' queries (reports.resolver.ts). */
import { IsInt, IsOptional, IsTimeZone, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { AdminBookingFilterInput } from '../bookings/booking-admin.inputs';

@ArgsType()
export class AdminBookingsCsvArgs {
  @Field(() => AdminBookingFilterInput, { nullable: true, description: 'Which bookings; omitted: all.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminBookingFilterInput | null;
}

@ArgsType()
export class SalesOverviewArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this event’s sales (a series: all its dates); omitted: every event.',
  })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only this capacity pool in `pools`; it must be of `eventId`’s event (omitted eventId: the figures are for the pool’s event).',
  })
  @IsOptional()
  poolId?: string | null;

  @Field(() => Int, { defaultValue: 30, description: 'How many days the daily series covers, 1 to 366.' })
  @IsInt()
  @Min(1)
  @Max(366)
  days: number = 30;

  @Field(() => String, {
    defaultValue: 'UTC',
    description: 'IANA time zone days are counted in, e.g. Europe/Berlin.',
  })
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Berlin' })
  timeZone: string = 'UTC';
}
